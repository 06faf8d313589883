// 重新打开: the office reopens one final unit for re-review, with a reason; the scheme unlocks. In the
// caller's audited transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import {
  DecisionError,
  getAssessmentHeader,
  insertAssessmentEvents,
  returnToReviewed,
  unlockScheme,
  type Actor,
  type Step,
} from "@/db/queries/assessment-decision";

export async function reopenAssessment(
  tx: AuditedTx,
  input: { assessmentId: number; reason: string },
  actor: Actor,
): Promise<Step> {
  const a = await getAssessmentHeader(tx, input.assessmentId);
  if (!a) throw new DecisionError("errors.notFound");
  if (a.status !== "final") throw new DecisionError("assessment.errors.wrongState", "assessmentId");
  await returnToReviewed(tx, a.id, ["final"], a.version, actor.now);
  await unlockScheme(tx, a.schemeId, actor.now);
  await insertAssessmentEvents(tx, [a.id], "reopen", "final", "reviewed", actor, input.reason);
  return {
    value: { status: "reviewed" },
    audit: {
      action: "assessment.reopen",
      objectType: "assessment",
      objectId: a.id,
      before: { status: "final" },
      after: { status: "reviewed", reason: input.reason },
    },
  };
}
