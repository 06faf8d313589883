// The assessment team's decision on a deduction an event proposed: accepted (the item's review score gets
// one more occurrence of the rule, rescored by the engine with the unit's indicators) or rejected.
import { and, eq, inArray, sql } from "drizzle-orm";
import { itemScore } from "@/lib/assessment/score";
import type { AuditedTx } from "../audited";
import type { Db } from "../client";
import { assessmentSchemes, assessments, deductionProposals, reviewScores } from "../schema";
import { loadSchemeDef, loadUnitInputs } from "./assessment-scoring";

/** A proposal with its assessment, for the permission check and the state checks of a decision. */
export async function getProposalContext(db: Db, proposalId: number) {
  const [row] = await db
    .select({
      id: deductionProposals.id,
      status: deductionProposals.status,
      assessmentId: deductionProposals.assessmentId,
      itemId: deductionProposals.schemeItemId,
      ruleKey: deductionProposals.ruleKey,
      reason: deductionProposals.reason,
      sourceType: deductionProposals.sourceType,
      sourceId: deductionProposals.sourceId,
      unitId: assessments.unitId,
      schemeId: assessments.schemeId,
      year: assessmentSchemes.year,
      assessmentStatus: assessments.status,
    })
    .from(deductionProposals)
    .innerJoin(assessments, eq(assessments.id, deductionProposals.assessmentId))
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
    .where(eq(deductionProposals.id, proposalId));
  return row;
}

/** Statuses in which the review may still change a score. */
export const PROPOSAL_DECIDABLE = ["submitted", "reviewed", "objection"] as const;

export type DecideOutcome =
  | {
      ok: true;
      itemId: number;
      counts: Record<string, number>;
      before: { deduction: number; score: number } | null;
      after: { deduction: number; score: number };
    }
  | { ok: false; reason: "state" | "conflict" | "notFound" };

/**
 * Accepts a proposed deduction: the item's review score gets one more occurrence of the rule, rescored by
 * the engine with the unit's indicators, its version bumped (a reviewer's open form then sees a conflict);
 * the proposal is marked accepted. The assessment row is held for the transaction so it cannot move on.
 */
export async function acceptDeductionProposal(
  tx: AuditedTx,
  proposalId: number,
  userId: number,
  now: Date,
): Promise<DecideOutcome> {
  const p = await getProposalContext(tx, proposalId);
  if (!p) return { ok: false, reason: "notFound" };
  const [held] = await tx
    .select({ status: assessments.status })
    .from(assessments)
    .where(and(eq(assessments.id, p.assessmentId), inArray(assessments.status, [...PROPOSAL_DECIDABLE])))
    .for("update");
  if (!held || p.status !== "proposed") return { ok: false, reason: "state" };
  const [content, inputs] = await Promise.all([
    loadSchemeDef(tx, p.schemeId),
    loadUnitInputs(tx, p.schemeId, [p.assessmentId]),
  ]);
  const item = content.def.items.find((i) => i.id === p.itemId);
  if (!item) return { ok: false, reason: "notFound" };
  const [current] = await tx
    .select()
    .from(reviewScores)
    .where(and(eq(reviewScores.assessmentId, p.assessmentId), eq(reviewScores.itemId, p.itemId)));
  const counts = { ...(current?.counts ?? {}), [p.ruleKey]: (current?.counts?.[p.ruleKey] ?? 0) + 1 };
  const after = itemScore(item, counts, inputs.get(p.assessmentId)?.indicators ?? {});
  const reason = current?.reason
    ? current.reason.includes(p.reason)
      ? current.reason
      : `${current.reason}；${p.reason}`
    : p.reason;
  const [row] = current
    ? await tx
        .update(reviewScores)
        .set({
          counts,
          ...after,
          reason,
          reviewerUserId: userId,
          version: sql`${reviewScores.version} + 1`,
          updatedAt: now,
        })
        .where(and(eq(reviewScores.id, current.id), eq(reviewScores.version, current.version)))
        .returning({ id: reviewScores.id })
    : await tx
        .insert(reviewScores)
        .values({ assessmentId: p.assessmentId, itemId: p.itemId, counts, ...after, reason, reviewerUserId: userId })
        .onConflictDoNothing()
        .returning({ id: reviewScores.id });
  if (!row) return { ok: false, reason: "conflict" };
  const [decided] = await tx
    .update(deductionProposals)
    .set({ status: "accepted", decidedBy: userId, decidedAt: now, updatedAt: now })
    .where(and(eq(deductionProposals.id, proposalId), eq(deductionProposals.status, "proposed")))
    .returning({ id: deductionProposals.id });
  if (!decided) return { ok: false, reason: "conflict" };
  return {
    ok: true,
    itemId: p.itemId,
    counts,
    before: current ? { deduction: current.deduction, score: current.score } : null,
    after,
  };
}

/** Rejects a proposed deduction (the reason goes to the audit entry); null when it is no longer proposed. */
export async function rejectDeductionProposal(tx: AuditedTx, proposalId: number, userId: number, now: Date) {
  const p = await getProposalContext(tx, proposalId);
  if (!p) return null;
  const [held] = await tx
    .select({ status: assessments.status })
    .from(assessments)
    .where(and(eq(assessments.id, p.assessmentId), inArray(assessments.status, [...PROPOSAL_DECIDABLE])))
    .for("update");
  if (!held) return null;
  const [row] = await tx
    .update(deductionProposals)
    .set({ status: "rejected", decidedBy: userId, decidedAt: now, updatedAt: now })
    .where(and(eq(deductionProposals.id, proposalId), eq(deductionProposals.status, "proposed")))
    .returning();
  return row ?? null;
}
