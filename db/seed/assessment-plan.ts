// Turns a unit's plan for a year (assessment-data-rules.ts) into indicator actuals, review counts and self
// scores, deterministically (a seeded generator per unit and year). Pure planning: the engine scores the
// result and the seed writes the rows. Sums run in tenths so the plan lands on the intended totals.
import { itemScore, type IndicatorValue, type ItemDef } from "@/lib/assessment/score";
import type { CategorySpec, ItemSpec } from "./assessment-data";
import { INDICATORS, type UnitYearPlan } from "./assessment-data-rules";
import { prng } from "./demo";
import type { UnitGroup } from "./duty-templates";

export type PlanUnit = { code: string; group: UnitGroup | null; index: number };
export type PlannedValue = { code: string; target: number; actual: number | null };
export type PlannedItem = {
  counts: Record<string, number>;
  deduction: number;
  score: number;
  reason: string;
  self: { score: number; reason: string };
};
export type PlannedUnitYear = { values: PlannedValue[]; items: Map<string, PlannedItem> };

const T = (n: number) => Math.round(n * 10);
const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** Indicators set for a unit: those for every unit, and those for its group. */
export function indicatorsFor(group: UnitGroup | null) {
  return INDICATORS.filter((i) => i.groups.length === 0 || (group != null && i.groups.includes(group)));
}

const asDef = (it: ItemSpec): ItemDef => ({
  id: 0,
  code: it.code,
  categoryCode: "",
  maxPoints: it.max,
  rules: it.rules,
});

/** Points per percentage point that a shortfall on the indicator costs (one rule reads each indicator). */
function shortfallPoints(categories: CategorySpec[], code: string) {
  for (const c of categories)
    for (const it of c.items) for (const r of it.rules) if (r.indicator === code) return r.points;
  return 0;
}

export function planUnitYear(
  categories: CategorySpec[],
  unit: PlanUnit,
  /** Seeds the generator (the demo passes its story year, 2025 or 2026, so scores do not move with the clock). */
  year: number,
  plan: UnitYearPlan,
  /** `metTargets`: indicators whose actual is exactly their target, whatever the draw (the year's records
   * say so: last year's pledges were all signed). */
  opts: { actualsMissing: boolean; metTargets?: readonly string[] },
): PlannedUnitYear {
  const rand = prng(year * 100 + unit.index);
  const items = categories.flatMap((c) => c.items);

  // 1. Indicators: a share of the loss (at most 30 %) comes from shortfalls, the rest from findings.
  let budgetT = plan.exact ? 0 : Math.floor(T(plan.loss) * 0.3);
  const values: PlannedValue[] = indicatorsFor(unit.group).map((ind) => {
    const { target } = ind;
    if (opts.actualsMissing) return { code: ind.code, target, actual: null };
    const per = shortfallPoints(categories, ind.code);
    let gapT = rand(3) === 0 ? 0 : 1 + rand(30); // tenths of a percentage point
    // Drawn all the same, so the draws after it stay where they were.
    if (opts.metTargets?.includes(ind.code)) return { code: ind.code, target, actual: target };
    if (per > 0) gapT = Math.min(gapT, Math.floor(budgetT / per));
    budgetT -= Math.round(gapT * per);
    if (gapT > 0)
      return {
        code: ind.code,
        target,
        actual: ind.direction === "higher_better" ? (T(target) - gapT) / 10 : (T(target) + gapT) / 10,
      };
    // Met: at or better than the target.
    const room = ind.direction === "higher_better" ? T(100 - target) : T(target);
    const better = room > 0 ? rand(room + 1) : 0;
    return {
      code: ind.code,
      target,
      actual: ind.direction === "higher_better" ? (T(target) + better) / 10 : (T(target) - better) / 10,
    };
  });
  const indicators: Record<string, IndicatorValue> = Object.fromEntries(
    values.map((v) => [
      v.code,
      { target: v.target, actual: v.actual, direction: INDICATORS.find((i) => i.code === v.code)!.direction },
    ]),
  );

  // 2. Named faults, then findings spread over rules of at most 1 point, leaving each item at least 1 point.
  const counts = new Map(items.map((it) => [it.code, { ...(plan.faults?.[it.code] ?? {}) } as Record<string, number>]));
  const lost = (it: ItemSpec) => T(itemScore(asDef(it), counts.get(it.code), indicators).deduction);
  let remainingT = T(plan.loss) - items.reduce((s, it) => s + lost(it), 0);
  const applies = (it: ItemSpec) => !it.findingsIn || (unit.group != null && it.findingsIn.includes(unit.group));
  const candidates = items
    .filter(applies)
    .flatMap((it) => it.rules.filter((r) => r.kind === "per_occurrence" && r.points <= 1).map((r) => ({ it, r })));
  for (;;) {
    const fit = candidates.filter(({ it, r }) => T(r.points) <= remainingT && lost(it) + T(r.points) <= T(it.max) - 10);
    if (!fit.length) break;
    const { it, r } = fit[rand(fit.length)];
    const c = counts.get(it.code)!;
    c[r.key] = (c[r.key] ?? 0) + 1;
    remainingT -= T(r.points);
  }

  // 3. Scores, the review's reasons, and the unit's own (more generous) self scores.
  const planned = new Map<string, PlannedItem>();
  for (const it of items) {
    const c = Object.fromEntries(Object.entries(counts.get(it.code)!).filter(([, n]) => n > 0));
    const { deduction, score } = itemScore(asDef(it), c, indicators);
    const parts = it.rules.flatMap((r) => {
      if (r.kind === "per_occurrence") return c[r.key] ? [`${r.label}（${c[r.key]}次）`] : [];
      const v = values.find((x) => x.code === r.indicator);
      const ind = INDICATORS.find((i) => i.code === r.indicator)!;
      if (!v || v.actual == null) return [];
      const isShort = ind.direction === "higher_better" ? v.actual < v.target : v.actual > v.target;
      return isShort
        ? [`${ind.name}${fmt(v.actual)}%（目标${ind.direction === "higher_better" ? "≥" : "≤"}${fmt(v.target)}%）`]
        : [];
    });
    const pending = it.rules
      .filter((r) => r.indicator && values.some((v) => v.code === r.indicator && v.actual == null))
      .map((r) => `${INDICATORS.find((i) => i.code === r.indicator)!.name}实际值尚未报送，暂不扣分`);
    const reason = [
      deduction > 0 ? `${parts.join("；")}，扣${deduction}分` : "经查阅资料、现场检查，符合要求",
      ...pending,
    ].join("；");
    const d = T(deduction);
    const roll = rand(10);
    // Units own up to none, half (in whole points) or all of what the review finds, now and then to more.
    const selfT = d === 0 ? (roll === 0 && applies(it) ? 5 : 0) : roll < 5 ? 0 : roll < 8 ? Math.floor(d / 10) * 5 : d;
    const selfScore = (T(it.max) - Math.min(selfT, T(it.max))) / 10;
    const selfReason =
      selfT === 0
        ? "已按要求落实，佐证材料齐全"
        : `自查发现${(parts[0] ?? it.rules[0].label).replace(/（.*）$/, "")}，自扣${selfT / 10}分`;
    planned.set(it.code, { counts: c, deduction, score, reason, self: { score: selfScore, reason: selfReason } });
  }
  return { values, items: planned };
}
