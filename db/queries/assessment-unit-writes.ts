// Writes under one unit's assessment: self scores, submit, evidence, review scores (version-checked, scored
// by the engine), review complete / return, bonuses and veto hits. Each state change is one guarded UPDATE
// with a row-count check; the caller's AuditedTx carries the audit entry in the same transaction.
import { and, eq, inArray, sql } from "drizzle-orm";
import { itemScore, type ItemDef } from "@/lib/assessment/score";
import type { AuditedTx } from "../audited";
import { assessmentEvents, assessments, attachments, bonusAwards, reviewScores, selfScores, vetoHits } from "../schema";
import type { Assessment } from "../schema";
import { loadUnitInputs } from "./assessment-scoring";
import { getReviewScore, getSelfScore } from "./assessment-unit";
import { now as clockNow } from "@/lib/clock";

type Status = Assessment["status"];

export type SaveResult<T, C> = { ok: true; row: T } | { ok: false; reason: "state" } | { ok: false; reason: "conflict"; current: C | null };

export async function createAssessmentEvent(
  tx: AuditedTx,
  e: { assessmentId: number; step: string; fromStatus: string; toStatus: string; actorUserId: number | null; comment?: string | null },
) {
  await tx.insert(assessmentEvents).values(e);
}

/**
 * Holds the assessment (row lock until the transaction ends) when it is in one of `statuses`; null when it
 * is not (someone moved it on). Scores saved under it then cannot race a submit or a review completion.
 */
export async function lockAssessmentIn(tx: AuditedTx, assessmentId: number, statuses: Status[]) {
  const [row] = await tx
    .update(assessments)
    .set({ updatedAt: clockNow() })
    .where(and(eq(assessments.id, assessmentId), inArray(assessments.status, statuses)))
    .returning({ id: assessments.id, status: assessments.status, version: assessments.version, unitId: assessments.unitId, schemeId: assessments.schemeId });
  return row ?? null;
}

/**
 * Moves an assessment from one of `from` to `to` when its version is still `version`; null when someone was
 * first. `set` adds the step's own columns (submitted_by, reviewed_at …).
 */
export async function updateAssessmentStatus(
  tx: AuditedTx,
  assessmentId: number,
  from: Status[],
  to: Status,
  version: number | null,
  set: Partial<Pick<Assessment, "submittedBy" | "submittedAt" | "reviewedBy" | "reviewedAt">> & { recomputeSelfTotal?: boolean } = {},
) {
  const { recomputeSelfTotal, ...columns } = set;
  const [row] = await tx
    .update(assessments)
    .set({
      ...columns,
      status: to,
      version: sql`${assessments.version} + 1`,
      updatedAt: clockNow(),
      ...(recomputeSelfTotal
        ? { selfTotal: sql`(select sum(s.score) from ${selfScores} s where s.assessment_id = ${assessments.id})` }
        : {}),
    })
    .where(
      and(
        eq(assessments.id, assessmentId),
        inArray(assessments.status, from),
        version == null ? undefined : eq(assessments.version, version),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Saves a unit's own score of one item. `seenVersion` is the row's version the form showed (0 when there
 * was none). Only while the assessment is open or self-assessed; the first save moves it to self-assessed
 * (with an event).
 */
export async function saveSelfScore(
  tx: AuditedTx,
  s: { assessmentId: number; itemId: number; score: number; reason: string; seenVersion: number; userId: number },
): Promise<SaveResult<typeof selfScores.$inferSelect, Awaited<ReturnType<typeof getSelfScore>>> & { opened?: boolean }> {
  const opened = await updateAssessmentStatus(tx, s.assessmentId, ["open"], "self_assessed", null);
  if (opened) {
    await createAssessmentEvent(tx, { assessmentId: s.assessmentId, step: "self", fromStatus: "open", toStatus: "self_assessed", actorUserId: s.userId });
  } else if (!(await lockAssessmentIn(tx, s.assessmentId, ["self_assessed"]))) {
    return { ok: false, reason: "state" };
  }
  const now = clockNow();
  const [row] =
    s.seenVersion === 0
      ? await tx
          .insert(selfScores)
          .values({ assessmentId: s.assessmentId, itemId: s.itemId, score: s.score, reason: s.reason, updatedBy: s.userId })
          .onConflictDoNothing()
          .returning()
      : await tx
          .update(selfScores)
          .set({ score: s.score, reason: s.reason, updatedBy: s.userId, version: sql`${selfScores.version} + 1`, updatedAt: now })
          .where(and(eq(selfScores.assessmentId, s.assessmentId), eq(selfScores.itemId, s.itemId), eq(selfScores.version, s.seenVersion)))
          .returning();
  if (!row) return { ok: false, reason: "conflict", current: (await getSelfScore(tx, s.assessmentId, s.itemId)) ?? null };
  return { ok: true, row, opened: !!opened };
}

/**
 * Saves the assessment team's score of one item: occurrences per deduction rule; the deduction and the
 * score come from the engine (扣完为止, indicator shortfalls read from the unit's values). Version-checked
 * like self scores: a stale save gets the current row back and changes nothing.
 */
export async function saveReviewScore(
  tx: AuditedTx,
  s: { assessmentId: number; schemeId: number; item: ItemDef; counts: Record<string, number>; reason: string; seenVersion: number; userId: number },
): Promise<SaveResult<typeof reviewScores.$inferSelect, Awaited<ReturnType<typeof getReviewScore>>>> {
  const inputs = await loadUnitInputs(tx, s.schemeId, [s.assessmentId]);
  const { deduction, score } = itemScore(s.item, s.counts, inputs.get(s.assessmentId)?.indicators ?? {});
  const values = { counts: s.counts, deduction, score, reason: s.reason, reviewerUserId: s.userId };
  const [row] =
    s.seenVersion === 0
      ? await tx.insert(reviewScores).values({ assessmentId: s.assessmentId, itemId: s.item.id, ...values }).onConflictDoNothing().returning()
      : await tx
          .update(reviewScores)
          .set({ ...values, version: sql`${reviewScores.version} + 1`, updatedAt: clockNow() })
          .where(and(eq(reviewScores.assessmentId, s.assessmentId), eq(reviewScores.itemId, s.item.id), eq(reviewScores.version, s.seenVersion)))
          .returning();
  if (!row) return { ok: false, reason: "conflict", current: (await getReviewScore(tx, s.assessmentId, s.item.id)) ?? null };
  return { ok: true, row };
}

export async function createAttachment(
  tx: AuditedTx,
  a: Omit<typeof attachments.$inferInsert, "id" | "createdAt" | "updatedAt">,
) {
  const [row] = await tx
    .insert(attachments)
    .values(a)
    .returning({ id: attachments.id, filename: attachments.filename, mime: attachments.mime, size: attachments.size, sha256: attachments.sha256 });
  return row;
}

export async function createBonusAward(tx: AuditedTx, b: { assessmentId: number; tierKey: string; reason: string; userId: number }) {
  const [row] = await tx.insert(bonusAwards).values({ assessmentId: b.assessmentId, tierKey: b.tierKey, reason: b.reason, awardedBy: b.userId }).returning();
  return row;
}

export async function deleteBonusAward(tx: AuditedTx, awardId: number, assessmentId: number) {
  const [row] = await tx.delete(bonusAwards).where(and(eq(bonusAwards.id, awardId), eq(bonusAwards.assessmentId, assessmentId))).returning();
  return row ?? null;
}

/** A veto hit recorded by the office: confirmed at once (who and when kept), or proposed for later. */
export async function createVetoHit(
  tx: AuditedTx,
  v: { assessmentId: number; ruleId: number; basis: string; isConfirmed: boolean; userId: number; now: Date },
) {
  const [row] = await tx
    .insert(vetoHits)
    .values({
      assessmentId: v.assessmentId,
      ruleId: v.ruleId,
      basis: v.basis,
      status: v.isConfirmed ? "confirmed" : "proposed",
      source: "manual",
      proposedBy: v.userId,
      confirmedBy: v.isConfirmed ? v.userId : null,
      confirmedAt: v.isConfirmed ? v.now : null,
    })
    .returning();
  return row;
}

/** Confirms or dismisses a proposed hit seen at `version`; null when it is no longer proposed at that version. */
export async function decideVetoHit(tx: AuditedTx, hitId: number, version: number, to: "confirmed" | "dismissed", userId: number, now: Date) {
  const [row] = await tx
    .update(vetoHits)
    .set({ status: to, confirmedBy: userId, confirmedAt: now, version: sql`${vetoHits.version} + 1`, updatedAt: now })
    .where(and(eq(vetoHits.id, hitId), eq(vetoHits.status, "proposed"), eq(vetoHits.version, version)))
    .returning();
  return row ?? null;
}
