// What events propose for a unit's assessment: an overdue 重大/挂牌督办 hazard proposes one more occurrence
// of the 隐患治理 item's deduction rule (deduction_proposals), a 挂牌督办 hazard over 30 days late and an
// accident reported late or falsely propose a veto (veto_hits, status proposed). Creating them is
// idempotent; the review accepts a deduction (the engine rescores the item) or rejects it.
import { and, asc, eq, inArray, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import { itemScore } from "@/lib/assessment/score";
import { SUPERVISED_VETO_AFTER_DAYS } from "@/lib/records/hazard-workflow";
import type { AuditedTx } from "../audited";
import type { Db } from "../client";
import {
  accidents,
  assessmentReviewers,
  assessments,
  assessmentSchemes,
  deductionProposals,
  hazards,
  people,
  reviewScores,
  schemeCategories,
  schemeItems,
  schemeVetoRules,
  users,
  vetoHits,
  type SchemeVetoRule,
} from "../schema";
import { loadSchemeDef, loadUnitInputs } from "./assessment-scoring";

/** How the scheme's rows are recognised: by name (a bureau names its own rules), then by the demo scheme's
 * codes (db/seed/assessment-data*.ts: category "hazard", veto rules V2 and V3). */
export const HAZARD_CATEGORY = { codes: ["hazard"], name: "隐患治理" } as const;
export const ACCIDENT_VETO = { codes: ["V2"], nameLike: "%迟报%" } as const;
export const HAZARD_VETO = { codes: ["V3"], nameLike: "%挂牌督办%逾期%" } as const;

type VetoMatch = { codes: readonly string[]; nameLike: string };

async function findVetoRule(db: Db, schemeId: number, m: VetoMatch): Promise<SchemeVetoRule | undefined> {
  const rows = await db
    .select({ rule: schemeVetoRules, byName: sql<boolean>`${schemeVetoRules.name} like ${m.nameLike}` })
    .from(schemeVetoRules)
    .where(and(eq(schemeVetoRules.schemeId, schemeId), or(inArray(schemeVetoRules.code, [...m.codes]), sql`${schemeVetoRules.name} like ${m.nameLike}`)))
    .orderBy(asc(schemeVetoRules.sortOrder), asc(schemeVetoRules.id));
  return (rows.find((r) => r.byName) ?? rows[0])?.rule;
}

/** A rule about overdue or supervised major hazards, rather than, say, monthly self-checks. */
const isOverdueRule = (content: string, label: string) => /逾期|超期|挂牌督办/.test(label) || /挂牌督办|重大/.test(content);

/**
 * The 隐患治理 item and rule a hazard deduction counts against: among the category's per-occurrence rules,
 * the first about overdue or supervised major hazards (the demo's 4.3 "逾期未销号的，每项扣2分"); failing
 * that, the first per-occurrence rule of the category.
 */
export async function findHazardDeductionRule(db: Db, schemeId: number) {
  const rows = await db
    .select({ id: schemeItems.id, code: schemeItems.code, content: schemeItems.content, rules: schemeItems.deductionRules })
    .from(schemeItems)
    .innerJoin(schemeCategories, eq(schemeCategories.id, schemeItems.categoryId))
    .where(
      and(
        eq(schemeItems.schemeId, schemeId),
        or(inArray(schemeCategories.code, [...HAZARD_CATEGORY.codes]), eq(schemeCategories.name, HAZARD_CATEGORY.name)),
      ),
    )
    .orderBy(asc(schemeCategories.sortOrder), asc(schemeItems.sortOrder), asc(schemeItems.id));
  const candidates = rows.flatMap((item) => item.rules.filter((r) => r.kind === "per_occurrence").map((rule) => ({ item, rule })));
  const pick = candidates.find((c) => isOverdueRule(c.item.content, c.rule.label)) ?? candidates[0];
  return pick ? { itemId: pick.item.id, itemCode: pick.item.code, ruleKey: pick.rule.key, ruleLabel: pick.rule.label } : undefined;
}

/** The unit's assessment in the year's scheme, with its status. */
export async function getUnitAssessment(db: Db, year: number, unitId: number) {
  const [row] = await db
    .select({ id: assessments.id, status: assessments.status, schemeId: assessments.schemeId })
    .from(assessments)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
    .where(and(eq(assessmentSchemes.year, year), eq(assessments.unitId, unitId)));
  return row;
}

export type VetoProposalOutcome = "proposed" | "exists" | "final" | "noAssessment" | "noRule";

/**
 * An accident reported late, not at all, falsely or concealed proposes the scheme's reporting veto for the
 * responsible unit's assessment of the accident's year: once per accident and rule, never into a final year.
 */
export async function proposeAccidentVeto(tx: AuditedTx, a: { accidentId: number; unitId: number; year: number; basis: string; userId: number | null }) {
  const assessment = await getUnitAssessment(tx, a.year, a.unitId);
  if (!assessment) return { outcome: "noAssessment" as VetoProposalOutcome };
  if (assessment.status === "final") return { outcome: "final" as VetoProposalOutcome, assessmentId: assessment.id };
  const rule = await findVetoRule(tx, assessment.schemeId, ACCIDENT_VETO);
  if (!rule) return { outcome: "noRule" as VetoProposalOutcome, assessmentId: assessment.id };
  const [existing] = await tx
    .select({ id: vetoHits.id })
    .from(vetoHits)
    .where(and(eq(vetoHits.assessmentId, assessment.id), eq(vetoHits.ruleId, rule.id), eq(vetoHits.source, "accident"), eq(vetoHits.sourceRef, a.accidentId)));
  if (existing) return { outcome: "exists" as VetoProposalOutcome, assessmentId: assessment.id, hitId: existing.id };
  const [hit] = await tx
    .insert(vetoHits)
    .values({ assessmentId: assessment.id, ruleId: rule.id, basis: a.basis, status: "proposed", source: "accident", sourceRef: a.accidentId, proposedBy: a.userId })
    .returning({ id: vetoHits.id });
  return { outcome: "proposed" as VetoProposalOutcome, assessmentId: assessment.id, hitId: hit.id };
}

/**
 * Every 重大 hazard overdue on `today` (not closed, deadline passed within or before `year`) proposes one
 * deduction for its unit's assessment of `year`; a 挂牌督办 one more than 30 days late also proposes the
 * hazard veto. Assessments already final are left alone. Idempotent; a fixed number of queries.
 */
export async function proposeForOverdueHazards(tx: AuditedTx, year: number, today: string, userId: number | null = null) {
  const none = { deductions: 0, vetoes: 0 };
  if (today < `${year}-01-01`) return none;
  const [scheme] = await tx.select({ id: assessmentSchemes.id }).from(assessmentSchemes).where(eq(assessmentSchemes.year, year));
  if (!scheme) return none;
  const [target, vetoRule] = await Promise.all([findHazardDeductionRule(tx, scheme.id), findVetoRule(tx, scheme.id, HAZARD_VETO)]);
  const overdue = await tx
    .select({
      hazardId: hazards.id,
      title: hazards.title,
      deadline: hazards.deadline,
      isSupervised: hazards.isSupervised,
      assessmentId: assessments.id,
      daysLate: sql<number>`(${today}::date - ${hazards.deadline})`.mapWith(Number),
    })
    .from(hazards)
    .innerJoin(assessments, and(eq(assessments.unitId, hazards.unitId), eq(assessments.schemeId, scheme.id)))
    .where(
      and(
        eq(hazards.level, "major"),
        ne(hazards.status, "closed"),
        lt(hazards.deadline, today),
        lt(hazards.deadline, `${year + 1}-01-01`),
        ne(assessments.status, "final"),
      ),
    )
    .orderBy(asc(hazards.id));
  if (!overdue.length) return none;

  let deductions = 0;
  if (target) {
    const inserted = await tx
      .insert(deductionProposals)
      .values(
        overdue.map((h) => ({
          assessmentId: h.assessmentId,
          schemeItemId: target.itemId,
          ruleKey: target.ruleKey,
          sourceType: "hazard",
          sourceId: h.hazardId,
          reason: `${h.isSupervised ? "挂牌督办" : ""}重大隐患「${h.title}」整改期限 ${h.deadline} 已过，至 ${today} 仍未销号（逾期 ${h.daysLate} 天）`,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: deductionProposals.id });
    deductions = inserted.length;
  }

  let vetoes = 0;
  const late = overdue.filter((h) => h.isSupervised && h.daysLate > SUPERVISED_VETO_AFTER_DAYS);
  if (vetoRule && late.length) {
    const existing = await tx
      .select({ ref: vetoHits.sourceRef, assessmentId: vetoHits.assessmentId })
      .from(vetoHits)
      .where(and(eq(vetoHits.ruleId, vetoRule.id), eq(vetoHits.source, "hazard"), isNotNull(vetoHits.sourceRef), inArray(vetoHits.sourceRef, late.map((h) => h.hazardId))));
    const seen = new Set(existing.map((e) => `${e.assessmentId}|${e.ref}`));
    const fresh = late.filter((h) => !seen.has(`${h.assessmentId}|${h.hazardId}`));
    if (fresh.length) {
      await tx.insert(vetoHits).values(
        fresh.map((h) => ({
          assessmentId: h.assessmentId,
          ruleId: vetoRule.id,
          basis: `挂牌督办重大隐患「${h.title}」整改期限 ${h.deadline}，逾期 ${h.daysLate} 天（超过 ${SUPERVISED_VETO_AFTER_DAYS} 天）仍未销号`,
          status: "proposed" as const,
          source: "hazard",
          sourceRef: h.hazardId,
          proposedBy: userId,
        })),
      );
      vetoes = fresh.length;
    }
  }
  return { deductions, vetoes };
}

const decidedByName = sql<string | null>`(select coalesce(p.name, u.username) from ${users} u left join ${people} p on p.id = u.person_id where u.id = ${deductionProposals.decidedBy})`;

/** The event proposals under one assessment (two queries): deductions, and vetoes proposed by events. */
export async function listAssessmentProposals(db: Db, assessmentId: number) {
  const [deductions, vetoes] = await Promise.all([
    db
      .select({
        id: deductionProposals.id,
        itemId: deductionProposals.schemeItemId,
        itemCode: schemeItems.code,
        itemContent: schemeItems.content,
        ruleKey: deductionProposals.ruleKey,
        rules: schemeItems.deductionRules,
        sourceType: deductionProposals.sourceType,
        sourceId: deductionProposals.sourceId,
        sourceTitle: sql<string | null>`case ${deductionProposals.sourceType}
          when 'hazard' then (select h.title from ${hazards} h where h.id = ${deductionProposals.sourceId})
          when 'accident' then (select a.title from ${accidents} a where a.id = ${deductionProposals.sourceId}) end`,
        reason: deductionProposals.reason,
        status: deductionProposals.status,
        decidedBy: decidedByName,
        decidedAt: deductionProposals.decidedAt,
        createdAt: deductionProposals.createdAt,
      })
      .from(deductionProposals)
      .innerJoin(schemeItems, eq(schemeItems.id, deductionProposals.schemeItemId))
      .where(eq(deductionProposals.assessmentId, assessmentId))
      .orderBy(asc(deductionProposals.id)),
    db
      .select({
        id: vetoHits.id,
        ruleCode: schemeVetoRules.code,
        ruleName: schemeVetoRules.name,
        basis: vetoHits.basis,
        status: vetoHits.status,
        source: vetoHits.source,
        sourceRef: vetoHits.sourceRef,
        sourceTitle: sql<string | null>`case ${vetoHits.source}
          when 'hazard' then (select h.title from ${hazards} h where h.id = ${vetoHits.sourceRef})
          when 'accident' then (select a.title from ${accidents} a where a.id = ${vetoHits.sourceRef}) end`,
      })
      .from(vetoHits)
      .innerJoin(schemeVetoRules, eq(schemeVetoRules.id, vetoHits.ruleId))
      .where(and(eq(vetoHits.assessmentId, assessmentId), inArray(vetoHits.source, ["hazard", "accident"])))
      .orderBy(asc(vetoHits.id)),
  ]);
  return {
    deductions: deductions.map(({ rules, ...d }) => ({ ...d, ruleLabel: rules.find((r) => r.key === d.ruleKey)?.label ?? d.ruleKey })),
    vetoes,
  };
}

export type AssessmentProposals = Awaited<ReturnType<typeof listAssessmentProposals>>;

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
      assessmentStatus: assessments.status,
    })
    .from(deductionProposals)
    .innerJoin(assessments, eq(assessments.id, deductionProposals.assessmentId))
    .where(eq(deductionProposals.id, proposalId));
  return row;
}

export async function isSchemeReviewer(db: Db, schemeId: number, personId: number | null) {
  if (personId == null) return false;
  const [row] = await db
    .select({ id: assessmentReviewers.id })
    .from(assessmentReviewers)
    .where(and(eq(assessmentReviewers.schemeId, schemeId), eq(assessmentReviewers.personId, personId)));
  return !!row;
}

/** Statuses in which the review may still change a score. */
export const PROPOSAL_DECIDABLE = ["submitted", "reviewed", "objection"] as const;

export type DecideOutcome =
  | { ok: true; itemId: number; counts: Record<string, number>; before: { deduction: number; score: number } | null; after: { deduction: number; score: number } }
  | { ok: false; reason: "state" | "conflict" | "notFound" };

/**
 * Accepts a proposed deduction: the item's review score gets one more occurrence of the rule, rescored by
 * the engine with the unit's indicators, its version bumped (a reviewer's open form then sees a conflict);
 * the proposal is marked accepted. The assessment row is held for the transaction so it cannot move on.
 */
export async function acceptDeductionProposal(tx: AuditedTx, proposalId: number, userId: number, now: Date): Promise<DecideOutcome> {
  const p = await getProposalContext(tx, proposalId);
  if (!p) return { ok: false, reason: "notFound" };
  const [held] = await tx
    .select({ status: assessments.status })
    .from(assessments)
    .where(and(eq(assessments.id, p.assessmentId), inArray(assessments.status, [...PROPOSAL_DECIDABLE])))
    .for("update");
  if (!held || p.status !== "proposed") return { ok: false, reason: "state" };
  const [content, inputs] = await Promise.all([loadSchemeDef(tx, p.schemeId), loadUnitInputs(tx, p.schemeId, [p.assessmentId])]);
  const item = content.def.items.find((i) => i.id === p.itemId);
  if (!item) return { ok: false, reason: "notFound" };
  const [current] = await tx.select().from(reviewScores).where(and(eq(reviewScores.assessmentId, p.assessmentId), eq(reviewScores.itemId, p.itemId)));
  const counts = { ...(current?.counts ?? {}), [p.ruleKey]: (current?.counts?.[p.ruleKey] ?? 0) + 1 };
  const after = itemScore(item, counts, inputs.get(p.assessmentId)?.indicators ?? {});
  const reason = current?.reason ? (current.reason.includes(p.reason) ? current.reason : `${current.reason}；${p.reason}`) : p.reason;
  const [row] = current
    ? await tx
        .update(reviewScores)
        .set({ counts, ...after, reason, reviewerUserId: userId, version: sql`${reviewScores.version} + 1`, updatedAt: now })
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
  return { ok: true, itemId: p.itemId, counts, before: current ? { deduction: current.deduction, score: current.score } : null, after };
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
