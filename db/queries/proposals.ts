// What events propose for a unit's assessment: an overdue 重大/挂牌督办 hazard proposes one more occurrence
// of the 隐患治理 item's deduction rule (deduction_proposals), a 挂牌督办 hazard over 30 days late and an
// accident reported late or falsely propose a veto (veto_hits, status proposed). Creating them is
// idempotent; the list shows them with their sources. The hazards' use-case: server/hazards/propose-overdue.ts;
// decisions: proposal-decisions.ts.
import { and, asc, eq, inArray, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import type { OverdueHazard } from "@/lib/records/overdue-proposals";
import type { AuditedTx } from "../audited";
import type { Db } from "../client";
import {
  accidents,
  assessments,
  assessmentSchemes,
  deductionProposals,
  hazards,
  people,
  schemeCategories,
  schemeItems,
  schemeVetoRules,
  users,
  vetoHits,
  type SchemeVetoRule,
} from "../schema";

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
    .where(
      and(
        eq(schemeVetoRules.schemeId, schemeId),
        or(inArray(schemeVetoRules.code, [...m.codes]), sql`${schemeVetoRules.name} like ${m.nameLike}`),
      ),
    )
    .orderBy(asc(schemeVetoRules.sortOrder), asc(schemeVetoRules.id));
  return (rows.find((r) => r.byName) ?? rows[0])?.rule;
}

/** A rule about overdue or supervised major hazards, rather than, say, monthly self-checks. */
const isOverdueRule = (content: string, label: string) =>
  /逾期|超期|挂牌督办/.test(label) || /挂牌督办|重大/.test(content);

/**
 * The 隐患治理 item and rule a hazard deduction counts against: among the category's per-occurrence rules,
 * the first about overdue or supervised major hazards (the demo's 4.3 "逾期未销号的，每项扣2分"); failing
 * that, the first per-occurrence rule of the category.
 */
export async function findHazardDeductionRule(db: Db, schemeId: number) {
  const rows = await db
    .select({
      id: schemeItems.id,
      code: schemeItems.code,
      content: schemeItems.content,
      rules: schemeItems.deductionRules,
    })
    .from(schemeItems)
    .innerJoin(schemeCategories, eq(schemeCategories.id, schemeItems.categoryId))
    .where(
      and(
        eq(schemeItems.schemeId, schemeId),
        or(inArray(schemeCategories.code, [...HAZARD_CATEGORY.codes]), eq(schemeCategories.name, HAZARD_CATEGORY.name)),
      ),
    )
    .orderBy(asc(schemeCategories.sortOrder), asc(schemeItems.sortOrder), asc(schemeItems.id));
  const candidates = rows.flatMap((item) =>
    item.rules.filter((r) => r.kind === "per_occurrence").map((rule) => ({ item, rule })),
  );
  const pick = candidates.find((c) => isOverdueRule(c.item.content, c.rule.label)) ?? candidates[0];
  return pick
    ? { itemId: pick.item.id, itemCode: pick.item.code, ruleKey: pick.rule.key, ruleLabel: pick.rule.label }
    : undefined;
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
export async function proposeAccidentVeto(
  tx: AuditedTx,
  a: { accidentId: number; unitId: number; year: number; basis: string; userId: number | null },
) {
  const assessment = await getUnitAssessment(tx, a.year, a.unitId);
  if (!assessment) return { outcome: "noAssessment" as VetoProposalOutcome };
  if (assessment.status === "final") return { outcome: "final" as VetoProposalOutcome, assessmentId: assessment.id };
  const rule = await findVetoRule(tx, assessment.schemeId, ACCIDENT_VETO);
  if (!rule) return { outcome: "noRule" as VetoProposalOutcome, assessmentId: assessment.id };
  const [existing] = await tx
    .select({ id: vetoHits.id })
    .from(vetoHits)
    .where(
      and(
        eq(vetoHits.assessmentId, assessment.id),
        eq(vetoHits.ruleId, rule.id),
        eq(vetoHits.source, "accident"),
        eq(vetoHits.sourceRef, a.accidentId),
      ),
    );
  if (existing) return { outcome: "exists" as VetoProposalOutcome, assessmentId: assessment.id, hitId: existing.id };
  const [hit] = await tx
    .insert(vetoHits)
    .values({
      assessmentId: assessment.id,
      ruleId: rule.id,
      basis: a.basis,
      status: "proposed",
      source: "accident",
      sourceRef: a.accidentId,
      proposedBy: a.userId,
    })
    .returning({ id: vetoHits.id });
  return { outcome: "proposed" as VetoProposalOutcome, assessmentId: assessment.id, hitId: hit.id };
}

/**
 * What the overdue 重大 hazards of `year` propose from, as of `today`: the year's 隐患治理 deduction rule and
 * hazard veto rule (either may be missing), and every major hazard not closed whose deadline passed before
 * today and within or before `year`, with its unit's assessment of the year when that is not final.
 * Undefined when the year has no scheme. Three queries (the use-case: server/hazards/propose-overdue.ts).
 */
export async function getOverdueHazardBasis(db: Db, year: number, today: string) {
  const [scheme] = await db
    .select({ id: assessmentSchemes.id })
    .from(assessmentSchemes)
    .where(eq(assessmentSchemes.year, year));
  if (!scheme) return undefined;
  const [target, vetoRule, overdue] = await Promise.all([
    findHazardDeductionRule(db, scheme.id),
    findVetoRule(db, scheme.id, HAZARD_VETO),
    db
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
      .orderBy(asc(hazards.id)),
  ]);
  return { target, vetoRule, overdue: overdue satisfies OverdueHazard[] };
}

/** Proposes one deduction per hazard against `target`; one already there is left alone. Returns how many
 * are new. */
export async function createHazardDeductionProposals(
  tx: AuditedTx,
  target: { itemId: number; ruleKey: string },
  rows: { assessmentId: number; hazardId: number; reason: string }[],
) {
  if (!rows.length) return 0;
  const inserted = await tx
    .insert(deductionProposals)
    .values(
      rows.map((h) => ({
        assessmentId: h.assessmentId,
        schemeItemId: target.itemId,
        ruleKey: target.ruleKey,
        sourceType: "hazard",
        sourceId: h.hazardId,
        reason: h.reason,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: deductionProposals.id });
  return inserted.length;
}

/** Proposes the hazard veto `ruleId` once per assessment and hazard: a hazard that already proposed it is
 * left alone. Returns how many are new. */
export async function createHazardVetoProposals(
  tx: AuditedTx,
  ruleId: number,
  rows: { assessmentId: number; hazardId: number; basis: string }[],
  userId: number | null,
) {
  if (!rows.length) return 0;
  const existing = await tx
    .select({ ref: vetoHits.sourceRef, assessmentId: vetoHits.assessmentId })
    .from(vetoHits)
    .where(
      and(
        eq(vetoHits.ruleId, ruleId),
        eq(vetoHits.source, "hazard"),
        isNotNull(vetoHits.sourceRef),
        inArray(
          vetoHits.sourceRef,
          rows.map((h) => h.hazardId),
        ),
      ),
    );
  const seen = new Set(existing.map((e) => `${e.assessmentId}|${e.ref}`));
  const fresh = rows.filter((h) => !seen.has(`${h.assessmentId}|${h.hazardId}`));
  if (!fresh.length) return 0;
  await tx.insert(vetoHits).values(
    fresh.map((h) => ({
      assessmentId: h.assessmentId,
      ruleId,
      basis: h.basis,
      status: "proposed" as const,
      source: "hazard",
      sourceRef: h.hazardId,
      proposedBy: userId,
    })),
  );
  return fresh.length;
}

const decidedByName = sql<
  string | null
>`(select coalesce(p.name, u.username) from ${users} u left join ${people} p on p.id = u.person_id where u.id = ${deductionProposals.decidedBy})`;

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
    deductions: deductions.map(({ rules, ...d }) => ({
      ...d,
      ruleLabel: rules.find((r) => r.key === d.ruleKey)?.label ?? d.ruleKey,
    })),
    vetoes,
  };
}

export type AssessmentProposals = Awaited<ReturnType<typeof listAssessmentProposals>>;
