"use server";
// Review (考核组) of a unit's assessment by the committee office or a named reviewer, never of their own
// unit: occurrences per deduction rule (scored by the engine; a stale version is refused and the current
// value shown), evidence, completing the review, or returning it to the unit with a comment.
import { z } from "zod";
import { createAssessmentEvent, lockAssessmentIn, saveReviewScore, updateAssessmentStatus } from "@/db/queries/assessment-unit-writes";
import { reviewStatusOpen } from "@/components/assessment/unit-access";
import { ActionError, defineAction } from "@/server/action";
import { count, id, optionalId, text } from "@/lib/validation";
import { assessmentTarget, headerOrThrow, itemOrThrow, requireTeam, seenVersion, storeEvidence, uploadedFile } from "./action-support";
import { now } from "@/lib/clock";

const ruleKey = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "validation.unknownField" });

/** Occurrences per rule key (the form's `counts.<key>` fields): a field left empty is 0, none at all (an
 * item without per-occurrence rules) is no counts. */
const occurrenceCounts = z
  .record(
    ruleKey,
    z
      .union([z.string(), z.number()], { error: "validation.count" })
      .transform((v) => (typeof v === "string" && !v.trim() ? 0 : v))
      .pipe(count),
    { error: "validation.count" },
  )
  .optional()
  .transform((c) => c ?? {});

export const saveReviewScoreAction = defineAction({
  name: "assessment.review.score",
  permission: "assessment.review",
  schema: z.strictObject({
    assessmentId: id,
    itemId: id,
    version: seenVersion,
    counts: occurrenceCounts,
    reason: text(500, { multiline: true }),
  }),
  target: (db, input) => assessmentTarget(db, input.assessmentId),
  run: async ({ input, tx, viewer }) => {
    const a = await headerOrThrow(tx, input.assessmentId);
    await requireTeam(tx, viewer, a);
    const item = await itemOrThrow(tx, a.schemeId, input.itemId);
    // Counts are entered per occurrence rule only; shortfall rules read the unit's indicator values.
    const keys = new Set(item.deductionRules.filter((r) => r.kind === "per_occurrence").map((r) => r.key));
    if (Object.keys(input.counts).some((k) => !keys.has(k))) throw new ActionError("validation.unknownField", "counts");
    const counts = Object.fromEntries([...keys].map((k) => [k, input.counts[k] ?? 0]).filter(([, n]) => n !== 0));
    const locked = await lockAssessmentIn(tx, a.id, ["submitted", "reviewed", "objection"]);
    if (!locked || !reviewStatusOpen(viewer, locked.status)) throw new ActionError("assessment.errors.wrongState");
    const def = { id: item.id, code: item.code, categoryCode: "", maxPoints: item.maxPoints, rules: item.deductionRules };
    const r = await saveReviewScore(tx, {
      assessmentId: a.id,
      schemeId: a.schemeId,
      item: def,
      counts,
      reason: input.reason,
      seenVersion: input.version,
      userId: viewer.userId,
    });
    if (!r.ok) throw r.reason === "state" ? new ActionError("assessment.errors.wrongState") : new ActionError("errors.conflict", "score");
    return {
      value: { version: r.row.version, score: r.row.score },
      audit: {
        action: "assessment.review.score",
        objectType: "assessment",
        objectId: a.id,
        after: { item: item.code, counts, deduction: r.row.deduction, score: r.row.score, reason: input.reason, version: r.row.version },
      },
    };
  },
});

export const completeReviewAction = defineAction({
  name: "assessment.review.complete",
  permission: "assessment.review",
  schema: z.strictObject({ assessmentId: id, version: id }),
  target: (db, input) => assessmentTarget(db, input.assessmentId),
  run: async ({ input, tx, viewer }) => {
    const a = await headerOrThrow(tx, input.assessmentId);
    await requireTeam(tx, viewer, a);
    if (a.status !== "submitted") throw new ActionError("assessment.errors.wrongState");
    const row = await updateAssessmentStatus(tx, a.id, ["submitted"], "reviewed", input.version, { reviewedBy: viewer.userId, reviewedAt: now() });
    if (!row) throw new ActionError("errors.conflict");
    await createAssessmentEvent(tx, { assessmentId: a.id, step: "review", fromStatus: "submitted", toStatus: "reviewed", actorUserId: viewer.userId });
    return { value: { status: row.status }, audit: { action: "assessment.review.complete", objectType: "assessment", objectId: a.id, before: { status: "submitted" }, after: { status: "reviewed" } } };
  },
});

export const returnToUnitAction = defineAction({
  name: "assessment.review.return",
  permission: "assessment.review",
  schema: z.strictObject({ assessmentId: id, version: id, comment: text(500, { multiline: true }) }),
  target: (db, input) => assessmentTarget(db, input.assessmentId),
  run: async ({ input, tx, viewer }) => {
    const a = await headerOrThrow(tx, input.assessmentId);
    await requireTeam(tx, viewer, a);
    if (a.status !== "submitted") throw new ActionError("assessment.errors.wrongState");
    const row = await updateAssessmentStatus(tx, a.id, ["submitted"], "self_assessed", input.version);
    if (!row) throw new ActionError("errors.conflict");
    await createAssessmentEvent(tx, { assessmentId: a.id, step: "return", fromStatus: "submitted", toStatus: "self_assessed", actorUserId: viewer.userId, comment: input.comment });
    return {
      value: { status: row.status },
      audit: { action: "assessment.review.return", objectType: "assessment", objectId: a.id, before: { status: "submitted" }, after: { status: "self_assessed", comment: input.comment } },
    };
  },
});

export const uploadReviewEvidenceAction = defineAction({
  name: "assessment.evidence.review",
  permission: "assessment.review",
  schema: z.strictObject({ assessmentId: id, itemId: optionalId, file: uploadedFile }),
  target: (db, input) => assessmentTarget(db, input.assessmentId),
  run: async ({ input, tx, viewer }) => {
    const a = await headerOrThrow(tx, input.assessmentId);
    await requireTeam(tx, viewer, a);
    if (input.itemId != null) await itemOrThrow(tx, a.schemeId, input.itemId);
    const locked = await lockAssessmentIn(tx, a.id, ["submitted", "reviewed", "objection"]);
    if (!locked || !reviewStatusOpen(viewer, locked.status)) throw new ActionError("assessment.errors.wrongState");
    return storeEvidence(tx, a, input.file, { purpose: "review", itemId: input.itemId, userId: viewer.userId });
  },
});
