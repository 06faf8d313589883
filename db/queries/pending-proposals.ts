// The year's deduction and veto proposals still pending (待处理): what 定稿 refuses to drop and the decision
// page names, unit by unit. Two queries whatever the number of units.
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  accidents,
  assessments,
  assessmentSchemes,
  deductionProposals,
  hazards,
  schemeItems,
  schemeVetoRules,
  units,
  vetoHits,
} from "../schema";

export type PendingProposal = {
  kind: "deduction" | "veto";
  id: number;
  assessmentId: number;
  unitId: number;
  unitName: string;
  /** The item and rule (a deduction) or the veto rule, as the scheme names them. */
  label: string;
  /** hazard, accident or manual (a veto the office proposed). */
  source: string;
  sourceTitle: string | null;
};

const sourceTitle = (type: unknown, ref: unknown) => sql<string | null>`case ${type}
  when 'hazard' then (select h.title from ${hazards} h where h.id = ${ref})
  when 'accident' then (select a.title from ${accidents} a where a.id = ${ref}) end`;

/** Pending proposals on the year's assessments that are not final, in unit order. */
export async function listPendingProposals(db: Db, year: number): Promise<PendingProposal[]> {
  const open = and(eq(assessmentSchemes.year, year), ne(assessments.status, "final"));
  const [deductions, vetoes] = await Promise.all([
    db
      .select({
        id: deductionProposals.id,
        assessmentId: assessments.id,
        unitId: units.id,
        unitName: units.name,
        sortOrder: units.sortOrder,
        itemCode: schemeItems.code,
        ruleKey: deductionProposals.ruleKey,
        rules: schemeItems.deductionRules,
        source: deductionProposals.sourceType,
        sourceTitle: sourceTitle(deductionProposals.sourceType, deductionProposals.sourceId),
      })
      .from(deductionProposals)
      .innerJoin(assessments, eq(assessments.id, deductionProposals.assessmentId))
      .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
      .innerJoin(units, eq(units.id, assessments.unitId))
      .innerJoin(schemeItems, eq(schemeItems.id, deductionProposals.schemeItemId))
      .where(and(open, eq(deductionProposals.status, "proposed")))
      .orderBy(asc(units.sortOrder), asc(units.id), asc(deductionProposals.id)),
    db
      .select({
        id: vetoHits.id,
        assessmentId: assessments.id,
        unitId: units.id,
        unitName: units.name,
        sortOrder: units.sortOrder,
        ruleCode: schemeVetoRules.code,
        ruleName: schemeVetoRules.name,
        source: vetoHits.source,
        sourceTitle: sourceTitle(vetoHits.source, vetoHits.sourceRef),
      })
      .from(vetoHits)
      .innerJoin(assessments, eq(assessments.id, vetoHits.assessmentId))
      .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
      .innerJoin(units, eq(units.id, assessments.unitId))
      .innerJoin(schemeVetoRules, eq(schemeVetoRules.id, vetoHits.ruleId))
      .where(and(open, eq(vetoHits.status, "proposed")))
      .orderBy(asc(units.sortOrder), asc(units.id), asc(vetoHits.id)),
  ]);
  const rows = [
    ...deductions.map((d) => ({
      kind: "deduction" as const,
      ...d,
      label: `${d.itemCode} ${d.rules.find((r) => r.key === d.ruleKey)?.label ?? d.ruleKey}`,
    })),
    ...vetoes.map((v) => ({ kind: "veto" as const, ...v, label: `${v.ruleCode} ${v.ruleName}` })),
  ].sort(
    (a, b) =>
      a.sortOrder - b.sortOrder ||
      a.unitId - b.unitId ||
      (a.kind === b.kind ? a.id - b.id : a.kind === "deduction" ? -1 : 1),
  );
  return rows.map(({ kind, id, assessmentId, unitId, unitName, label, source, sourceTitle }) => ({
    kind,
    id,
    assessmentId,
    unitId,
    unitName,
    label,
    source,
    sourceTitle,
  }));
}
