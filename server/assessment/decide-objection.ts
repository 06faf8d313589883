// The office decides an objection (upheld or rejected, with its text), in the caller's audited transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import {
  closeObjection,
  countOpenObjections,
  DecisionError,
  getAssessmentHeader,
  getObjection,
  insertAssessmentEvents,
  lockYearAssessments,
  rankAll,
  storeResults,
  updateRanks,
  type Actor,
  type Status,
  type Step,
} from "@/db/queries/assessment-decision";
import { computeResults } from "@/db/queries/assessment-scoring";

export type ObjectionDecision = { objectionId: number; outcome: "upheld" | "rejected"; decision: string };

/**
 * The unit's result is recomputed from the current review scores, every unit's rank recomputed, and the unit
 * goes back to publicised once it has no open objection left.
 */
export async function decideObjection(tx: AuditedTx, input: ObjectionDecision, actor: Actor): Promise<Step> {
  const o = await getObjection(tx, input.objectionId);
  if (!o) throw new DecisionError("errors.notFound");
  const a = await getAssessmentHeader(tx, o.assessmentId);
  if (!a || o.status !== "open" || a.status !== "objection") throw new DecisionError("assessment.errors.wrongState");
  await closeObjection(tx, o.id, input, actor);
  const rows = await lockYearAssessments(tx, a.schemeId);
  const stillOpen = await countOpenObjections(tx, a.id);
  const computed = (await computeResults(tx, a.year, [a.id]))!.rows[0];
  const ranks = rankAll(rows, new Map([[a.id, { total: computed.result.total, vetoed: computed.result.vetoed }]]));
  const me = rows.find((r) => r.id === a.id)!;
  const to: Status = stillOpen > 0 ? "objection" : "publicised";
  await storeResults(
    tx,
    [{ id: a.id, version: me.version, result: computed.result, rank: ranks.get(a.id) ?? null }],
    { from: ["objection"], to },
    actor,
  );
  await updateRanks(tx, rows, ranks, new Set([a.id]), actor.now);
  await insertAssessmentEvents(tx, [a.id], `objection.${input.outcome}`, "objection", to, actor, input.decision);
  return {
    value: { status: to, total: computed.result.total, grade: computed.result.grade },
    audit: {
      action: "assessment.objection.decide",
      objectType: "objection",
      objectId: o.id,
      before: { status: "open", total: me.total },
      after: {
        status: input.outcome,
        assessmentStatus: to,
        total: computed.result.total,
        grade: computed.result.grade,
      },
    },
  };
}
