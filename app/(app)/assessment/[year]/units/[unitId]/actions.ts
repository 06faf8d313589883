"use server";
// Self-assessment (自评) by the unit's head or liaison: a score and reason per item (within the item's
// standard points, version-checked), evidence files, and the submit that locks it for the unit.
import { z } from "zod";
import { countUnscoredItems } from "@/db/queries/assessment-unit";
import { createAssessmentEvent, lockAssessmentIn, saveSelfScore, updateAssessmentStatus } from "@/db/queries/assessment-unit-writes";
import { ActionError, defineAction } from "@/server/action";
import { id, optionalId, points, text } from "@/lib/validation";
import { assessmentTarget, headerOrThrow, itemOrThrow, seenVersion, storeEvidence, uploadedFile } from "./action-support";
import { now } from "@/lib/clock";

export const saveSelfScoreAction = defineAction({
  name: "assessment.self.score",
  permission: "assessment.self.edit",
  schema: z.strictObject({ assessmentId: id, itemId: id, version: seenVersion, score: points, reason: text(500, { multiline: true }) }),
  target: (db, input) => assessmentTarget(db, input.assessmentId),
  run: async ({ input, tx, viewer }) => {
    const a = await headerOrThrow(tx, input.assessmentId);
    const item = await itemOrThrow(tx, a.schemeId, input.itemId);
    if (input.score > item.maxPoints) throw new ActionError("validation.aboveMax", "score");
    const r = await saveSelfScore(tx, {
      assessmentId: a.id,
      itemId: item.id,
      score: input.score,
      reason: input.reason,
      seenVersion: input.version,
      userId: viewer.userId,
    });
    if (!r.ok) throw r.reason === "state" ? new ActionError("assessment.errors.wrongState") : new ActionError("errors.conflict", "score");
    return {
      value: { version: r.row.version },
      audit: {
        action: "assessment.self.score",
        objectType: "assessment",
        objectId: a.id,
        after: { item: item.code, score: input.score, reason: input.reason, version: r.row.version },
      },
    };
  },
});

export const submitSelfAction = defineAction({
  name: "assessment.self.submit",
  permission: "assessment.self.edit",
  schema: z.strictObject({ assessmentId: id, version: id }),
  target: (db, input) => assessmentTarget(db, input.assessmentId),
  run: async ({ input, tx, viewer }) => {
    const a = await headerOrThrow(tx, input.assessmentId);
    if (a.status !== "open" && a.status !== "self_assessed") throw new ActionError("assessment.errors.wrongState");
    // Every item carries the unit's own score before the team reviews it.
    if ((await countUnscoredItems(tx, a.schemeId, a.id)) > 0) throw new ActionError("assessUnit.errors.incomplete");
    const row = await updateAssessmentStatus(tx, a.id, ["open", "self_assessed"], "submitted", input.version, {
      submittedBy: viewer.userId,
      submittedAt: now(),
      recomputeSelfTotal: true,
    });
    if (!row) throw new ActionError("errors.conflict");
    await createAssessmentEvent(tx, { assessmentId: a.id, step: "submit", fromStatus: a.status, toStatus: "submitted", actorUserId: viewer.userId });
    return {
      value: { status: row.status },
      audit: { action: "assessment.self.submit", objectType: "assessment", objectId: a.id, before: { status: a.status }, after: { status: "submitted", selfTotal: row.selfTotal } },
    };
  },
});

export const uploadSelfEvidenceAction = defineAction({
  name: "assessment.evidence.self",
  permission: "assessment.self.edit",
  schema: z.strictObject({ assessmentId: id, itemId: optionalId, file: uploadedFile }),
  target: (db, input) => assessmentTarget(db, input.assessmentId),
  run: async ({ input, tx, viewer }) => {
    const a = await headerOrThrow(tx, input.assessmentId);
    if (input.itemId != null) await itemOrThrow(tx, a.schemeId, input.itemId);
    // Evidence joins the self-assessment while it is still the unit's to change.
    if (!(await lockAssessmentIn(tx, a.id, ["open", "self_assessed"]))) throw new ActionError("assessment.errors.wrongState");
    return storeEvidence(tx, a, input.file, { purpose: "self", itemId: input.itemId, userId: viewer.userId });
  },
});
