"use server";
// 异议: during publicity the head of a unit objects to its result, about the whole or one item.
import { z } from "zod";
import { DecisionError, getAssessmentHeader } from "@/db/queries/assessment-decision";
import { ActionError, defineAction } from "@/server/action";
import { fileObjection } from "@/server/assessment/file-objection";
import { id, optionalId, text } from "@/lib/validation";
import { now } from "@/lib/clock";

export const fileObjectionAction = defineAction({
  name: "assessment.objection.file",
  permission: "assessment.objection",
  schema: z.strictObject({ assessmentId: id, itemId: optionalId, text: text(1000, { multiline: true }) }),
  // The unit comes from the assessment in the database, and only its head objects (not a liaison).
  target: async (db, input, viewer) => {
    const a = await getAssessmentHeader(db, input.assessmentId);
    return a ? { unitIds: viewer.headedUnitIds.includes(a.unitId) ? [a.unitId] : [], year: a.year } : undefined;
  },
  run: async ({ input, tx, viewer }) => {
    try {
      return await fileObjection(tx, input, { userId: viewer.userId, now: now() });
    } catch (e) {
      if (e instanceof DecisionError) throw new ActionError(e.key, e.field);
      throw e;
    }
  },
});
