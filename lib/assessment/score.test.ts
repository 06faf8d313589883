// The scoring engine on the cases the committee relies on: 扣完为止, indicator shortfalls, bonus caps,
// band boundaries, each veto effect with its trace, one-decimal rounding and the ranking.
import { describe, expect, it } from "vitest";
import {
  applyVetoes,
  bonusTotal,
  gradeFor,
  itemScore,
  rank,
  round1,
  ruleDeduction,
  scoreUnit,
  shortfall,
  type ConfirmedVeto,
  type GradeBand,
  type ItemDef,
  type SchemeDef,
  type UnitInput,
} from "./score";

const BANDS: GradeBand[] = [
  { key: "excellent", label: "优秀", min: 90, inclusive: true },
  { key: "good", label: "良好", min: 80, inclusive: true },
  { key: "pass", label: "合格", min: 60, inclusive: true },
  { key: "fail", label: "不合格", min: 0, inclusive: true },
];
const TIERS = [
  { key: "national", label: "国家级表彰", points: 3 },
  { key: "provincial", label: "省级表彰", points: 2 },
  { key: "municipal", label: "市级表彰", points: 1 },
];

const meeting: ItemDef = {
  id: 1,
  code: "1.1",
  categoryCode: "org",
  maxPoints: 4,
  rules: [
    { key: "missed", label: "少研究一次", kind: "per_occurrence", points: 1 },
    { key: "minutes", label: "无会议记录", kind: "per_occurrence", points: 0.5 },
  ],
};
const training: ItemDef = {
  id: 2,
  code: "5.1",
  categoryCode: "edu",
  maxPoints: 4,
  rules: [{ key: "rate", label: "覆盖率不足", kind: "per_percent_shortfall", points: 0.5, indicator: "TRAIN" }],
};
const overdue: ItemDef = {
  id: 3,
  code: "4.2",
  categoryCode: "hazard",
  maxPoints: 6,
  rules: [{ key: "late", label: "超期率超标", kind: "per_percent_shortfall", points: 1, indicator: "OVERDUE" }],
};

const veto = (over: Partial<ConfirmedVeto> = {}): ConfirmedVeto => ({
  rule: "V2",
  name: "事故迟报、漏报、谎报、瞒报",
  effect: "force_grade",
  basis: "2025-08-14 电梯困人伤害事故超过1小时才上报",
  confirmedBy: "欧阳晓雯",
  ...over,
});

describe("itemScore: 扣完为止", () => {
  it("deducts per occurrence and keeps the rest", () => {
    expect(itemScore(meeting, { missed: 1, minutes: 1 }, {})).toEqual({ deduction: 1.5, score: 2.5 });
  });
  it("loses nothing without counts, and ignores negative counts", () => {
    expect(itemScore(meeting, undefined, {})).toEqual({ deduction: 0, score: 4 });
    expect(itemScore(meeting, { missed: -3 }, {})).toEqual({ deduction: 0, score: 4 });
  });
  it("never goes below zero when the deductions exceed the maximum; the deduction shown is capped at the maximum", () => {
    expect(itemScore(meeting, { missed: 3, minutes: 4 }, {})).toEqual({ deduction: 4, score: 0 });
    expect(itemScore(meeting, { missed: 99 }, {})).toEqual({ deduction: 4, score: 0 });
  });
  it("reaches exactly zero when the deductions equal the maximum", () => {
    expect(itemScore(meeting, { missed: 2, minutes: 4 }, {})).toEqual({ deduction: 4, score: 0 });
  });
});

describe("per_percent_shortfall", () => {
  it("higher_better: deducts per percentage point below the target, nothing at or above it", () => {
    const at = (actual: number | null) => ({ TRAIN: { target: 95, actual, direction: "higher_better" as const } });
    expect(itemScore(training, undefined, at(91))).toEqual({ deduction: 2, score: 2 });
    expect(itemScore(training, undefined, at(95))).toEqual({ deduction: 0, score: 4 });
    expect(itemScore(training, undefined, at(100))).toEqual({ deduction: 0, score: 4 });
    // 扣完为止 applies to shortfalls too.
    expect(itemScore(training, undefined, at(50))).toEqual({ deduction: 4, score: 0 });
  });
  it("lower_better: deducts per point above the target, nothing at or below it", () => {
    const at = (actual: number | null) => ({ OVERDUE: { target: 5, actual, direction: "lower_better" as const } });
    expect(itemScore(overdue, undefined, at(8))).toEqual({ deduction: 3, score: 3 });
    expect(itemScore(overdue, undefined, at(5))).toEqual({ deduction: 0, score: 6 });
    expect(itemScore(overdue, undefined, at(0))).toEqual({ deduction: 0, score: 6 });
    expect(itemScore(overdue, undefined, at(40))).toEqual({ deduction: 6, score: 0 });
  });
  it("deducts nothing for an actual not yet entered, or an indicator the unit does not have", () => {
    expect(shortfall({ target: 95, actual: null, direction: "higher_better" })).toBe(0);
    expect(shortfall({ target: 5, actual: null, direction: "lower_better" })).toBe(0);
    expect(
      itemScore(training, undefined, { TRAIN: { target: 95, actual: null, direction: "higher_better" } }).score,
    ).toBe(4);
    expect(itemScore(training, undefined, {}).score).toBe(4);
    expect(ruleDeduction({ key: "x", label: "x", kind: "per_percent_shortfall", points: 1 }, 3, {})).toBe(0);
  });
  it("counts fractional shortfalls to one decimal, halves away from zero", () => {
    const at = (points: number, target: number, actual: number) =>
      itemScore({ ...training, rules: [{ ...training.rules[0], points }] }, undefined, {
        TRAIN: { target, actual, direction: "higher_better" },
      }).deduction;
    expect(at(1, 95, 92.7)).toBe(2.3);
    // 95 − 92.15 is 2.8499999… in floating point: still 2.85 → 2.9.
    expect(at(1, 95, 92.15)).toBe(2.9);
    // 0.3 × 4.5 is 1.3499999… in floating point: still 1.35 → 1.4, as round1 shows it.
    expect(at(0.3, 100, 95.5)).toBe(1.4);
    expect(at(0.3, 100, 95.5)).toBe(round1(0.3 * 4.5));
    expect(at(0.5, 100, 97.1)).toBe(1.5);
  });
  it("sums the rules of one item before capping", () => {
    const both: ItemDef = {
      ...overdue,
      rules: [...overdue.rules, { key: "n", label: "未销号", kind: "per_occurrence", points: 2 }],
    };
    const ind = { OVERDUE: { target: 5, actual: 7.5, direction: "lower_better" as const } };
    expect(itemScore(both, { n: 1 }, ind)).toEqual({ deduction: 4.5, score: 1.5 });
    expect(itemScore(both, { n: 2 }, ind)).toEqual({ deduction: 6, score: 0 });
  });
});

describe("bonusTotal", () => {
  it("sums the tiers awarded, one entry per commendation", () => {
    expect(bonusTotal(TIERS, [], 5, "sum")).toBe(0);
    expect(bonusTotal(TIERS, ["municipal", "municipal"], 5, "sum")).toBe(2);
    expect(bonusTotal(TIERS, ["national", "municipal"], 5, "sum")).toBe(4);
  });
  it("caps the sum", () => {
    expect(bonusTotal(TIERS, ["national", "provincial"], 5, "sum")).toBe(5);
    expect(bonusTotal(TIERS, ["national", "provincial", "municipal"], 5, "sum")).toBe(5);
    expect(bonusTotal(TIERS, ["national", "national"], 5, "sum")).toBe(5);
  });
  it("counts the highest only in highest mode, also capped", () => {
    expect(bonusTotal(TIERS, ["municipal", "national", "provincial"], 5, "highest")).toBe(3);
    expect(bonusTotal(TIERS, ["national"], 2.5, "highest")).toBe(2.5);
    expect(bonusTotal(TIERS, [], 5, "highest")).toBe(0);
  });
  it("ignores a tier key the scheme does not have", () => {
    expect(bonusTotal(TIERS, ["world"], 5, "sum")).toBe(0);
  });
  it("adds tenths without drift", () => {
    const t = [
      { key: "a", label: "a", points: 0.1 },
      { key: "b", label: "b", points: 0.2 },
    ];
    expect(bonusTotal(t, ["a", "b"], 5, "sum")).toBe(0.3);
  });
});

describe("gradeFor: band boundaries", () => {
  it("inclusive bound: 90.0 is 优秀, 89.9 良好", () => {
    expect(gradeFor(90, BANDS)).toBe("excellent");
    expect(gradeFor(89.9, BANDS)).toBe("good");
    expect(gradeFor(80, BANDS)).toBe("good");
    expect(gradeFor(79.9, BANDS)).toBe("pass");
    expect(gradeFor(60, BANDS)).toBe("pass");
    expect(gradeFor(59.9, BANDS)).toBe("fail");
    expect(gradeFor(0, BANDS)).toBe("fail");
    expect(gradeFor(105, BANDS)).toBe("excellent");
  });
  it("exclusive bound: 90.0 is 良好, 90.1 优秀", () => {
    const ex = BANDS.map((b) => (b.key === "excellent" ? { ...b, inclusive: false } : b));
    expect(gradeFor(90, ex)).toBe("good");
    expect(gradeFor(90.1, ex)).toBe("excellent");
  });
  it("compares in tenths, so a sum like 89.7 + 0.3 meets 90", () => {
    expect(gradeFor(89.7 + 0.3, BANDS)).toBe("excellent");
  });
  it("falls to the last band when no bound is met, and any number of bands works", () => {
    const two: GradeBand[] = [
      { key: "ok", label: "称职", min: 70, inclusive: true },
      { key: "ko", label: "不称职", min: 50, inclusive: true },
    ];
    expect(gradeFor(30, two)).toBe("ko");
    expect(gradeFor(70, two)).toBe("ok");
  });
});

describe("applyVetoes", () => {
  it("force_grade defaults to the lowest band and keeps the score", () => {
    const r = applyVetoes(95, "excellent", [veto()], BANDS);
    expect(r.total).toBe(95);
    expect(r.grade).toBe("fail");
  });
  it("force_grade to a named grade", () => {
    expect(applyVetoes(95, "excellent", [veto({ grade: "pass" })], BANDS).grade).toBe("pass");
  });
  it("zero_score sets the total to 0 and grades it", () => {
    const r = applyVetoes(88.5, "good", [veto({ effect: "zero_score" })], BANDS);
    expect(r).toMatchObject({ total: 0, grade: "fail" });
  });
  it("cap_grade lowers a better grade to the cap and leaves a worse one alone", () => {
    const cap = veto({ rule: "V7", name: "被上级通报批评", effect: "cap_grade", grade: "pass" });
    expect(applyVetoes(93, "excellent", [cap], BANDS)).toMatchObject({ total: 93, grade: "pass" });
    expect(applyVetoes(55, "fail", [cap], BANDS)).toMatchObject({ total: 55, grade: "fail" });
  });
  it("never improves an outcome: forcing 合格 on a unit already 不合格 keeps 不合格", () => {
    expect(applyVetoes(50, "fail", [veto({ grade: "pass" })], BANDS).grade).toBe("fail");
  });
  it("with several vetoes the worst wins, in either order", () => {
    const cap = veto({ rule: "V7", effect: "cap_grade", grade: "pass" });
    const force = veto({ rule: "V1", effect: "force_grade" });
    expect(applyVetoes(95, "excellent", [cap, force], BANDS).grade).toBe("fail");
    expect(applyVetoes(95, "excellent", [force, cap], BANDS).grade).toBe("fail");
    const zero = veto({ rule: "V6", effect: "zero_score" });
    expect(applyVetoes(95, "excellent", [cap, zero], BANDS)).toMatchObject({ total: 0, grade: "fail" });
    expect(applyVetoes(95, "excellent", [zero, cap], BANDS)).toMatchObject({ total: 0, grade: "fail" });
  });
  it("traces each rule with what it fired on and the outcome before and after", () => {
    const cap = veto({ rule: "V7", name: "被上级通报批评", effect: "cap_grade", grade: "pass", basis: "市安委会通报" });
    const zero = veto({
      rule: "V6",
      name: "弄虚作假",
      effect: "zero_score",
      basis: "伪造培训签到表",
      confirmedBy: null,
    });
    const r = applyVetoes(92.5, "excellent", [cap, zero], BANDS);
    expect(r.trace).toEqual([
      { ...cap, before: { total: 92.5, grade: "excellent" }, after: { total: 92.5, grade: "pass" } },
      { ...zero, before: { total: 92.5, grade: "pass" }, after: { total: 0, grade: "fail" } },
    ]);
  });
  it("leaves the outcome alone with no veto", () => {
    expect(applyVetoes(92.5, "excellent", [], BANDS)).toEqual({ total: 92.5, grade: "excellent", trace: [] });
  });
  it("treats an unknown grade key as the lowest", () => {
    expect(applyVetoes(95, "excellent", [veto({ grade: "nope" })], BANDS).grade).toBe("fail");
  });
});

describe("round1", () => {
  it("rounds half away from zero to one decimal, as shown", () => {
    expect(round1(7.25)).toBe(7.3);
    expect(round1(7.24)).toBe(7.2);
    expect(round1(1.35)).toBe(1.4);
    expect(round1(0.1 + 0.2)).toBe(0.3);
    expect(round1(-7.25)).toBe(-7.3);
    expect(round1(0)).toBe(0);
    expect(round1(89.95)).toBe(90);
  });
});

const SCHEME: SchemeDef = {
  totalPoints: 14,
  categories: [
    { code: "org", name: "组织领导", points: 4 },
    { code: "edu", name: "教育培训", points: 4 },
    { code: "hazard", name: "隐患治理", points: 6 },
  ],
  items: [meeting, training, overdue],
  bonusCap: 5,
  bonusMode: "sum",
  bonusTiers: TIERS,
  // Bands scaled to a 14-point scheme.
  bands: [
    { key: "excellent", label: "优秀", min: 12.6, inclusive: true },
    { key: "good", label: "良好", min: 11.2, inclusive: true },
    { key: "pass", label: "合格", min: 8.4, inclusive: true },
    { key: "fail", label: "不合格", min: 0, inclusive: true },
  ],
};
const input = (over: Partial<UnitInput> = {}): UnitInput => ({
  counts: {},
  indicators: {},
  bonuses: [],
  vetoes: [],
  ...over,
});

describe("scoreUnit", () => {
  it("sums items per category and overall, adds the capped bonus, grades the total", () => {
    const r = scoreUnit(
      SCHEME,
      input({
        counts: { 1: { minutes: 1 } },
        indicators: { TRAIN: { target: 95, actual: 94.7, direction: "higher_better" } },
        bonuses: ["municipal"],
      }),
    );
    expect(r.items.map((i) => [i.code, i.max, i.deduction, i.score])).toEqual([
      ["1.1", 4, 0.5, 3.5],
      ["5.1", 4, 0.2, 3.8], // 0.5 × 0.3 = 0.15 → 0.2
      ["4.2", 6, 0, 6],
    ]);
    expect(r.categories).toEqual([
      { code: "org", points: 4, score: 3.5 },
      { code: "edu", points: 4, score: 3.8 },
      { code: "hazard", points: 6, score: 6 },
    ]);
    expect(r).toMatchObject({
      itemsTotal: 13.3,
      bonus: 1,
      baseTotal: 14.3,
      total: 14.3,
      grade: "excellent",
      vetoed: false,
      trace: [],
    });
  });
  it("adds tenths without floating-point drift (0.1 + 0.2 style sums)", () => {
    const tenthsScheme: SchemeDef = {
      ...SCHEME,
      categories: [{ code: "c", name: "c", points: 0.3 }],
      items: [
        { id: 10, code: "a", categoryCode: "c", maxPoints: 0.1, rules: [] },
        { id: 11, code: "b", categoryCode: "c", maxPoints: 0.2, rules: [] },
      ],
    };
    const r = scoreUnit(tenthsScheme, input());
    expect(r.categories[0].score).toBe(0.3);
    expect(r.itemsTotal).toBe(0.3);
  });
  it("a confirmed veto forces the grade whatever the score, and the result says so", () => {
    const r = scoreUnit(SCHEME, input({ bonuses: ["national"], vetoes: [veto()] }));
    expect(r.baseTotal).toBe(17);
    expect(r.total).toBe(17);
    expect(r.grade).toBe("fail");
    expect(r.vetoed).toBe(true);
    expect(r.trace).toHaveLength(1);
    expect(r.trace[0]).toMatchObject({
      rule: "V2",
      before: { total: 17, grade: "excellent" },
      after: { total: 17, grade: "fail" },
    });
  });
  it("zero_score keeps the base total for the record", () => {
    const r = scoreUnit(SCHEME, input({ vetoes: [veto({ effect: "zero_score" })] }));
    expect(r).toMatchObject({ baseTotal: 14, total: 0, grade: "fail", vetoed: true });
  });
});

describe("rank", () => {
  const row = (name: string, total: number, vetoed = false) => ({ name, total, vetoed });
  it("ranks best first; equal totals share a rank and the next rank skips (1, 2, 2, 4)", () => {
    const r = rank([row("a", 85), row("b", 92), row("c", 85), row("d", 70)]);
    expect(r.map((x) => [x.name, x.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
      ["d", 4],
    ]);
  });
  it("puts vetoed units after all others whatever their totals", () => {
    const r = rank([row("v", 97, true), row("a", 61), row("b", 88), row("w", 40, true)]);
    expect(r.map((x) => [x.name, x.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["v", 3],
      ["w", 4],
    ]);
  });
  it("vetoed units with equal totals share a rank too, and the input is not reordered", () => {
    const input = [row("v", 80, true), row("w", 80, true), row("a", 90)];
    const r = rank(input);
    expect(r.map((x) => x.rank)).toEqual([1, 2, 2]);
    expect(input.map((x) => x.name)).toEqual(["v", "w", "a"]);
  });
  it("treats totals equal to one decimal as ties (0.1 + 0.2 vs 0.3)", () => {
    const r = rank([row("a", 0.1 + 0.2), row("b", 0.3)]);
    expect(r.map((x) => x.rank)).toEqual([1, 1]);
  });
});
