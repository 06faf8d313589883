// The scoring engine (DESIGN §4 rule 2): plain functions over plain data, no database.
// item = max(0, max − Σ deductions) (扣完为止); total = Σ items + bonus (capped); grade by bands;
// confirmed vetoes then force, zero or cap, and the trace says which rule fired on what.
// Arithmetic runs in tenths of a point (integers) so 0.1 + 0.2 never drifts; results round to one decimal.

export type DeductionRule = {
  key: string;
  label: string;
  kind: "per_occurrence" | "per_percent_shortfall";
  /** Points per occurrence, or per percentage point short of the target. */
  points: number;
  /** Indicator code read for per_percent_shortfall. */
  indicator?: string;
};

export type ItemDef = { id: number; code: string; categoryCode: string; maxPoints: number; rules: DeductionRule[] };
export type CategoryDef = { code: string; name: string; points: number };
export type BonusTier = { key: string; label: string; points: number };
/** From the best grade down; a score belongs to the first band whose bound it meets. */
export type GradeBand = { key: string; label: string; min: number; inclusive: boolean };
export type VetoEffect = "force_grade" | "zero_score" | "cap_grade";

export type SchemeDef = {
  totalPoints: number;
  categories: CategoryDef[];
  items: ItemDef[];
  bonusCap: number;
  bonusMode: "sum" | "highest";
  bonusTiers: BonusTier[];
  bands: GradeBand[];
};

/** A rate indicator (in %) for the unit: target and actual. */
export type IndicatorValue = { target: number; actual: number | null; direction: "higher_better" | "lower_better" };

export type ConfirmedVeto = {
  rule: string;
  name: string;
  effect: VetoEffect;
  /** Grade key to force or cap to; defaults to the lowest band. */
  grade?: string | null;
  basis: string;
  confirmedBy: string | null;
};

export type UnitInput = {
  /** Occurrences per deduction rule key, per item id; items without an entry lose nothing. */
  counts: Record<number, Record<string, number>>;
  indicators: Record<string, IndicatorValue>;
  /** Tier keys awarded (one entry per commendation). */
  bonuses: string[];
  vetoes: ConfirmedVeto[];
};

export type ItemResult = { id: number; code: string; categoryCode: string; max: number; deduction: number; score: number };
export type VetoTrace = ConfirmedVeto & {
  before: { total: number; grade: string };
  after: { total: number; grade: string };
};
export type UnitResult = {
  items: ItemResult[];
  categories: { code: string; points: number; score: number }[];
  itemsTotal: number;
  bonus: number;
  /** Before any veto. */
  baseTotal: number;
  total: number;
  grade: string;
  vetoed: boolean;
  trace: VetoTrace[];
};

/** Half away from zero, as round1: a plain Math.round(n * 10) took 0.3 × 4.5 (1.3499999…) to 1.3. */
const tenths = (n: number) => Math.sign(n) * Math.round(Math.abs(n) * 10 + 1e-9);
const fromTenths = (t: number) => t / 10;

/** Round half away from zero to one decimal, as shown on every page and sheet. */
export function round1(n: number): number {
  return fromTenths(tenths(n));
}

/** Percentage points short of the target (never negative). An actual not yet entered deducts nothing:
 * the indicators page lists missing actuals, and the decision waits for review, not for this function. */
export function shortfall(v: IndicatorValue): number {
  if (v.actual == null) return 0;
  const gap = v.direction === "higher_better" ? v.target - v.actual : v.actual - v.target;
  return Math.max(0, gap);
}

/** The deduction one rule gives for a unit, in points (unrounded). */
export function ruleDeduction(rule: DeductionRule, count: number | undefined, indicators: Record<string, IndicatorValue>): number {
  if (rule.kind === "per_occurrence") return rule.points * Math.max(0, count ?? 0);
  const v = rule.indicator ? indicators[rule.indicator] : undefined;
  return v ? rule.points * shortfall(v) : 0;
}

/** 扣完为止: an item never goes below zero. */
export function itemScore(item: ItemDef, counts: Record<string, number> | undefined, indicators: Record<string, IndicatorValue>) {
  const deductionT = item.rules.reduce((sum, r) => sum + tenths(ruleDeduction(r, counts?.[r.key], indicators)), 0);
  const maxT = tenths(item.maxPoints);
  const scoreT = Math.max(0, maxT - deductionT);
  return { deduction: fromTenths(Math.min(deductionT, maxT)), score: fromTenths(scoreT) };
}

/** Bonus: each awarded tier's points, summed up to the cap, or the highest only (also capped). */
export function bonusTotal(tiers: BonusTier[], awarded: string[], cap: number, mode: "sum" | "highest"): number {
  const points = awarded.map((k) => tenths(tiers.find((t) => t.key === k)?.points ?? 0));
  const raw = mode === "sum" ? points.reduce((a, b) => a + b, 0) : Math.max(0, ...points);
  return fromTenths(Math.min(raw, tenths(cap)));
}

/** The first band (best first) whose lower bound the score meets: ≥ when inclusive, > when not. */
export function gradeFor(total: number, bands: GradeBand[]): string {
  const t = tenths(total);
  for (const b of bands) {
    const m = tenths(b.min);
    if (b.inclusive ? t >= m : t > m) return b.key;
  }
  return bands[bands.length - 1]?.key ?? "";
}

function gradeIndex(bands: GradeBand[], key: string): number {
  const i = bands.findIndex((b) => b.key === key);
  return i < 0 ? bands.length - 1 : i;
}

/**
 * Apply confirmed vetoes in order, each traced. force_grade sets the rule's grade (default the lowest);
 * cap_grade lets the grade be no better than the rule's; zero_score sets the total to 0 and grades it.
 * A veto never improves an outcome: when a rule's grade is better than the current one, the current stays.
 */
export function applyVetoes(total: number, grade: string, vetoes: ConfirmedVeto[], bands: GradeBand[]) {
  const lowest = bands[bands.length - 1]?.key ?? grade;
  const worse = (a: string, b: string) => (gradeIndex(bands, a) >= gradeIndex(bands, b) ? a : b);
  let cur = { total, grade };
  const trace: VetoTrace[] = [];
  for (const v of vetoes) {
    const before = { ...cur };
    if (v.effect === "zero_score") cur = { total: 0, grade: worse(gradeFor(0, bands), cur.grade) };
    // An unknown grade key counts as the lowest band, by that band's key (so it always has a label).
    else cur = { total: cur.total, grade: worse(bands[gradeIndex(bands, v.grade ?? lowest)]?.key ?? lowest, cur.grade) };
    trace.push({ ...v, before, after: { ...cur } });
  }
  return { ...cur, trace };
}

export function scoreUnit(scheme: SchemeDef, input: UnitInput): UnitResult {
  const items: ItemResult[] = scheme.items.map((it) => {
    const { deduction, score } = itemScore(it, input.counts[it.id], input.indicators);
    return { id: it.id, code: it.code, categoryCode: it.categoryCode, max: it.maxPoints, deduction, score };
  });
  const categories = scheme.categories.map((c) => ({
    code: c.code,
    points: c.points,
    score: fromTenths(items.filter((i) => i.categoryCode === c.code).reduce((s, i) => s + tenths(i.score), 0)),
  }));
  const itemsTotalT = items.reduce((s, i) => s + tenths(i.score), 0);
  const bonus = bonusTotal(scheme.bonusTiers, input.bonuses, scheme.bonusCap, scheme.bonusMode);
  const baseTotal = fromTenths(itemsTotalT + tenths(bonus));
  const baseGrade = gradeFor(baseTotal, scheme.bands);
  const vetoed = applyVetoes(baseTotal, baseGrade, input.vetoes, scheme.bands);
  return {
    items,
    categories,
    itemsTotal: fromTenths(itemsTotalT),
    bonus,
    baseTotal,
    total: vetoed.total,
    grade: vetoed.grade,
    vetoed: input.vetoes.length > 0,
    trace: vetoed.trace,
  };
}

/** Rank by total, best first; vetoed units after all others; equal totals share a rank (1, 2, 2, 4). */
export function rank<T extends { total: number; vetoed: boolean }>(results: T[]): (T & { rank: number })[] {
  const key = (r: T) => (r.vetoed ? -1e6 : 0) + tenths(r.total);
  const sorted = [...results].sort((a, b) => key(b) - key(a));
  let prevKey: number | null = null;
  let prevRank = 0;
  return sorted.map((r, i) => {
    const k = key(r);
    const rk = k === prevKey ? prevRank : i + 1;
    prevKey = k;
    prevRank = rk;
    return { ...r, rank: rk };
  });
}
