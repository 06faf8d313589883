"use server";
// The yearly safety committee: set it up, add members, (de)activate members (system administrator only).
import { z } from "zod";
import { committeeRole } from "@/db/schema";
import {
  committeeRoleTaken,
  createCommittee,
  createCommitteeMember,
  findCommitteeSeat,
  getCommittee,
  getCommitteeMember,
  getPersonByStaffNo,
  getUnit,
  setCommitteeMemberActive,
} from "@/db/queries/org";
import { ActionError, defineAction } from "@/server/action";
import { bool, enumOf, id, text, year } from "@/lib/validation";
import { staffNo, today } from "../fields";
import { SINGLE_SEAT_ROLES } from "@/lib/org/committee-seats";

/** Roles a committee has at most one active holder of. */
const SINGLE_ROLES = SINGLE_SEAT_ROLES;

// A past year's committee is history: it is shown, never changed.
export const createCommitteeAction = defineAction({
  name: "org.committee.create",
  permission: "org.manage",
  schema: z.strictObject({ year, name: text(100), officeUnitId: id }),
  async run({ input, tx }) {
    if (input.year < today().year) throw new ActionError("org.errors.pastYear", "year");
    const office = await getUnit(tx, input.officeUnitId);
    if (!office) throw new ActionError("errors.reference", "officeUnitId");
    if (!office.isActive) throw new ActionError("org.errors.unitInactive", "officeUnitId");
    const row = await createCommittee(tx, input);
    return {
      value: { id: row.id },
      audit: {
        action: "org.committee.create",
        objectType: "committee",
        objectId: row.id,
        after: { year: row.year, name: row.name, officeUnitId: row.officeUnitId },
      },
    };
  },
});

export const addCommitteeMemberAction = defineAction({
  name: "org.committee.member.create",
  permission: "org.manage",
  schema: z.strictObject({ committeeId: id, staffNo, role: enumOf(committeeRole.enumValues) }),
  async run({ input, tx }) {
    const committee = await getCommittee(tx, input.committeeId);
    if (!committee) throw new ActionError("errors.notFound");
    if (committee.year < today().year) throw new ActionError("org.errors.pastYear");
    const person = await getPersonByStaffNo(tx, input.staffNo);
    if (!person) throw new ActionError("org.errors.staffNoUnknown", "staffNo");
    if (!person.isActive) throw new ActionError("org.errors.personInactive", "staffNo");
    if (await findCommitteeSeat(tx, committee.id, person.id)) throw new ActionError("org.errors.alreadyMember", "staffNo");
    if (SINGLE_ROLES.has(input.role) && (await committeeRoleTaken(tx, committee.id, input.role))) {
      throw new ActionError("org.errors.roleTaken", "role");
    }
    const row = await createCommitteeMember(tx, { committeeId: committee.id, personId: person.id, role: input.role });
    return {
      value: { id: row.id },
      audit: {
        action: "org.committee.member.create",
        objectType: "committee_member",
        objectId: row.id,
        after: { committeeId: committee.id, year: committee.year, personId: person.id, role: row.role },
      },
    };
  },
});

export const setCommitteeMemberActiveAction = defineAction({
  name: "org.committee.member.setActive",
  permission: "org.manage",
  schema: z.strictObject({ id, active: bool }),
  async run({ input, tx }) {
    const found = await getCommitteeMember(tx, input.id);
    if (!found) throw new ActionError("errors.notFound");
    const { member, year: committeeYear } = found;
    if (committeeYear < today().year) throw new ActionError("org.errors.pastYear");
    if (input.active && SINGLE_ROLES.has(member.role) && (await committeeRoleTaken(tx, member.committeeId, member.role))) {
      throw new ActionError("org.errors.roleTaken");
    }
    const after = await setCommitteeMemberActive(tx, input.id, input.active);
    if (!after) throw new ActionError("errors.conflict");
    return {
      value: { id: input.id },
      audit: {
        action: input.active ? "org.committee.member.activate" : "org.committee.member.deactivate",
        objectType: "committee_member",
        objectId: input.id,
        before: { personId: member.personId, role: member.role, isActive: member.isActive },
        after: { personId: member.personId, role: member.role, isActive: after.isActive },
      },
    };
  },
});
