"use server";
// Create, edit and (de)activate people (system administrator only). No ID-card numbers: PIPL.
import { z } from "zod";
import { createPerson, getPerson, getPersonByStaffNo, personHasCurrentHoldings, updatePerson } from "@/db/queries/org";
import { ActionError, defineAction } from "@/server/action";
import { bool, id, text } from "@/lib/validation";
import { changes, phone, staffNo, today, version } from "../fields";

export const createPersonAction = defineAction({
  name: "org.person.create",
  permission: "org.manage",
  schema: z.strictObject({ staffNo, name: text(50), phone }),
  async run({ input, tx }) {
    if (await getPersonByStaffNo(tx, input.staffNo)) throw new ActionError("errors.duplicate", "staffNo");
    const person = await createPerson(tx, input);
    return {
      value: { id: person.id },
      audit: {
        action: "org.person.create",
        objectType: "person",
        objectId: person.id,
        // The phone number itself stays out of the append-only log: only whether one was given.
        after: { staffNo: person.staffNo, name: person.name, hasPhone: person.phone != null },
      },
    };
  },
});

export const updatePersonAction = defineAction({
  name: "org.person.update",
  permission: "org.manage",
  schema: z.strictObject({ id, version, staffNo, name: text(50), phone }),
  async run({ input, tx }) {
    const { id: personId, version: v, ...patch } = input;
    const before = await getPerson(tx, personId);
    if (!before) throw new ActionError("errors.notFound");
    if (before.version !== v) throw new ActionError("errors.conflict");
    if (patch.staffNo !== before.staffNo && (await getPersonByStaffNo(tx, patch.staffNo))) {
      throw new ActionError("errors.duplicate", "staffNo");
    }
    const diff = changes(before, patch);
    const after = await updatePerson(tx, personId, v, patch);
    if (!after) throw new ActionError("errors.conflict");
    const mask = (o: Record<string, unknown>) => ("phone" in o ? { ...o, phone: o.phone == null ? null : "***" } : o);
    return {
      value: { id: personId },
      audit: {
        action: "org.person.update",
        objectType: "person",
        objectId: personId,
        before: mask(diff.before),
        after: mask(diff.after),
      },
    };
  },
});

export const setPersonActiveAction = defineAction({
  name: "org.person.setActive",
  permission: "org.manage",
  schema: z.strictObject({ id, version, active: bool }),
  async run({ input, tx }) {
    const before = await getPerson(tx, input.id);
    if (!before) throw new ActionError("errors.notFound");
    if (before.version !== input.version || before.isActive === input.active) throw new ActionError("errors.conflict");
    if (!input.active && (await personHasCurrentHoldings(tx, input.id, today().date))) {
      throw new ActionError("org.errors.personHasPosts");
    }
    const after = await updatePerson(tx, input.id, input.version, { isActive: input.active });
    if (!after) throw new ActionError("errors.conflict");
    return {
      value: { id: input.id },
      audit: {
        action: input.active ? "org.person.activate" : "org.person.deactivate",
        objectType: "person",
        objectId: input.id,
        before: { isActive: before.isActive },
        after: { isActive: after.isActive },
      },
    };
  },
});
