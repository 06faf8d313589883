// The demo's two assessment years planned unit by unit (assessment-plan.ts), and last year scored and ranked
// by the engine with its one confirmed veto, as the committee's decision stored it.
import { rank, scoreUnit, type ConfirmedVeto, type IndicatorValue, type UnitResult } from "@/lib/assessment/score";
import type { AssessmentResultJson } from "../schema";
import { CATEGORIES } from "./assessment-data";
import * as R from "./assessment-data-rules";
import { planUnitYear, type PlannedItem, type PlannedValue } from "./assessment-plan";
import type { SchemeRows, Year } from "./assessment-scheme";
import type { UnitGroup } from "./duty-templates";

/** This year: the unit the e2e test self-assesses; still open. */
export const OPEN_THIS_YEAR = "SEC-QUALITY";

export type AssessedUnit = { id: number; code: string; group: UnitGroup | null; index: number };
export type UnitYear = {
  unit: AssessedUnit;
  year: Year;
  values: PlannedValue[];
  /** Per item code; null while the unit has not started (open). */
  items: Map<string, PlannedItem> | null;
  bonuses: [tier: string, reason: string][];
  /** Last year only: the engine's result and the rank among the year's units. */
  result: UnitResult | null;
  rank: number | null;
};

/** The engine's result as stored on a decided assessment (the AssessmentResultJson snapshot). */
export function resultJson(r: UnitResult): AssessmentResultJson {
  return {
    itemsTotal: r.itemsTotal,
    bonus: r.bonus,
    baseTotal: r.baseTotal,
    total: r.total,
    grade: r.grade,
    vetoed: r.vetoed,
    categories: r.categories.map((c) => ({ code: c.code, score: c.score, points: c.points })),
    trace: r.trace.map(({ rule, name, effect, basis, confirmedBy, before, after }) => ({
      rule,
      name,
      effect,
      basis,
      confirmedBy,
      before,
      after,
    })),
  };
}

/** Plans a demo year; `closed`: last year (else this year, in progress). The plan's random draws follow the
 * story year (2025 or 2026), so the scores are the same whatever the calendar year. */
export function planYear(year: Year, closed: boolean, assessed: AssessedUnit[]): UnitYear[] {
  const plans = closed ? R.PLAN_LAST_YEAR(year) : R.PLAN_THIS_YEAR(year);
  const storyYear = closed ? 2025 : 2026;
  return assessed.map((unit) => {
    const isOpen = !closed && unit.code === OPEN_THIS_YEAR;
    const plan = plans[unit.code];
    if (!plan && !isOpen) throw new Error(`assessment seed: no ${year} plan for ${unit.code}`);
    const missing = !closed && R.ACTUALS_MISSING_THIS_YEAR.includes(unit.code);
    const p = planUnitYear(CATEGORIES, unit, storyYear, plan ?? { loss: 0 }, {
      actualsMissing: missing,
      metTargets: closed ? R.MET_LAST_YEAR : [],
    });
    return {
      unit,
      year,
      values: p.values,
      items: isOpen ? null : p.items,
      bonuses: plan?.bonuses ?? [],
      result: null,
      rank: null,
    };
  });
}

/** Scores a closed year with the engine and ranks it; the one planned veto is confirmed. */
export function scoreYear(rows: UnitYear[], scheme: SchemeRows, confirmedBy: string) {
  const direction = new Map(R.INDICATORS.map((i) => [i.code, i.direction]));
  const rule = R.VETO_RULES.find((v) => v.code === R.VETO_LAST_YEAR.rule)!;
  for (const r of rows) {
    const vetoes: ConfirmedVeto[] =
      r.unit.code === R.VETO_LAST_YEAR.unit
        ? [
            {
              rule: rule.code,
              name: rule.name,
              effect: rule.effect,
              grade: rule.effectGrade,
              basis: R.VETO_LAST_YEAR.basis(r.year),
              confirmedBy,
            },
          ]
        : [];
    const indicators: Record<string, IndicatorValue> = Object.fromEntries(
      r.values.map((v) => [v.code, { target: v.target, actual: v.actual, direction: direction.get(v.code)! }]),
    );
    const counts = Object.fromEntries([...r.items!].map(([code, it]) => [scheme.itemId.get(code)!, it.counts]));
    r.result = scoreUnit(scheme.def, { counts, indicators, bonuses: r.bonuses.map(([k]) => k), vetoes });
  }
  const ranks = rank(rows.map((r) => ({ id: r.unit.id, total: r.result!.total, vetoed: r.result!.vetoed })));
  for (const x of ranks) rows.find((r) => r.unit.id === x.id)!.rank = x.rank;
}
