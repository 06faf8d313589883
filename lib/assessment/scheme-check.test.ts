import { describe, expect, it } from "vitest";
import { addedProblems, checkScheme, SUM_KEYS, type CheckedScheme } from "./scheme-check";

const BANDS = [
  { key: "excellent", label: "优秀", min: 90, inclusive: true },
  { key: "good", label: "良好", min: 80, inclusive: true },
  { key: "pass", label: "合格", min: 60, inclusive: true },
  { key: "fail", label: "不合格", min: 0, inclusive: true },
];

function scheme(over: Partial<CheckedScheme> = {}): CheckedScheme {
  return {
    totalPoints: 100,
    bonusCap: 5,
    bonusTiers: [
      { key: "national", label: "国家级表彰", points: 3 },
      { key: "city", label: "市级表彰", points: 1 },
    ],
    bands: BANDS,
    categories: [
      { code: "C1", name: "组织领导", points: 30.5 },
      { code: "C2", name: "隐患治理", points: 69.5 },
    ],
    items: [
      {
        code: "C1-01",
        categoryCode: "C1",
        maxPoints: 10.2,
        rules: [{ key: "r1", label: "未开会", kind: "per_occurrence", points: 1 }],
      },
      { code: "C1-02", categoryCode: "C1", maxPoints: 20.3, rules: [] },
      {
        code: "C2-01",
        categoryCode: "C2",
        maxPoints: 69.5,
        rules: [
          { key: "r1", label: "整改率不足", kind: "per_percent_shortfall", points: 0.5, indicator: "rectify_rate" },
        ],
      },
    ],
    vetoRules: [{ code: "V1", name: "迟报事故", effect: "force_grade", effectGrade: "fail" }],
    indicatorCodes: ["rectify_rate"],
    ...over,
  };
}

const keys = (s: CheckedScheme) => checkScheme(s).map((p) => p.key);

describe("checkScheme", () => {
  it("passes a balanced scheme (sums in tenths: 10.2 + 20.3 = 30.5 exactly)", () => {
    expect(checkScheme(scheme())).toEqual([]);
  });

  it("finds categories that do not add up to the total, with both figures", () => {
    const s = scheme({
      categories: [
        { code: "C1", name: "组织领导", points: 30.5 },
        { code: "C2", name: "隐患治理", points: 70 },
      ],
    });
    expect(checkScheme(s)).toContainEqual({
      key: "scheme.check.totalMismatch",
      path: "totalPoints",
      params: { sum: 100.5, total: 100 },
    });
  });

  it("finds a category whose items do not add up to its points", () => {
    const s = scheme();
    s.items[1] = { ...s.items[1], maxPoints: 21 };
    expect(checkScheme(s)).toEqual([
      {
        key: "scheme.check.categoryMismatch",
        path: "categories.C1.points",
        params: { category: "组织领导", sum: 31.2, points: 30.5 },
      },
    ]);
  });

  it("an empty scheme: no categories against a total of 100", () => {
    expect(keys(scheme({ categories: [], items: [], vetoRules: [] }))).toEqual(["scheme.check.totalMismatch"]);
  });

  it("refuses items without points, and items in a category that does not exist", () => {
    const s = scheme({ totalPoints: 100 });
    s.items.push({ code: "C1-03", categoryCode: "C1", maxPoints: 0, rules: [] });
    s.items.push({ code: "C9-01", categoryCode: "C9", maxPoints: 0.1, rules: [] });
    const p = checkScheme(s);
    expect(p).toContainEqual({ key: "scheme.check.itemMax", path: "items.C1-03.maxPoints", params: { item: "C1-03" } });
    expect(p).toContainEqual({
      key: "scheme.check.itemCategory",
      path: "items.C9-01.category",
      params: { item: "C9-01" },
    });
  });

  it("checks deduction rules: points above zero, an existing indicator, unique keys", () => {
    const s = scheme();
    s.items[0].rules = [
      { key: "r1", label: "未开会", kind: "per_occurrence", points: 0 },
      { key: "r1", label: "未记录", kind: "per_occurrence", points: 1 },
    ];
    s.items[2].rules = [
      { key: "r1", label: "整改率不足", kind: "per_percent_shortfall", points: 1, indicator: "nope" },
    ];
    const p = checkScheme(s);
    expect(p.map((x) => x.path)).toEqual([
      "items.C1-01.rules.0.points",
      "items.C1-01.rules.0.key",
      "items.C1-01.rules.1.key",
      "items.C2-01.rules.0.indicator",
    ]);
    expect(p[3]).toMatchObject({ key: "scheme.check.ruleIndicator", params: { indicator: "nope" } });
    s.items[2].rules = [{ key: "r1", label: "整改率不足", kind: "per_percent_shortfall", points: 1 }];
    expect(keys(s)).toContain("scheme.check.ruleIndicator");
  });

  it("checks grade bands: at least two, unique keys, strictly descending, the last is ≥ 0", () => {
    expect(keys(scheme({ bands: [{ key: "fail", label: "不合格", min: 0, inclusive: true }] }))).toEqual([
      "scheme.check.bandsFew",
    ]);
    expect(keys(scheme({ bands: [BANDS[0], { ...BANDS[1], key: "excellent" }, BANDS[3]] }))).toEqual([
      "scheme.check.bandKey",
    ]);
    // Equal bounds are not strictly descending, even when one is inclusive and the other not.
    const p = checkScheme(scheme({ bands: [BANDS[0], { ...BANDS[1], min: 90, inclusive: false }, BANDS[3]] }));
    expect(p).toEqual([
      { key: "scheme.check.bandOrder", path: "bands.1.min", params: { band: "良好", above: "优秀" } },
    ]);
    expect(keys(scheme({ bands: [BANDS[0], { ...BANDS[3], min: 0, inclusive: false }] }))).toEqual([
      "scheme.check.bandLast",
    ]);
    expect(keys(scheme({ bands: [BANDS[0], { ...BANDS[3], min: 10 }] }))).toEqual(["scheme.check.bandLast"]);
    // 60.1 above 60 is fine: one decimal is meaningful.
    expect(
      keys(scheme({ bands: [BANDS[0], { ...BANDS[2], min: 60.1 }, { ...BANDS[2], key: "p2", min: 60 }, BANDS[3]] })),
    ).toEqual([]);
  });

  it("checks the bonus: cap not negative, tiers' points above zero, unique tier keys", () => {
    const p = checkScheme(
      scheme({
        bonusCap: -1,
        bonusTiers: [
          { key: "a", label: "甲", points: 0 },
          { key: "a", label: "乙", points: 1 },
        ],
      }),
    );
    expect(p.map((x) => x.key)).toEqual(["scheme.check.bonusCap", "scheme.check.tierPoints", "scheme.check.tierKey"]);
    expect(keys(scheme({ bonusCap: 0, bonusTiers: [] }))).toEqual([]);
  });

  it("a veto rule's grade must be one of the bands; no grade means the lowest band", () => {
    const s = scheme({
      vetoRules: [
        { code: "V1", name: "迟报事故", effect: "cap_grade", effectGrade: "bronze" },
        { code: "V2", name: "瞒报", effect: "zero_score", effectGrade: null },
      ],
    });
    expect(checkScheme(s)).toEqual([
      {
        key: "scheme.check.vetoGrade",
        path: "vetoRules.V1.effectGrade",
        params: { rule: "迟报事故", grade: "bronze" },
      },
    ]);
  });

  it("rejects NaN points instead of letting them pass as equal", () => {
    const s = scheme();
    s.items[1] = { ...s.items[1], maxPoints: Number.NaN };
    expect(keys(s)).toEqual(expect.arrayContaining(["scheme.check.categoryMismatch", "scheme.check.itemMax"]));
  });
});

describe("addedProblems", () => {
  it("refuses an edit that unbalances a balanced category", () => {
    const before = checkScheme(scheme());
    const s = scheme();
    s.items[0] = { ...s.items[0], maxPoints: 11 };
    expect(addedProblems(before, checkScheme(s)).map((p) => p.path)).toEqual(["categories.C1.points"]);
  });

  it("lets edits go on inside a category that is already unbalanced (the figures may change)", () => {
    const s1 = scheme();
    s1.items[0] = { ...s1.items[0], maxPoints: 11 };
    const s2 = scheme();
    s2.items[0] = { ...s2.items[0], maxPoints: 12 };
    expect(addedProblems(checkScheme(s1), checkScheme(s2))).toEqual([]);
  });

  it("a structural change may unbalance sums when told to tolerate them, but not add other problems", () => {
    const before = checkScheme(scheme());
    const s = scheme();
    s.items.push({
      code: "C1-03",
      categoryCode: "C1",
      maxPoints: 2,
      rules: [{ key: "r1", label: "x", kind: "per_percent_shortfall", points: 1, indicator: "none" }],
    });
    const added = addedProblems(before, checkScheme(s), (p) => SUM_KEYS.has(p.key));
    expect(added.map((p) => p.key)).toEqual(["scheme.check.ruleIndicator"]);
  });
});
