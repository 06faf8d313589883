// The queries the committee's decision on a year is made of (DESIGN §3): 审定, 公示, objections, 定稿, reopen,
// confirm 奖惩兑现 — the use-cases are server/assessment/*.ts, one verb per file. Each write is a guarded
// change of status (status and version in the WHERE, row count checked) with assessment_events rows, inside
// the caller's audited transaction. A fixed number of statements per step, whatever the number of units.
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { rank, type UnitResult } from "@/lib/assessment/score";
import type { AuditedTx } from "../audited";
import { rowsOf, type Db } from "../client";
import { assessmentEvents, assessments, assessmentSchemes, objections, sanctions, schemeItems, type AssessmentResultJson } from "../schema";
import type { AuditRecord } from "./audit";
import { getSchemeByYear } from "./assessment-scoring";

/** A refusal the action turns into a message (key) beside a field (when named); `details` says what stands
 * in the way (the pending proposals a 定稿 refused on), for the caller and the tests. */
export class DecisionError extends Error {
  constructor(
    public readonly key: string,
    public readonly field?: string,
    public readonly details?: unknown,
  ) {
    super(key);
  }
}

export type Status = (typeof assessments.$inferSelect)["status"];
/** What a decision step returns: the action's value and the audit entry the action writes. */
export type Step = { value: Record<string, unknown>; audit: AuditRecord };
/** Who acts, and when (the one clock's now, passed in so a test can pin it). */
export type Actor = { userId: number | null; now: Date };

/** Statuses before the assessment team has finished its review. */
export const BEFORE_REVIEW: Status[] = ["open", "self_assessed", "submitted"];
/** Statuses that carry a decided result. */
const STORED: Status[] = ["decided", "publicised", "objection", "final"];
/** Statuses whose stored result and rank may still change (a final row is frozen by the database). */
const RANKED_OPEN: Status[] = ["decided", "publicised", "objection"];

const statusIn = (col: SQL, list: Status[]) => sql`${col} in (${sql.join(list.map((s) => sql`${s}`), sql`, `)})`;
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** The engine's result as stored on the assessment: what the published page and reports read. */
export function toResultJson(r: UnitResult): AssessmentResultJson {
  return {
    itemsTotal: r.itemsTotal,
    bonus: r.bonus,
    baseTotal: r.baseTotal,
    total: r.total,
    grade: r.grade,
    vetoed: r.vetoed,
    categories: r.categories.map((c) => ({ code: c.code, score: c.score, points: c.points })),
    trace: r.trace.map((t) => ({
      rule: t.rule,
      name: t.name,
      effect: t.effect,
      basis: t.basis,
      confirmedBy: t.confirmedBy,
      before: t.before,
      after: t.after,
    })),
  };
}

/** The year's scheme; refused when the year has none. */
export async function getSchemeOrThrow(db: Db, year: number) {
  const scheme = await getSchemeByYear(db, year);
  if (!scheme) throw new DecisionError("assessment.errors.noScheme");
  return scheme;
}

/** The year's assessments, locked for the rest of the transaction so two chairs cannot interleave. */
export async function lockYearAssessments(tx: AuditedTx, schemeId: number) {
  return tx
    .select({
      id: assessments.id,
      unitId: assessments.unitId,
      status: assessments.status,
      version: assessments.version,
      total: assessments.total,
      isVetoed: assessments.isVetoed,
      rank: assessments.rank,
      publicisedUntil: assessments.publicisedUntil,
    })
    .from(assessments)
    .where(eq(assessments.schemeId, schemeId))
    .orderBy(asc(assessments.id))
    .for("update");
}

export type YearRow = Awaited<ReturnType<typeof lockYearAssessments>>[number];

/** Ranks every unit that has a result — fresh totals replacing stored ones — with the engine's rule. */
export function rankAll(rows: YearRow[], fresh: Map<number, { total: number; vetoed: boolean }>) {
  const ranked = rank(
    rows
      .filter((r) => fresh.has(r.id) || (r.total != null && STORED.includes(r.status)))
      .map((r) => ({ id: r.id, ...(fresh.get(r.id) ?? { total: r.total ?? 0, vetoed: r.isVetoed }) })),
  );
  return new Map(ranked.map((r) => [r.id, r.rank]));
}

/** Writes changed ranks of units whose results are not final, in one statement. */
export async function updateRanks(tx: AuditedTx, rows: YearRow[], ranks: Map<number, number>, skip: Set<number>, now: Date) {
  const changed = rows
    .filter((r) => !skip.has(r.id) && RANKED_OPEN.includes(r.status) && ranks.has(r.id) && ranks.get(r.id) !== r.rank)
    .map((r) => ({ id: r.id, rank: ranks.get(r.id)! }));
  if (!changed.length) return 0;
  await tx.execute(sql`
    update assessments a set rank = v.rank, updated_at = ${ts(now)}
    from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as v(id int, rank int)
    where a.id = v.id and ${statusIn(sql`a.status`, RANKED_OPEN)}`);
  return changed.length;
}

/** One assessment_events row per assessment for a step, from one status to another. */
export async function insertAssessmentEvents(tx: AuditedTx, ids: number[], step: string, from: Status | ((id: number) => Status), to: Status, actor: Actor, comment: string | null = null) {
  if (!ids.length) return;
  await tx.insert(assessmentEvents).values(
    ids.map((assessmentId) => ({
      assessmentId,
      step,
      fromStatus: typeof from === "function" ? from(assessmentId) : from,
      toStatus: to,
      actorUserId: actor.userId,
      comment,
      createdAt: actor.now,
      updatedAt: actor.now,
    })),
  );
}

/** Stores fresh results (total, grade, veto flag, trace) on guarded rows; throws a conflict on a miss. */
export async function storeResults(
  tx: AuditedTx,
  entries: { id: number; version: number; result: UnitResult; rank: number | null }[],
  guard: { from: Status[]; to: Status | null },
  actor: Actor,
) {
  if (!entries.length) return;
  const payload = entries.map((e) => ({
    id: e.id,
    version: e.version,
    total: e.result.total,
    grade: e.result.grade,
    rank: e.rank,
    vetoed: e.result.vetoed,
    result: toResultJson(e.result),
  }));
  const decided = guard.to === "decided" ? sql`, decided_by = ${actor.userId}::int, decided_at = ${ts(actor.now)}` : sql``;
  const res = await tx.execute(sql`
    update assessments a set
      total = v.total, grade = v.grade, rank = v.rank, is_vetoed = v.vetoed, result = v.result,
      status = coalesce(${guard.to}::assessment_status, a.status), version = a.version + 1, updated_at = ${ts(actor.now)} ${decided}
    from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb)
      as v(id int, version int, total numeric, grade text, rank int, vetoed boolean, result jsonb)
    where a.id = v.id and a.version = v.version and ${statusIn(sql`a.status`, guard.from)}
    returning a.id`);
  if (rowsOf(res).length !== entries.length) throw new DecisionError("errors.conflict");
}

/** The assessment's unit and year: what an action checks the viewer's scope against. */
export async function getAssessmentHeader(db: Db, assessmentId: number) {
  const [row] = await db
    .select({ id: assessments.id, unitId: assessments.unitId, status: assessments.status, version: assessments.version, schemeId: assessments.schemeId, year: assessmentSchemes.year, publicisedUntil: assessments.publicisedUntil })
    .from(assessments)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
    .where(eq(assessments.id, assessmentId));
  return row;
}

/** 公示 of the given decided assessments of a scheme until `until`; throws a conflict when one moved meanwhile. */
export async function publiciseAssessments(tx: AuditedTx, schemeId: number, ids: number[], until: string, now: Date) {
  const updated = await tx
    .update(assessments)
    .set({ status: "publicised", publicisedUntil: until, version: sql`${assessments.version} + 1`, updatedAt: now })
    .where(and(eq(assessments.schemeId, schemeId), eq(assessments.status, "decided"), inArray(assessments.id, ids)))
    .returning({ id: assessments.id });
  if (updated.length !== ids.length) throw new DecisionError("errors.conflict");
}

/** Whether the item belongs to the scheme (what an objection may name). */
export async function isSchemeItem(db: Db, schemeId: number, itemId: number) {
  const [item] = await db.select({ id: schemeItems.id }).from(schemeItems).where(and(eq(schemeItems.id, itemId), eq(schemeItems.schemeId, schemeId)));
  return !!item;
}

/** A publicised assessment seen at `version` goes to objection; throws a conflict when it moved meanwhile. */
export async function moveToObjection(tx: AuditedTx, assessmentId: number, version: number, now: Date) {
  const moved = await tx
    .update(assessments)
    .set({ status: "objection", version: sql`${assessments.version} + 1`, updatedAt: now })
    .where(and(eq(assessments.id, assessmentId), eq(assessments.status, "publicised"), eq(assessments.version, version)))
    .returning({ id: assessments.id });
  if (!moved.length) throw new DecisionError("errors.conflict");
}

export async function insertObjection(tx: AuditedTx, o: { assessmentId: number; itemId: number | null; text: string }, actor: Actor) {
  const [row] = await tx
    .insert(objections)
    .values({ assessmentId: o.assessmentId, itemId: o.itemId, text: o.text, filedBy: actor.userId, createdAt: actor.now, updatedAt: actor.now })
    .returning({ id: objections.id });
  return row;
}

export async function getObjection(db: Db, objectionId: number) {
  const [o] = await db.select().from(objections).where(eq(objections.id, objectionId));
  return o;
}

/** Closes an open objection with its outcome and decision; throws a conflict when it was closed meanwhile. */
export async function closeObjection(tx: AuditedTx, objectionId: number, d: { outcome: "upheld" | "rejected"; decision: string }, actor: Actor) {
  const closed = await tx
    .update(objections)
    .set({ status: d.outcome, decision: d.decision, decidedBy: actor.userId, decidedAt: actor.now, updatedAt: actor.now })
    .where(and(eq(objections.id, objectionId), eq(objections.status, "open")))
    .returning({ id: objections.id });
  if (!closed.length) throw new DecisionError("errors.conflict");
}

export async function countOpenObjections(db: Db, assessmentId: number) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(objections)
    .where(and(eq(objections.assessmentId, assessmentId), eq(objections.status, "open")));
  return row.n;
}

/** 定稿 of the given publicised assessments of a scheme, in one guarded statement; throws a conflict when
 * one of them moved meanwhile. */
export async function finaliseAssessments(tx: AuditedTx, schemeId: number, ids: number[], actor: Actor) {
  const updated = await tx
    .update(assessments)
    .set({ status: "final", finalisedBy: actor.userId, finalisedAt: actor.now, version: sql`${assessments.version} + 1`, updatedAt: actor.now })
    .where(and(eq(assessments.schemeId, schemeId), eq(assessments.status, "publicised"), inArray(assessments.id, ids)))
    .returning({ id: assessments.id });
  if (updated.length !== ids.length) throw new DecisionError("errors.conflict");
}

/** Locks a published scheme (its year is final); a scheme already locked stays as it is. */
export async function lockScheme(tx: AuditedTx, schemeId: number, now: Date) {
  await tx
    .update(assessmentSchemes)
    .set({ status: "locked", lockedAt: now, version: sql`${assessmentSchemes.version} + 1`, updatedAt: now })
    .where(and(eq(assessmentSchemes.id, schemeId), eq(assessmentSchemes.status, "published")));
}

/** An assessment seen at `version` in one of `from` goes back to reviewed; throws a conflict when it moved. */
export async function returnToReviewed(tx: AuditedTx, assessmentId: number, from: Status[], version: number, now: Date) {
  const moved = await tx
    .update(assessments)
    .set({ status: "reviewed", version: sql`${assessments.version} + 1`, updatedAt: now })
    .where(and(eq(assessments.id, assessmentId), inArray(assessments.status, from), eq(assessments.version, version)))
    .returning({ id: assessments.id });
  if (!moved.length) throw new DecisionError("errors.conflict");
}

/** Unlocks a locked scheme (a unit of its year is reopened); a scheme not locked stays as it is. */
export async function unlockScheme(tx: AuditedTx, schemeId: number, now: Date) {
  await tx
    .update(assessmentSchemes)
    .set({ status: "published", version: sql`${assessmentSchemes.version} + 1`, updatedAt: now })
    .where(and(eq(assessmentSchemes.id, schemeId), eq(assessmentSchemes.status, "locked")));
}

/** A sanction with its assessment's status: what confirming it checks. */
export async function getSanctionForConfirm(db: Db, sanctionId: number) {
  const [s] = await db
    .select({ id: sanctions.id, status: sanctions.status, kind: sanctions.kind, assessmentStatus: assessments.status })
    .from(sanctions)
    .innerJoin(assessments, eq(assessments.id, sanctions.assessmentId))
    .where(eq(sanctions.id, sanctionId));
  return s;
}

/** Confirms a proposed sanction; throws a conflict when it was decided meanwhile. */
export async function confirmSanctionRow(tx: AuditedTx, sanctionId: number, actor: Actor) {
  const done = await tx
    .update(sanctions)
    .set({ status: "confirmed", confirmedBy: actor.userId, confirmedAt: actor.now, updatedAt: actor.now })
    .where(and(eq(sanctions.id, sanctionId), eq(sanctions.status, "proposed")))
    .returning({ id: sanctions.id });
  if (!done.length) throw new DecisionError("errors.conflict");
}

/** A sanction's year (the year whose chair confirms it), for the permission check. */
export async function getSanctionYear(db: Db, sanctionId: number): Promise<number | undefined> {
  const [s] = await db.select({ year: sanctions.year }).from(sanctions).where(eq(sanctions.id, sanctionId));
  return s?.year;
}

