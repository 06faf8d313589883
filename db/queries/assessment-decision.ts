// The committee's decision on a year (DESIGN §3): decide, publicise, objections, reopen, confirm 奖惩兑现,
// and the queries 定稿 is made of (the use-case: server/assessment/finalise-year.ts). Each step is a guarded change of status (status and version in the WHERE, row count checked)
// with assessment_events rows, inside the caller's audited transaction; the caller writes the audit entry
// this returns. A fixed number of statements per step, whatever the number of units.
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { rank, type UnitResult } from "@/lib/assessment/score";
import { addDays } from "@/lib/assessment/consequences";
import { shanghaiDate } from "@/lib/clock";
import type { AuditedTx } from "../audited";
import { rowsOf, type Db } from "../client";
import { assessmentEvents, assessments, assessmentSchemes, objections, sanctions, schemeItems, type AssessmentResultJson } from "../schema";
import type { AuditRecord } from "./audit";
import { computeResults, getSchemeByYear } from "./assessment-scoring";

/** A refusal the action turns into a message (key) beside a field (when named). */
export class DecisionError extends Error {
  constructor(
    public readonly key: string,
    public readonly field?: string,
  ) {
    super(key);
  }
}

type Status = (typeof assessments.$inferSelect)["status"];
/** What a decision step returns: the action's value and the audit entry the action writes. */
export type Step = { value: Record<string, unknown>; audit: AuditRecord };
/** Who acts, and when (the one clock's now, passed in so a test can pin it). */
export type Actor = { userId: number | null; now: Date };

const BEFORE_REVIEW: Status[] = ["open", "self_assessed", "submitted"];
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

type YearRow = Awaited<ReturnType<typeof lockYearAssessments>>[number];

/** Ranks every unit that has a result — fresh totals replacing stored ones — with the engine's rule. */
function rankAll(rows: YearRow[], fresh: Map<number, { total: number; vetoed: boolean }>) {
  const ranked = rank(
    rows
      .filter((r) => fresh.has(r.id) || (r.total != null && STORED.includes(r.status)))
      .map((r) => ({ id: r.id, ...(fresh.get(r.id) ?? { total: r.total ?? 0, vetoed: r.isVetoed }) })),
  );
  return new Map(ranked.map((r) => [r.id, r.rank]));
}

/** Writes changed ranks of units whose results are not final, in one statement. */
async function updateRanks(tx: AuditedTx, rows: YearRow[], ranks: Map<number, number>, skip: Set<number>, now: Date) {
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
async function storeResults(
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

/** 审定: every assessment of the year reviewed (or already decided); the engine scores the reviewed ones. */
export async function decideYear(tx: AuditedTx, year: number, actor: Actor): Promise<Step> {
  const scheme = await getSchemeOrThrow(tx, year);
  const rows = await lockYearAssessments(tx, scheme.id);
  if (!rows.length || rows.some((r) => BEFORE_REVIEW.includes(r.status))) throw new DecisionError("assessment.errors.notAllReviewed");
  const toDecide = rows.filter((r) => r.status === "reviewed");
  if (!toDecide.length) throw new DecisionError("assessment.errors.wrongState");
  const computed = await computeResults(tx, year, toDecide.map((r) => r.id));
  const fresh = new Map(computed!.rows.map((c) => [c.assessmentId, { total: c.result.total, vetoed: c.result.vetoed }]));
  const ranks = rankAll(rows, fresh);
  const byId = new Map(toDecide.map((r) => [r.id, r]));
  await storeResults(
    tx,
    computed!.rows.map((c) => ({ id: c.assessmentId, version: byId.get(c.assessmentId)!.version, result: c.result, rank: ranks.get(c.assessmentId) ?? null })),
    { from: ["reviewed"], to: "decided" },
    actor,
  );
  await updateRanks(tx, rows, ranks, new Set(byId.keys()), actor.now);
  await insertAssessmentEvents(tx, [...byId.keys()], "decide", "reviewed", "decided", actor);
  const vetoed = computed!.rows.filter((c) => c.result.vetoed).length;
  return {
    value: { decided: toDecide.length, vetoed },
    audit: { action: "assessment.decide", objectType: "assessment_year", objectId: year, after: { decided: toDecide.length, vetoed } },
  };
}

/** 公示: every decided unit of the year, until today + the scheme's publicity days. */
export async function publiciseYear(tx: AuditedTx, year: number, actor: Actor): Promise<Step> {
  const scheme = await getSchemeOrThrow(tx, year);
  const rows = await lockYearAssessments(tx, scheme.id);
  if (rows.some((r) => BEFORE_REVIEW.includes(r.status) || r.status === "reviewed")) throw new DecisionError("assessment.errors.wrongState");
  const affected = rows.filter((r) => r.status === "decided");
  if (!affected.length) throw new DecisionError("assessment.errors.wrongState");
  const until = addDays(shanghaiDate(actor.now), scheme.publicityDays);
  const updated = await tx
    .update(assessments)
    .set({ status: "publicised", publicisedUntil: until, version: sql`${assessments.version} + 1`, updatedAt: actor.now })
    .where(and(eq(assessments.schemeId, scheme.id), eq(assessments.status, "decided"), inArray(assessments.id, affected.map((r) => r.id))))
    .returning({ id: assessments.id });
  if (updated.length !== affected.length) throw new DecisionError("errors.conflict");
  await insertAssessmentEvents(tx, affected.map((r) => r.id), "publicise", "decided", "publicised", actor);
  return {
    value: { publicised: affected.length, until },
    audit: { action: "assessment.publicise", objectType: "assessment_year", objectId: year, after: { publicised: affected.length, until } },
  };
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

/** 异议: the unit's head objects during publicity, about the result or one item; the unit goes to objection. */
export async function fileObjection(
  tx: AuditedTx,
  input: { assessmentId: number; itemId: number | null; text: string; version?: number },
  actor: Actor,
): Promise<Step> {
  const a = await getAssessmentHeader(tx, input.assessmentId);
  if (!a) throw new DecisionError("errors.notFound");
  if (a.status !== "publicised" && a.status !== "objection") throw new DecisionError("assessment.errors.wrongState");
  if (a.publicisedUntil && shanghaiDate(actor.now) > a.publicisedUntil) throw new DecisionError("assessment.decision.errors.objectionClosed");
  if (input.itemId != null) {
    const [item] = await tx.select({ id: schemeItems.id }).from(schemeItems).where(and(eq(schemeItems.id, input.itemId), eq(schemeItems.schemeId, a.schemeId)));
    if (!item) throw new DecisionError("validation.choice", "itemId");
  }
  if (a.status === "publicised") {
    const moved = await tx
      .update(assessments)
      .set({ status: "objection", version: sql`${assessments.version} + 1`, updatedAt: actor.now })
      .where(and(eq(assessments.id, a.id), eq(assessments.status, "publicised"), eq(assessments.version, input.version ?? a.version)))
      .returning({ id: assessments.id });
    if (!moved.length) throw new DecisionError("errors.conflict");
  }
  const [o] = await tx
    .insert(objections)
    .values({ assessmentId: a.id, itemId: input.itemId, text: input.text, filedBy: actor.userId, createdAt: actor.now, updatedAt: actor.now })
    .returning({ id: objections.id });
  await insertAssessmentEvents(tx, [a.id], "objection", a.status, "objection", actor, input.text);
  return {
    value: { objectionId: o.id },
    audit: { action: "assessment.objection.file", objectType: "assessment", objectId: a.id, before: { status: a.status }, after: { status: "objection", objectionId: o.id, itemId: input.itemId } },
  };
}

/**
 * The office decides an objection (upheld or rejected, with its text): the unit's result is recomputed from
 * the current review scores, every unit's rank recomputed, and the unit goes back to publicised once it has
 * no open objection left.
 */
export async function decideObjection(
  tx: AuditedTx,
  input: { objectionId: number; outcome: "upheld" | "rejected"; decision: string },
  actor: Actor,
): Promise<Step> {
  const [o] = await tx.select().from(objections).where(eq(objections.id, input.objectionId));
  if (!o) throw new DecisionError("errors.notFound");
  const a = await getAssessmentHeader(tx, o.assessmentId);
  if (!a || o.status !== "open" || a.status !== "objection") throw new DecisionError("assessment.errors.wrongState");
  const closed = await tx
    .update(objections)
    .set({ status: input.outcome, decision: input.decision, decidedBy: actor.userId, decidedAt: actor.now, updatedAt: actor.now })
    .where(and(eq(objections.id, o.id), eq(objections.status, "open")))
    .returning({ id: objections.id });
  if (!closed.length) throw new DecisionError("errors.conflict");
  const rows = await lockYearAssessments(tx, a.schemeId);
  const [still] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(objections)
    .where(and(eq(objections.assessmentId, a.id), eq(objections.status, "open")));
  const computed = (await computeResults(tx, a.year, [a.id]))!.rows[0];
  const ranks = rankAll(rows, new Map([[a.id, { total: computed.result.total, vetoed: computed.result.vetoed }]]));
  const me = rows.find((r) => r.id === a.id)!;
  const to: Status = still.n > 0 ? "objection" : "publicised";
  await storeResults(tx, [{ id: a.id, version: me.version, result: computed.result, rank: ranks.get(a.id) ?? null }], { from: ["objection"], to }, actor);
  await updateRanks(tx, rows, ranks, new Set([a.id]), actor.now);
  await insertAssessmentEvents(tx, [a.id], `objection.${input.outcome}`, "objection", to, actor, input.decision);
  return {
    value: { status: to, total: computed.result.total, grade: computed.result.grade },
    audit: {
      action: "assessment.objection.decide",
      objectType: "objection",
      objectId: o.id,
      before: { status: "open", total: me.total },
      after: { status: input.outcome, assessmentStatus: to, total: computed.result.total, grade: computed.result.grade },
    },
  };
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

/** 重新打开: the office reopens one final unit for re-review, with a reason; the scheme unlocks. */
export async function reopenAssessment(tx: AuditedTx, input: { assessmentId: number; reason: string }, actor: Actor): Promise<Step> {
  const a = await getAssessmentHeader(tx, input.assessmentId);
  if (!a) throw new DecisionError("errors.notFound");
  if (a.status !== "final") throw new DecisionError("assessment.errors.wrongState", "assessmentId");
  const moved = await tx
    .update(assessments)
    .set({ status: "reviewed", version: sql`${assessments.version} + 1`, updatedAt: actor.now })
    .where(and(eq(assessments.id, a.id), eq(assessments.status, "final"), eq(assessments.version, a.version)))
    .returning({ id: assessments.id });
  if (!moved.length) throw new DecisionError("errors.conflict");
  await tx
    .update(assessmentSchemes)
    .set({ status: "published", version: sql`${assessmentSchemes.version} + 1`, updatedAt: actor.now })
    .where(and(eq(assessmentSchemes.id, a.schemeId), eq(assessmentSchemes.status, "locked")));
  await insertAssessmentEvents(tx, [a.id], "reopen", "final", "reviewed", actor, input.reason);
  return {
    value: { status: "reviewed" },
    audit: { action: "assessment.reopen", objectType: "assessment", objectId: a.id, before: { status: "final" }, after: { status: "reviewed", reason: input.reason } },
  };
}

/** The committee confirms one proposed 奖惩兑现 entry of a final assessment. */
/** A sanction's year (the year whose chair confirms it), for the permission check. */
export async function getSanctionYear(db: Db, sanctionId: number): Promise<number | undefined> {
  const [s] = await db.select({ year: sanctions.year }).from(sanctions).where(eq(sanctions.id, sanctionId));
  return s?.year;
}

export async function confirmSanction(tx: AuditedTx, sanctionId: number, actor: Actor): Promise<Step> {
  const [s] = await tx
    .select({ id: sanctions.id, status: sanctions.status, kind: sanctions.kind, assessmentStatus: assessments.status })
    .from(sanctions)
    .innerJoin(assessments, eq(assessments.id, sanctions.assessmentId))
    .where(eq(sanctions.id, sanctionId));
  if (!s) throw new DecisionError("errors.notFound");
  if (s.status !== "proposed" || s.assessmentStatus !== "final") throw new DecisionError("assessment.errors.wrongState");
  const done = await tx
    .update(sanctions)
    .set({ status: "confirmed", confirmedBy: actor.userId, confirmedAt: actor.now, updatedAt: actor.now })
    .where(and(eq(sanctions.id, s.id), eq(sanctions.status, "proposed")))
    .returning({ id: sanctions.id });
  if (!done.length) throw new DecisionError("errors.conflict");
  return {
    value: { status: "confirmed" },
    audit: { action: "sanction.confirm", objectType: "sanction", objectId: s.id, before: { status: "proposed" }, after: { status: "confirmed", kind: s.kind } },
  };
}
