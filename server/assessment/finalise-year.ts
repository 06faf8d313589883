// 定稿: the chair finalises the year's assessment — units go final, the scheme is locked and the
// consequences (奖惩兑现) are proposed, in the caller's audited transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import {
  DecisionError,
  finaliseAssessments,
  getSchemeOrThrow,
  insertAssessmentEvents,
  lockScheme,
  lockYearAssessments,
  type Actor,
  type Step,
} from "@/db/queries/assessment-decision";
import { insertSanctionsForFinal } from "@/db/queries/assessment-sanctions";
import { listPendingProposals } from "@/db/queries/pending-proposals";
import { shanghaiDate } from "@/lib/clock";

/**
 * Every unit publicised (or already final) with no open objection and no deduction or veto proposal pending;
 * before the end of publicity it needs an early-close reason. Refusals are DecisionErrors (a message key, and the field when it names one).
 */
export async function finaliseYear(
  tx: AuditedTx,
  input: { year: number; earlyCloseReason: string | null },
  actor: Actor,
): Promise<Step> {
  const scheme = await getSchemeOrThrow(tx, input.year);
  const rows = await lockYearAssessments(tx, scheme.id);
  if (rows.some((r) => r.status === "objection")) throw new DecisionError("assessment.errors.openObjections");
  const affected = rows.filter((r) => r.status === "publicised");
  if (!affected.length || rows.some((r) => r.status !== "publicised" && r.status !== "final"))
    throw new DecisionError("assessment.errors.wrongState");
  // A proposal still pending would be dropped by 定稿 without anyone deciding it: the office decides it first
  // (reopening the unit for re-review when its result is already decided).
  const pending = await listPendingProposals(tx, input.year);
  if (pending.length) throw new DecisionError("assessment.errors.pendingProposals", undefined, pending);
  const today = shanghaiDate(actor.now);
  const isEarly = affected.some((r) => r.publicisedUntil != null && today < r.publicisedUntil);
  if (isEarly && !input.earlyCloseReason) throw new DecisionError("assessment.errors.earlyClose", "earlyCloseReason");
  const ids = affected.map((r) => r.id);
  await finaliseAssessments(tx, scheme.id, ids, actor);
  await lockScheme(tx, scheme.id, actor.now);
  const proposed = await insertSanctionsForFinal(tx, {
    year: input.year,
    assessmentIds: ids,
    topGrade: scheme.gradeBands[0]?.key ?? "",
    finaliseDate: today,
  });
  const reason = isEarly ? input.earlyCloseReason : null;
  await insertAssessmentEvents(tx, ids, "finalise", "publicised", "final", actor, reason);
  return {
    value: { finalised: ids.length, sanctions: proposed },
    audit: {
      action: "assessment.finalise",
      objectType: "assessment_year",
      objectId: input.year,
      after: { finalised: ids.length, sanctions: proposed, earlyCloseReason: reason },
    },
  };
}
