"use server";
// Entering an accountability case (问责) for the committee office: the person must hold a post in the unit
// on the decision date, the trigger must name an existing accident, hazard or inspection record, a lighter,
// heavier or exempt treatment needs its reason, and the restriction cannot end before the decision.
import { z } from "zod";
import { createCase, getTriggerRefs, isPersonInUnit } from "@/db/queries/accountability";
import { ActionError, defineAction } from "@/server/action";
import { today } from "@/lib/clock";
import { date, enumOf, id, optionalDate, optionalId, optionalText, text } from "@/lib/validation";
import { FORMS, LENIENCIES, SITUATIONS, TRIGGERS } from "./enums";

export const createCaseAction = defineAction({
  name: "accountability.create",
  permission: "accountability.edit",
  schema: z.strictObject({
    unitId: id,
    personId: id,
    triggerKind: enumOf(TRIGGERS),
    accidentId: optionalId,
    hazardId: optionalId,
    recordId: optionalId,
    situation: enumOf(SITUATIONS),
    form: enumOf(FORMS),
    leniency: enumOf(LENIENCIES),
    leniencyReason: optionalText(1000, { multiline: true }),
    summary: text(2000, { multiline: true }),
    decidedBy: text(100),
    decidedOn: date,
    restrictedUntil: optionalDate,
  }),
  run: async ({ input, tx, viewer }) => {
    if (input.decidedOn > today())
      throw new ActionError("accountability.errors.decidedInFuture", "decidedOn");
    if (input.restrictedUntil && input.restrictedUntil < input.decidedOn)
      throw new ActionError("accountability.errors.restrictedBeforeDecided", "restrictedUntil");
    if (input.leniency !== "none" && !input.leniencyReason)
      throw new ActionError("accountability.errors.reasonRequired", "leniencyReason");
    // Only the reference the trigger names is kept; the others are cleared, never silently stored.
    const refs = {
      accidentId: input.triggerKind === "accident" ? input.accidentId : null,
      hazardId: input.triggerKind === "hazard" ? input.hazardId : null,
      recordId: input.triggerKind === "inspection" ? input.recordId : null,
    };
    const refField =
      input.triggerKind === "accident" ? "accidentId" : input.triggerKind === "hazard" ? "hazardId" : "recordId";
    if (refs[refField] == null) throw new ActionError("accountability.errors.refRequired", refField);
    const found = await getTriggerRefs(tx, refs);
    const exists =
      input.triggerKind === "accident"
        ? found.accident
        : input.triggerKind === "hazard"
          ? found.hazardUnitId != null
          : found.record;
    if (!exists) throw new ActionError("accountability.errors.refNotFound", refField);
    if (!(await isPersonInUnit(tx, input.personId, input.unitId, input.decidedOn)))
      throw new ActionError("accountability.errors.personNotInUnit", "personId");
    const row = await createCase(tx, {
      personId: input.personId,
      unitId: input.unitId,
      triggerKind: input.triggerKind,
      ...refs,
      situation: input.situation,
      form: input.form,
      leniency: input.leniency,
      leniencyReason: input.leniency === "none" ? "" : (input.leniencyReason ?? ""),
      summary: input.summary,
      decidedBy: input.decidedBy,
      decidedOn: input.decidedOn,
      restrictedUntil: input.restrictedUntil,
      createdBy: viewer.userId,
    });
    return {
      value: { id: row.id },
      audit: {
        action: "accountability.create",
        objectType: "accountability_case",
        objectId: row.id,
        after: { ...input, ...refs },
      },
    };
  },
});
