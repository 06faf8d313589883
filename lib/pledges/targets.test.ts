// The targets a pledge carries fit who signs it: the bureau's on the 责任书 of leaders and heads, a post's own
// and its unit's control indicators on a staff member's 承诺书.
import { describe, expect, it } from "vitest";
import { DEFAULT_TARGETS } from "./render";
import { bureauTargets, indicatorTargetText, newPledgeFields, pledgeTargets, staffTargets } from "./targets";

const INDICATORS = [
  { name: "隐患整改率", measure: "已整改隐患数÷应整改隐患数×100%", direction: "higher_better" as const, target: 100 },
  { name: "隐患整改超期率", measure: "超期整改隐患数÷应整改隐患数×100%", direction: "lower_better" as const, target: 5 },
  { name: "较大事故起数", measure: "起", direction: "lower_better" as const, target: 0 },
];
const unit = { name: "质量监督科", indicators: INDICATORS };

describe("pledge targets", () => {
  it("leaders and heads (levels 1 and 2) carry the bureau's targets: the office's text, else the default", () => {
    for (const level of [1, 2]) {
      expect(pledgeTargets(level, null, unit)).toBe(bureauTargets(DEFAULT_TARGETS));
      expect(pledgeTargets(level, null, unit)).toContain("万台特种设备死亡人数");
      expect(pledgeTargets(level, "1. 全年零死亡\n2、隐患整改率100%；", unit)).toBe("全年零死亡\n隐患整改率100%");
    }
  });

  it("staff (level 3) carry their post's commitments and their unit's indicators, never the bureau-wide figures", () => {
    const text = pledgeTargets(3, "全市万台特种设备死亡人数控制在0.3以下", unit);
    expect(text).not.toContain("万台特种设备死亡人数");
    expect(text).not.toMatch(/较大及以上生产安全责任事故/);
    expect(text.split("\n")[0]).toBe("本岗位全年不发生负有责任的生产安全事故");
    expect(text.split("\n").at(-1)).toBe(
      "配合完成质量监督科年度安全生产控制指标：隐患整改率不低于100%，隐患整改超期率不高于5%，较大事故起数不高于0",
    );
    expect(staffTargets("计量科", [])).not.toContain("控制指标");
  });

  it("states an indicator's target in words, a percentage only when it is measured as one", () => {
    expect(indicatorTargetText(INDICATORS[0])).toBe("隐患整改率不低于100%");
    expect(indicatorTargetText({ ...INDICATORS[2], target: 0.35 })).toBe("较大事故起数不高于0.35");
  });

  it("a staff 承诺书 states those targets in its text, a head's 责任书 the bureau's", () => {
    const pair = {
      level: 3,
      a_id: 1,
      a_name: "钱卫东",
      a_post: "科长",
      a_unit: "质量监督科",
      b_id: 2,
      b_name: "齐小萌",
      b_post: "质量监督员",
      b_unit: "质量监督科",
      unit_id: 9,
      unit_name: "质量监督科",
      list_id: 5,
      bureau: "示例市质量技术监督局",
    };
    const duty = { text: "开展监督抽查", category: "supervision", responsibilityType: "post", standard: null, sortOrder: 1 };
    const staff = newPledgeFields(pair, 2026, [duty], pledgeTargets(3, null, unit));
    expect(staff).toMatchObject({ kind: "commitment", level: 3, partyAId: 1, partyBId: 2, unitId: 9, listId: 5 });
    expect(staff.content).toContain("一、责任目标\n1. 本岗位全年不发生负有责任的生产安全事故。");
    expect(staff.content).not.toContain("万台特种设备死亡人数");
    const head = newPledgeFields({ ...pair, level: 2 }, 2026, [duty], pledgeTargets(2, null, unit));
    expect(head.kind).toBe("responsibility");
    expect(head.content).toContain("万台特种设备死亡人数");
  });
});
