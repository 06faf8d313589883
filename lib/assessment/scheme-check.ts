// Checks a scheme (考核方案) must pass: run on every save (a save may not add a problem) and before the
// committee approves (no problem at all). Plain data in, a list of message keys out; no database.
// Sums run in tenths of a point (integers), like the scoring engine, so 0.1 + 0.2 adds up to 0.3.
import type { BonusTier, DeductionRule, GradeBand, VetoEffect } from "./score";

export type SchemeProblem = {
  /** A message key under scheme.check.* */
  key: string;
  /** Where it is: totalPoints, categories.<code>.points, items.<code>.maxPoints, items.<code>.rules.<n>.indicator,
   * bands, bands.<n>.min, bonusCap, bonusTiers.<n>.points, vetoRules.<code>.effectGrade … */
  path?: string;
  params?: Record<string, string | number>;
};

export type CheckedScheme = {
  totalPoints: number;
  bonusCap: number;
  bonusTiers: BonusTier[];
  bands: GradeBand[];
  categories: { code: string; name: string; points: number }[];
  items: { code: string; categoryCode: string; maxPoints: number; rules: DeductionRule[] }[];
  vetoRules: { code: string; name: string; effect: VetoEffect; effectGrade: string | null }[];
  indicatorCodes: string[];
};

const tenths = (n: number) => Math.round(n * 10);
const points = (t: number) => t / 10;

function duplicates(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const k of keys) (seen.has(k) ? dup : seen).add(k);
  return dup;
}

function checkTotals(s: CheckedScheme, out: SchemeProblem[]) {
  if (!(tenths(s.totalPoints) > 0)) out.push({ key: "scheme.check.totalZero", path: "totalPoints" });
  const catSum = s.categories.reduce((a, c) => a + tenths(c.points), 0);
  if (catSum !== tenths(s.totalPoints)) {
    out.push({
      key: "scheme.check.totalMismatch",
      path: "totalPoints",
      params: { sum: points(catSum), total: s.totalPoints },
    });
  }
  for (const c of s.categories) {
    if (!(tenths(c.points) > 0))
      out.push({ key: "scheme.check.categoryZero", path: `categories.${c.code}.points`, params: { category: c.name } });
    const sum = s.items.filter((i) => i.categoryCode === c.code).reduce((a, i) => a + tenths(i.maxPoints), 0);
    if (sum !== tenths(c.points)) {
      out.push({
        key: "scheme.check.categoryMismatch",
        path: `categories.${c.code}.points`,
        params: { category: c.name, sum: points(sum), points: c.points },
      });
    }
  }
  const codes = new Set(s.categories.map((c) => c.code));
  for (const i of s.items) {
    if (!codes.has(i.categoryCode))
      out.push({ key: "scheme.check.itemCategory", path: `items.${i.code}.category`, params: { item: i.code } });
  }
}

function checkItems(s: CheckedScheme, out: SchemeProblem[]) {
  const indicators = new Set(s.indicatorCodes);
  for (const i of s.items) {
    if (!(tenths(i.maxPoints) > 0))
      out.push({ key: "scheme.check.itemMax", path: `items.${i.code}.maxPoints`, params: { item: i.code } });
    const dup = duplicates(i.rules.map((r) => r.key));
    i.rules.forEach((r, n) => {
      const at = `items.${i.code}.rules.${n}`;
      if (!(tenths(r.points) > 0))
        out.push({ key: "scheme.check.rulePoints", path: `${at}.points`, params: { item: i.code, rule: r.label } });
      if (r.kind === "per_percent_shortfall" && !(r.indicator && indicators.has(r.indicator))) {
        out.push({
          key: "scheme.check.ruleIndicator",
          path: `${at}.indicator`,
          params: { item: i.code, rule: r.label, indicator: r.indicator ?? "" },
        });
      }
      if (dup.has(r.key))
        out.push({ key: "scheme.check.ruleKey", path: `${at}.key`, params: { item: i.code, key: r.key } });
    });
  }
}

function checkBands(s: CheckedScheme, out: SchemeProblem[]) {
  const bands = s.bands;
  if (bands.length < 2) out.push({ key: "scheme.check.bandsFew", path: "bands" });
  for (const k of duplicates(bands.map((b) => b.key)))
    out.push({ key: "scheme.check.bandKey", path: "bands", params: { key: k } });
  bands.forEach((b, n) => {
    if (n > 0 && !(tenths(b.min) < tenths(bands[n - 1].min))) {
      out.push({
        key: "scheme.check.bandOrder",
        path: `bands.${n}.min`,
        params: { band: b.label, above: bands[n - 1].label },
      });
    }
  });
  const last = bands[bands.length - 1];
  if (last && (tenths(last.min) !== 0 || !last.inclusive))
    out.push({ key: "scheme.check.bandLast", path: `bands.${bands.length - 1}.min`, params: { band: last.label } });
}

function checkBonus(s: CheckedScheme, out: SchemeProblem[]) {
  if (!(s.bonusCap >= 0)) out.push({ key: "scheme.check.bonusCap", path: "bonusCap" });
  s.bonusTiers.forEach((t, n) => {
    if (!(tenths(t.points) > 0))
      out.push({ key: "scheme.check.tierPoints", path: `bonusTiers.${n}.points`, params: { tier: t.label } });
  });
  for (const k of duplicates(s.bonusTiers.map((t) => t.key)))
    out.push({ key: "scheme.check.tierKey", path: "bonusTiers", params: { key: k } });
}

function checkVetoes(s: CheckedScheme, out: SchemeProblem[]) {
  const keys = new Set(s.bands.map((b) => b.key));
  for (const v of s.vetoRules) {
    if (v.effectGrade && !keys.has(v.effectGrade)) {
      out.push({
        key: "scheme.check.vetoGrade",
        path: `vetoRules.${v.code}.effectGrade`,
        params: { rule: v.name, grade: v.effectGrade },
      });
    }
  }
}

/** Every problem of the scheme, in a stable order (totals, items, bands, bonus, vetoes). */
export function checkScheme(s: CheckedScheme): SchemeProblem[] {
  const out: SchemeProblem[] = [];
  checkTotals(s, out);
  checkItems(s, out);
  checkBands(s, out);
  checkBonus(s, out);
  checkVetoes(s, out);
  return out;
}

const identity = (p: SchemeProblem) => `${p.key}@${p.path ?? ""}`;

/** The sums a structural change (adding or removing a category or item) is expected to unbalance. */
export const SUM_KEYS = new Set(["scheme.check.totalMismatch", "scheme.check.categoryMismatch"]);

/**
 * Problems a save would add: those after it whose kind and place were not already a problem before it.
 * An edit of a balanced category that unbalances it is refused; editing inside a category that is already
 * being rebuilt is not. `tolerate` lets a structural change unbalance sums (they block approval instead).
 */
export function addedProblems(
  before: SchemeProblem[],
  after: SchemeProblem[],
  tolerate: (p: SchemeProblem) => boolean = () => false,
) {
  const had = new Set(before.map(identity));
  return after.filter((p) => !had.has(identity(p)) && !tolerate(p));
}
