// The score sheet built from stored rows: figures only once decided, deductions explained from the stored
// counts or the reviewer's words, a remark on an item without deduction goes to 备注, vetoes by scope.
import { describe, expect, it } from "vitest";
import { buildScoreSheet, type SheetAssessment, type SheetScheme } from "./report-sheets";

const scheme: SheetScheme = {
  id: 1,
  title: "2025年度考核方案",
  status: "locked",
  bands: [
    { key: "excellent", label: "优秀", min: 90, inclusive: true },
    { key: "fail", label: "不合格", min: 0, inclusive: true },
  ],
  bonusTiers: [{ key: "city", label: "市级表彰", points: 1 }],
  items: [
    {
      id: 11,
      code: "1.1",
      content: "领导机构",
      maxPoints: 4,
      scoringRule: "每项扣1分",
      rules: [{ key: "staffing", label: "未及时调整", kind: "per_occurrence", points: 1 }],
      categoryCode: "org",
      categoryName: "组织领导",
    },
    {
      id: 12,
      code: "2.2",
      content: "责任书签订",
      maxPoints: 5,
      scoringRule: "每低1个百分点扣0.5分",
      rules: [{ key: "rate", label: "签订率低于目标", kind: "per_percent_shortfall", points: 0.5, indicator: "PLEDGE" }],
      categoryCode: "duty",
      categoryName: "责任落实",
    },
  ],
  vetoRules: [
    { id: 1, code: "V1", name: "较大事故", appliesTo: { groups: [], kinds: [] } },
    { id: 2, code: "V9", name: "检验机构专属", appliesTo: { groups: ["technical"], kinds: [] } },
  ],
};

const base: SheetAssessment = {
  assessmentId: 5,
  unitId: 9,
  unitName: "质量监督科",
  unitCode: "SEC-QUALITY",
  group: "regulatory",
  kind: "section",
  status: "final",
  rank: 3,
  total: 93,
  grade: "excellent",
  isVetoed: false,
  resultBonus: 1,
  trace: [],
  self: { "11": 4, "12": 5 },
  review: { "11": { score: 3, counts: { staffing: 1 }, reason: "" } },
  bonuses: [{ tierKey: "city", reason: "市政府通报表扬" }],
  vetoes: [],
  objections: [{ itemId: 11, status: "rejected", decision: "证据充分" }],
  indicators: { PLEDGE: { target: 100, actual: 98, direction: "higher_better" } },
};

describe("buildScoreSheet", () => {
  it("a final unit: scores, reasons from the stored counts and indicators, the grade's label, bonus and the vetoes that apply", () => {
    const s = buildScoreSheet(2025, scheme, base);
    expect(s.rows.map((r) => [r.category, r.item, r.selfScore, r.reviewScore])).toEqual([
      ["组织领导", "1.1", 4, 3],
      // No review row: the engine's shortfall on the indicator (2 points short × 0.5).
      ["责任落实", "2.2", 5, 4],
    ]);
    expect(s.rows[0].deductionReason).toBe("未及时调整1次，扣1分");
    expect(s.rows[0].note).toBe("异议不成立：证据充分");
    expect(s.rows[1].deductionReason).toBe("签订率低于目标（目标100，实际98）");
    expect(s.grade).toBe("优秀");
    expect(s.total).toBe(93);
    expect(s.bonus).toBe(1);
    expect(s.bonusItems).toEqual([{ label: "市级表彰", points: 1, reason: "市政府通报表扬" }]);
    // V9 applies to technical units only.
    expect(s.vetoCheck).toEqual([{ rule: "V1", name: "较大事故", hit: false, basis: null }]);
    expect(s.status).toBe("已定稿");
  });

  it("the reviewer's words replace the generated reason; on a full-marks item they are a remark", () => {
    const s = buildScoreSheet(2025, scheme, {
      ...base,
      objections: [],
      review: { "11": { score: 4, counts: {}, reason: "资料齐全" }, "12": { score: 4, counts: {}, reason: "签订率98%" } },
    });
    expect(s.rows[0]).toMatchObject({ deductionReason: "", note: "资料齐全" });
    expect(s.rows[1]).toMatchObject({ deductionReason: "签订率98%", note: "" });
  });

  it("before the committee decides: no review scores, total, grade or bonus; self scores once submitted", () => {
    const reviewed = buildScoreSheet(2025, scheme, { ...base, status: "reviewed" });
    expect(reviewed.rows.every((r) => r.reviewScore === null && r.deductionReason === "")).toBe(true);
    expect(reviewed.rows[0].selfScore).toBe(4);
    expect([reviewed.total, reviewed.grade, reviewed.bonus, reviewed.bonusItems]).toEqual([null, null, 0, []]);
    const open = buildScoreSheet(2025, scheme, { ...base, status: "self_assessed" });
    expect(open.rows.every((r) => r.selfScore === null)).toBe(true);
    const objection = buildScoreSheet(2025, scheme, { ...base, status: "objection" });
    expect(objection.total).toBeNull();
  });

  it("a confirmed veto is a hit with its basis", () => {
    const s = buildScoreSheet(2025, scheme, {
      ...base,
      group: "technical",
      grade: "fail",
      isVetoed: true,
      vetoes: [{ ruleId: 2, basis: "迟报" }],
    });
    expect(s.vetoCheck).toEqual([
      { rule: "V1", name: "较大事故", hit: false, basis: null },
      { rule: "V9", name: "检验机构专属", hit: true, basis: "迟报" },
    ]);
    expect(s.grade).toBe("不合格");
  });
});
