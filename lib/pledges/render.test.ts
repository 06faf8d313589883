import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chineseNumber, DEFAULT_TARGETS, pledgeTitle, renderPledge, renderPledgeText, targetLines, type PledgeInput } from "./render";
import { checkPledgeSignature, dueParties, hasSigned, partyOf, statusAfterSigning } from "./signing";

const input: PledgeInput = {
  kind: "commitment",
  year: 2026,
  bureau: "示例市质量技术监督局",
  partyA: { name: "钱卫东", post: "科长", unit: "质量监督科" },
  partyB: { name: "齐小萌", post: "质量监督员", unit: "质量监督科" },
  unitName: "质量监督科",
  duties: [
    { text: "接受安全生产教育和培训", category: "training", responsibilityType: "post", standard: "年度培训不少于8学时", sortOrder: 3 },
    { text: "依法开展监督检查", category: "supervision", responsibilityType: "post", standard: null, sortOrder: 1 },
    { text: "发现隐患立即报告。", category: "hazard", responsibilityType: "direct", standard: "当即报告\n并登记", sortOrder: 2 },
  ],
  targets: "1. 全年不发生较大及以上生产安全责任事故；\n\n（2）重大隐患整改率100%\n三、安全生产责任清单公示率100%。",
};

describe("pledge text", () => {
  const text = renderPledgeText(input);
  const lines = text.split("\n");

  it("starts with the title and names both parties", () => {
    expect(lines[0]).toBe("2026年度安全生产承诺书（质量监督科·齐小萌）");
    expect(pledgeTitle(input)).toBe(lines[0]);
    expect(text).toContain("甲方：钱卫东（质量监督科 科长）");
    expect(text).toContain("乙方：齐小萌（质量监督科 质量监督员）");
    expect(text).toContain("示例市质量技术监督局2026年度");
  });

  it("has the four numbered sections in order", () => {
    const at = ["一、责任目标", "二、责任内容", "三、考核与奖惩", "四、其他"].map((h) => lines.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("lists the targets renumbered, whatever numbering was typed", () => {
    expect(text).toContain("1. 全年不发生较大及以上生产安全责任事故。\n2. 重大隐患整改率100%。\n3. 安全生产责任清单公示率100%。\n");
  });

  it("groups duties by category in list order, numbers them throughout and keeps each on one line", () => {
    const i = lines.indexOf("二、责任内容");
    expect(lines.slice(i + 2, i + 9)).toEqual([
      "（一）监管履职",
      "1. 【岗位责任】依法开展监督检查。",
      "（二）隐患治理",
      "2. 【直接责任】发现隐患立即报告。",
      "   考核标准：当即报告 并登记。",
      "（三）教育培训",
      "3. 【岗位责任】接受安全生产教育和培训。",
    ]);
  });

  it("mentions the veto, the term and the signing parties", () => {
    expect(text).toContain("一票否决");
    expect(text).toContain("本承诺书期限自2026年1月1日起至2026年12月31日止。");
    expect(text).toMatch(/签订双方：甲方 钱卫东（质量监督科 科长）；乙方 齐小萌（质量监督科 质量监督员）。\n$/);
  });

  it("is deterministic and hashed with SHA-256", () => {
    const a = renderPledge(input);
    const b = renderPledge({ ...input, duties: [...input.duties].reverse() });
    expect(a).toEqual(b);
    expect(a.contentHash).toBe(createHash("sha256").update(a.content).digest("hex"));
    expect(renderPledge({ ...input, year: 2027 }).contentHash).not.toBe(a.contentHash);
  });

  it("a responsibility pledge is a 责任书 agreed by both parties", () => {
    const t = renderPledgeText({ ...input, kind: "responsibility" });
    expect(t.split("\n")[0]).toBe("2026年度安全生产责任书（质量监督科·齐小萌）");
    expect(t).toContain("经甲乙双方协商一致，签订本责任书。");
    expect(t).not.toContain("承诺书");
  });

  it("falls back to a general line when there are no duties or targets", () => {
    const t = renderPledgeText({ ...input, duties: [], targets: "  \n" });
    expect(t).toContain("1. 按照本单位年度安全生产工作要点确定。");
    expect(t).toContain("（一）按照乙方安全生产责任清单履行职责。");
  });

  it("keeps odd characters as text", () => {
    const t = renderPledgeText({ ...input, partyB: { ...input.partyB, name: "<b>齐</b>" } });
    expect(t).toContain("乙方：<b>齐</b>（");
  });
});

describe("helpers", () => {
  it("numbers in Chinese", () => {
    expect([1, 9, 10, 11, 20, 23].map(chineseNumber)).toEqual(["一", "九", "十", "十一", "二十", "二十三"]);
  });
  it("default targets include the accident and list targets", () => {
    const t = targetLines(DEFAULT_TARGETS);
    expect(t.length).toBeGreaterThanOrEqual(5);
    expect(t[0]).toContain("不发生较大及以上生产安全责任事故");
  });
});

describe("signing order", () => {
  it("B signs first, then A countersigns; or A first, then B", () => {
    expect(statusAfterSigning("pending", "b")).toBe("signed_b");
    expect(statusAfterSigning("signed_b", "a")).toBe("complete");
    expect(statusAfterSigning("pending", "a")).toBe("signed_a");
    expect(statusAfterSigning("signed_a", "b")).toBe("complete");
  });
  it("nobody signs twice, after completion or once superseded", () => {
    expect(statusAfterSigning("signed_b", "b")).toBeNull();
    expect(statusAfterSigning("complete", "a")).toBeNull();
    expect(statusAfterSigning("superseded", "b")).toBeNull();
    expect(dueParties("complete")).toEqual([]);
    expect(hasSigned("signed_b", "b")).toBe(true);
    expect(hasSigned("signed_b", "a")).toBe(false);
  });
  it("knows the viewer's side", () => {
    const p = { partyAId: 1, partyBId: 2 };
    expect([partyOf(p, 1), partyOf(p, 2), partyOf(p, 3), partyOf(p, null)]).toEqual(["a", "b", null, null]);
  });
  it("a signature matches only the text it was made on", () => {
    const { content, contentHash } = renderPledge(input);
    expect(checkPledgeSignature({ content, contentHash }, contentHash)).toEqual({ intact: true, matches: true });
    expect(checkPledgeSignature({ content: content + " ", contentHash }, contentHash)).toEqual({ intact: false, matches: false });
    expect(checkPledgeSignature({ content, contentHash }, "0".repeat(64))).toEqual({ intact: true, matches: false });
  });
});
