"use server";
// 年度切换 (committee office): prepare year `year` from `year - 1`, one action per step. Each step creates
// only what is missing (rerunning it creates nothing twice) under a per-year lock, and is audited with
// its counts. Then the prepared committee's members: another person, another seat, (de)activated.
import { z } from "zod";
import { committeeRole } from "@/db/schema";
import { copyScheme } from "@/db/queries/assessment-scheme";
import { getSchemeByYear } from "@/db/queries/assessment-scoring";
import { createYearFromPrevious } from "@/db/queries/duty-writes";
import {
  committeeRoleTaken,
  findCommitteeSeat,
  getCommitteeMember,
  getPersonByStaffNo,
  setCommitteeMemberActive,
} from "@/db/queries/org";
import {
  copyCommittee,
  copySupervisions,
  setYearSigningDeadline,
  updateCommitteeMemberPerson,
  updateCommitteeMemberRole,
} from "@/db/queries/rollover";
import { ActionError, defineAction } from "@/server/action";
import { rolloverPledges } from "@/server/rollover/pledges";
import { assertPreparable, beginRolloverStep as begin, stepAudit, type StepDone } from "@/server/rollover/step";
import { now } from "@/lib/clock";
import { SINGLE_SEAT_ROLES } from "@/lib/org/committee-seats";
import { deadlineOf, yearDeadlineSetting } from "@/lib/signing/deadline";
import { bool, date, enumOf, id, year } from "@/lib/validation";
import { staffNo } from "../admin/org/fields";

const stepInput = z.strictObject({ year });

export const rolloverCommitteeAction = defineAction({
  name: "rollover.committee",
  permission: "year.rollover",
  schema: stepInput,
  run: async ({ input, tx }) => {
    const from = await begin(tx, input.year);
    const r = await copyCommittee(tx, from, input.year);
    if (!r) throw new ActionError("rollover.errors.noCommittee");
    const value: StepDone = { message: "rollover.done.committee", values: { members: r.members } };
    return {
      value,
      audit: stepAudit("rollover.committee", input.year, { from, isCommitteeCreated: r.isCreated, members: r.members }),
    };
  },
});

export const rolloverSupervisionsAction = defineAction({
  name: "rollover.supervisions",
  permission: "year.rollover",
  schema: stepInput,
  run: async ({ input, tx }) => {
    const from = await begin(tx, input.year);
    const n = await copySupervisions(tx, from, input.year);
    const value: StepDone = { message: "rollover.done.supervisions", values: { n } };
    return { value, audit: stepAudit("rollover.supervisions", input.year, { from, supervisions: n }) };
  },
});

export const rolloverListsAction = defineAction({
  name: "rollover.lists",
  permission: "year.rollover",
  schema: stepInput,
  run: async ({ input, tx }) => {
    const from = await begin(tx, input.year);
    const n = await createYearFromPrevious(tx, from, input.year);
    const value: StepDone = { message: "rollover.done.lists", values: { n } };
    return { value, audit: stepAudit("rollover.lists", input.year, { from, lists: n }) };
  },
});

export const rolloverSchemeAction = defineAction({
  name: "rollover.scheme",
  permission: "year.rollover",
  schema: stepInput,
  run: async ({ input, tx }) => {
    const from = await begin(tx, input.year);
    const r = await copyScheme(tx, from, input.year);
    if (!r) {
      if (!(await getSchemeByYear(tx, input.year))) throw new ActionError("rollover.errors.noScheme");
      const value: StepDone = { message: "rollover.done.schemeExists", values: { year: input.year } };
      return { value, audit: stepAudit("rollover.scheme", input.year, { from, isCopied: false }) };
    }
    const { categories, items, vetoRules, indicators, targets, reviewers } = r;
    const value: StepDone = {
      message: "rollover.done.scheme",
      values: { categories, items, vetoRules, indicators, targets },
    };
    return {
      value,
      audit: stepAudit("rollover.scheme", input.year, {
        from,
        schemeId: r.id,
        categories,
        items,
        vetoRules,
        indicators,
        targets,
        reviewers,
      }),
    };
  },
});

export const rolloverPledgesAction = defineAction({
  name: "rollover.pledges",
  permission: "year.rollover",
  schema: stepInput,
  run: ({ input, tx }) => rolloverPledges(tx, input.year, now()),
});

export const rolloverDeadlineAction = defineAction({
  name: "rollover.deadline",
  permission: "year.rollover",
  schema: z.strictObject({ year, deadline: date }),
  run: async ({ input, tx }) => {
    await begin(tx, input.year);
    // A date of the year being prepared; stored as its month and day (the setting's form).
    if (Number(input.deadline.slice(0, 4)) !== input.year)
      throw new ActionError("rollover.errors.deadlineYear", "deadline");
    const monthDay = input.deadline.slice(5);
    const { before } = await setYearSigningDeadline(tx, input.year, monthDay);
    const value: StepDone = {
      message: "rollover.done.deadline",
      values: { year: input.year, deadline: deadlineOf(input.year, monthDay) },
    };
    return {
      value,
      audit: {
        action: "rollover.deadline",
        objectType: "setting",
        objectId: yearDeadlineSetting(input.year),
        before: { value: before },
        after: { value: monthDay },
      },
    };
  },
});

/** The seat, when its committee's year may still be prepared. */
async function preparableSeat(tx: Parameters<typeof getCommitteeMember>[0], memberId: number) {
  const found = await getCommitteeMember(tx, memberId);
  if (!found) throw new ActionError("errors.notFound");
  assertPreparable(found.year);
  return found;
}

export const replaceCommitteeMemberAction = defineAction({
  name: "rollover.member.replace",
  permission: "year.rollover",
  schema: z.strictObject({ memberId: id, staffNo }),
  run: async ({ input, tx }) => {
    const { member, year: committeeYear } = await preparableSeat(tx, input.memberId);
    const person = await getPersonByStaffNo(tx, input.staffNo);
    if (!person) throw new ActionError("org.errors.staffNoUnknown", "staffNo");
    if (!person.isActive) throw new ActionError("org.errors.personInactive", "staffNo");
    if (await findCommitteeSeat(tx, member.committeeId, person.id))
      throw new ActionError("org.errors.alreadyMember", "staffNo");
    const row = await updateCommitteeMemberPerson(tx, member.id, member.personId, person.id);
    if (!row) throw new ActionError("errors.conflict");
    return {
      value: { id: row.id },
      audit: {
        action: "rollover.member.replace",
        objectType: "committee_member",
        objectId: row.id,
        before: { year: committeeYear, personId: member.personId, role: member.role },
        after: { year: committeeYear, personId: person.id, role: row.role },
      },
    };
  },
});

export const changeCommitteeSeatAction = defineAction({
  name: "rollover.member.seat",
  permission: "year.rollover",
  schema: z.strictObject({ memberId: id, role: enumOf(committeeRole.enumValues) }),
  run: async ({ input, tx }) => {
    const { member, year: committeeYear } = await preparableSeat(tx, input.memberId);
    if (member.role === input.role) throw new ActionError("rollover.errors.sameSeat", "role");
    if (
      member.isActive &&
      SINGLE_SEAT_ROLES.has(input.role) &&
      (await committeeRoleTaken(tx, member.committeeId, input.role))
    ) {
      throw new ActionError("org.errors.roleTaken", "role");
    }
    const row = await updateCommitteeMemberRole(tx, member.id, member.role, input.role);
    if (!row) throw new ActionError("errors.conflict");
    return {
      value: { id: row.id },
      audit: {
        action: "rollover.member.seat",
        objectType: "committee_member",
        objectId: row.id,
        before: { year: committeeYear, personId: member.personId, role: member.role },
        after: { year: committeeYear, personId: member.personId, role: row.role },
      },
    };
  },
});

export const setCommitteeSeatActiveAction = defineAction({
  name: "rollover.member.active",
  permission: "year.rollover",
  schema: z.strictObject({ memberId: id, active: bool }),
  run: async ({ input, tx }) => {
    const { member, year: committeeYear } = await preparableSeat(tx, input.memberId);
    if (
      input.active &&
      SINGLE_SEAT_ROLES.has(member.role) &&
      (await committeeRoleTaken(tx, member.committeeId, member.role))
    ) {
      throw new ActionError("org.errors.roleTaken");
    }
    const row = await setCommitteeMemberActive(tx, member.id, input.active);
    if (!row) throw new ActionError("errors.conflict");
    return {
      value: { id: row.id },
      audit: {
        action: input.active ? "rollover.member.activate" : "rollover.member.deactivate",
        objectType: "committee_member",
        objectId: row.id,
        before: { year: committeeYear, personId: member.personId, role: member.role, isActive: member.isActive },
        after: { year: committeeYear, personId: member.personId, role: member.role, isActive: row.isActive },
      },
    };
  },
});
