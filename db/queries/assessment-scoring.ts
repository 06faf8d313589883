// What the scoring engine reads, loaded in a fixed number of queries whatever the number of units:
// the scheme (1 + 3 queries), then for the units' assessments their review counts, indicator values,
// bonus awards and confirmed vetoes (4 queries), then the assessments themselves (1 query).
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { ConfirmedVeto, IndicatorValue, SchemeDef, UnitInput, UnitResult } from "@/lib/assessment/score";
import { scoreUnit } from "@/lib/assessment/score";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import {
  assessments,
  assessmentSchemes,
  bonusAwards,
  indicators,
  indicatorValues,
  reviewScores,
  schemeCategories,
  schemeItems,
  schemeVetoRules,
  selfScores,
  vetoHits,
} from "../schema/assessment";
import { people } from "../schema/org";
import { units } from "../schema/org";
import { users } from "../schema/auth";

/** Statements `computeResults` runs, whatever the size of the organisation. */
export const COMPUTE_RESULTS_QUERY_COUNT = 9;

export async function getSchemeByYear(db: Db, year: number) {
  const [row] = await db.select().from(assessmentSchemes).where(eq(assessmentSchemes.year, year));
  return row;
}

export type SchemeContent = Awaited<ReturnType<typeof loadSchemeDef>>;

/** The scheme as the engine reads it, plus its rows for display. Three queries (four given an id). */
export async function loadSchemeDef(db: Db, schemeOrId: number | typeof assessmentSchemes.$inferSelect) {
  const scheme =
    typeof schemeOrId === "number"
      ? (await db.select().from(assessmentSchemes).where(eq(assessmentSchemes.id, schemeOrId)))[0]
      : schemeOrId;
  if (!scheme) throw new Error(`scheme ${String(schemeOrId)} not found`);
  const [categories, items, vetoRules] = await Promise.all([
    db.select().from(schemeCategories).where(eq(schemeCategories.schemeId, scheme.id)).orderBy(asc(schemeCategories.sortOrder), asc(schemeCategories.id)),
    db.select().from(schemeItems).where(eq(schemeItems.schemeId, scheme.id)).orderBy(asc(schemeItems.sortOrder), asc(schemeItems.id)),
    db.select().from(schemeVetoRules).where(eq(schemeVetoRules.schemeId, scheme.id)).orderBy(asc(schemeVetoRules.sortOrder), asc(schemeVetoRules.id)),
  ]);
  const categoryCode = new Map(categories.map((c) => [c.id, c.code]));
  const def: SchemeDef = {
    totalPoints: scheme.totalPoints,
    categories: categories.map((c) => ({ code: c.code, name: c.name, points: c.points })),
    items: items.map((i) => ({ id: i.id, code: i.code, categoryCode: categoryCode.get(i.categoryId) ?? "", maxPoints: i.maxPoints, rules: i.deductionRules })),
    bonusCap: scheme.bonusCap,
    bonusMode: scheme.bonusMode,
    bonusTiers: scheme.bonusTiers,
    bands: scheme.gradeBands,
  };
  return { def, categories, items, vetoRules };
}

/** Engine inputs per assessment id. Four queries, restricted to the given assessments when listed. */
export async function loadUnitInputs(db: Db, schemeId: number, assessmentIds?: number[]): Promise<Map<number, UnitInput>> {
  const only = (col: AnyPgColumn) => (assessmentIds ? inArray(col, assessmentIds.length ? assessmentIds : [-1]) : undefined);
  const [reviews, values, bonuses, vetoes] = await Promise.all([
    db
      .select({ assessmentId: reviewScores.assessmentId, itemId: reviewScores.itemId, counts: reviewScores.counts })
      .from(reviewScores)
      .innerJoin(assessments, eq(assessments.id, reviewScores.assessmentId))
      .where(and(eq(assessments.schemeId, schemeId), only(reviewScores.assessmentId))),
    db
      .select({
        assessmentId: assessments.id,
        code: indicators.code,
        target: indicatorValues.target,
        actual: indicatorValues.actual,
        direction: indicators.direction,
      })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .innerJoin(assessments, and(eq(assessments.unitId, indicatorValues.unitId), eq(assessments.schemeId, indicators.schemeId)))
      .where(and(eq(indicators.schemeId, schemeId), only(assessments.id))),
    db
      .select({ assessmentId: bonusAwards.assessmentId, tierKey: bonusAwards.tierKey })
      .from(bonusAwards)
      .innerJoin(assessments, eq(assessments.id, bonusAwards.assessmentId))
      .where(and(eq(assessments.schemeId, schemeId), only(bonusAwards.assessmentId)))
      .orderBy(asc(bonusAwards.id)),
    db
      .select({
        assessmentId: vetoHits.assessmentId,
        rule: schemeVetoRules.code,
        name: schemeVetoRules.name,
        effect: schemeVetoRules.effect,
        grade: schemeVetoRules.effectGrade,
        basis: vetoHits.basis,
        confirmedBy: sql<string | null>`coalesce(${people.name}, ${users.username})`,
      })
      .from(vetoHits)
      .innerJoin(assessments, eq(assessments.id, vetoHits.assessmentId))
      .innerJoin(schemeVetoRules, eq(schemeVetoRules.id, vetoHits.ruleId))
      .leftJoin(users, eq(users.id, vetoHits.confirmedBy))
      .leftJoin(people, eq(people.id, users.personId))
      .where(and(eq(assessments.schemeId, schemeId), eq(vetoHits.status, "confirmed"), only(vetoHits.assessmentId)))
      .orderBy(asc(vetoHits.confirmedAt), asc(vetoHits.id)),
  ]);
  const inputs = new Map<number, UnitInput>();
  const of = (id: number) => {
    let v = inputs.get(id);
    if (!v) inputs.set(id, (v = { counts: {}, indicators: {}, bonuses: [], vetoes: [] }));
    return v;
  };
  for (const id of assessmentIds ?? []) of(id);
  for (const r of reviews) of(r.assessmentId).counts[r.itemId] = r.counts;
  for (const r of values) of(r.assessmentId).indicators[r.code] = { target: r.target, actual: r.actual, direction: r.direction } satisfies IndicatorValue;
  for (const r of bonuses) of(r.assessmentId).bonuses.push(r.tierKey);
  for (const r of vetoes) {
    const { assessmentId, ...veto } = r;
    of(assessmentId).vetoes.push(veto satisfies ConfirmedVeto);
  }
  return inputs;
}

export type ComputedRow = {
  assessmentId: number;
  unitId: number;
  unitName: string;
  unitCode: string;
  group: string | null;
  kind: string;
  status: (typeof assessments.$inferSelect)["status"];
  version: number;
  selfTotal: number | null;
  result: UnitResult;
};

/** Every (or the listed) assessment of a year scored live by the engine. A fixed number of queries. */
export async function computeResults(db: Db, year: number, assessmentIds?: number[]) {
  const scheme = await getSchemeByYear(db, year);
  if (!scheme) return undefined;
  const [content, inputs, rows] = await Promise.all([
    loadSchemeDef(db, scheme),
    loadUnitInputs(db, scheme.id, assessmentIds),
    db
      .select({
        assessmentId: assessments.id,
        unitId: assessments.unitId,
        unitName: units.name,
        unitCode: units.code,
        group: units.group,
        kind: units.kind,
        status: assessments.status,
        version: assessments.version,
        selfTotal: sql<number | null>`(select sum(s.score)::float8 from ${selfScores} s where s.assessment_id = ${assessments.id})`,
      })
      .from(assessments)
      .innerJoin(units, eq(units.id, assessments.unitId))
      .where(and(eq(assessments.schemeId, scheme.id), assessmentIds ? inArray(assessments.id, assessmentIds.length ? assessmentIds : [-1]) : undefined))
      .orderBy(asc(units.sortOrder), asc(units.id)),
  ]);
  const empty: UnitInput = { counts: {}, indicators: {}, bonuses: [], vetoes: [] };
  const computed: ComputedRow[] = rows.map((r) => ({
    ...r,
    selfTotal: r.selfTotal == null ? null : Number(r.selfTotal),
    result: scoreUnit(content.def, inputs.get(r.assessmentId) ?? empty),
  }));
  return { scheme, def: content.def, content, rows: computed };
}
