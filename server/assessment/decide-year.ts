// 审定: the chair decides the year's assessment — the engine scores every reviewed unit, results and ranks
// are stored, in the caller's audited transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import {
  BEFORE_REVIEW,
  DecisionError,
  getSchemeOrThrow,
  insertAssessmentEvents,
  lockYearAssessments,
  rankAll,
  storeResults,
  updateRanks,
  type Actor,
  type Step,
} from "@/db/queries/assessment-decision";
import { computeResults } from "@/db/queries/assessment-scoring";

/** Every assessment of the year reviewed (or already decided); the engine scores the reviewed ones and every
 * unit with a result is ranked again. Refusals are DecisionErrors (a message key). */
export async function decideYear(tx: AuditedTx, year: number, actor: Actor): Promise<Step> {
  const scheme = await getSchemeOrThrow(tx, year);
  const rows = await lockYearAssessments(tx, scheme.id);
  if (!rows.length || rows.some((r) => BEFORE_REVIEW.includes(r.status)))
    throw new DecisionError("assessment.errors.notAllReviewed");
  const toDecide = rows.filter((r) => r.status === "reviewed");
  if (!toDecide.length) throw new DecisionError("assessment.errors.wrongState");
  const computed = await computeResults(
    tx,
    year,
    toDecide.map((r) => r.id),
  );
  const fresh = new Map(
    computed!.rows.map((c) => [c.assessmentId, { total: c.result.total, vetoed: c.result.vetoed }]),
  );
  const ranks = rankAll(rows, fresh);
  const byId = new Map(toDecide.map((r) => [r.id, r]));
  await storeResults(
    tx,
    computed!.rows.map((c) => ({
      id: c.assessmentId,
      version: byId.get(c.assessmentId)!.version,
      result: c.result,
      rank: ranks.get(c.assessmentId) ?? null,
    })),
    { from: ["reviewed"], to: "decided" },
    actor,
  );
  await updateRanks(tx, rows, ranks, new Set(byId.keys()), actor.now);
  await insertAssessmentEvents(tx, [...byId.keys()], "decide", "reviewed", "decided", actor);
  const vetoed = computed!.rows.filter((c) => c.result.vetoed).length;
  return {
    value: { decided: toDecide.length, vetoed },
    audit: {
      action: "assessment.decide",
      objectType: "assessment_year",
      objectId: year,
      after: { decided: toDecide.length, vetoed },
    },
  };
}
