// 重新打开: the office sends one unit whose result the committee has decided (decided, publicised or final)
// back to the assessment team for re-review, with a reason — a final unit's scheme unlocks. The way to
// decide a proposal that arrived after the decision (定稿 refuses while one is pending): re-review, decide
// and publicise again. In the caller's audited transaction.
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
import { REOPENABLE } from "@/lib/assessment/status-rules";

export async function reopenAssessment(
  tx: AuditedTx,
  input: { assessmentId: number; reason: string },
  actor: Actor,
): Promise<Step> {
  const a = await getAssessmentHeader(tx, input.assessmentId);
  if (!a) throw new DecisionError("errors.notFound");
  if (!REOPENABLE.includes(a.status)) throw new DecisionError("assessment.errors.wrongState", "assessmentId");
  await returnToReviewed(tx, a.id, [a.status], a.version, actor.now);
  await unlockScheme(tx, a.schemeId, actor.now);
  await insertAssessmentEvents(tx, [a.id], "reopen", a.status, "reviewed", actor, input.reason);
  return {
    value: { status: "reviewed" },
    audit: {
      action: "assessment.reopen",
      objectType: "assessment",
      objectId: a.id,
      before: { status: a.status },
      after: { status: "reviewed", reason: input.reason },
    },
  };
}
