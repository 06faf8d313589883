import { describe, expect, it } from "vitest";
import { fitLabel, gradeName, textWidthEm } from "./labels";

const BANDS = [
  { key: "excellent", label: "优秀" },
  { key: "good", label: "良好（B）" },
  { key: "pass", label: "合格" },
  { key: "fail", label: "不合格" },
  { key: "probation", label: "限期整改" },
];
const EN: Record<string, string> = { excellent: "Excellent", good: "Good", pass: "Pass", fail: "Fail" };
const ZH: Record<string, string> = { excellent: "优秀", good: "良好", pass: "合格", fail: "不合格" };

describe("gradeName", () => {
  it("names a standard grade in English, whatever the scheme calls it", () => {
    expect(gradeName(BANDS, "excellent", "en", (k) => EN[k])).toBe("Excellent");
    expect(gradeName(BANDS, "good", "en", (k) => EN[k])).toBe("Good");
    expect(gradeName([], "fail", "en", (k) => EN[k])).toBe("Fail");
  });
  it("keeps the scheme's own label in Chinese, as the committee named it", () => {
    expect(gradeName(BANDS, "good", "zh", (k) => ZH[k])).toBe("良好（B）");
    expect(gradeName([], "pass", "zh-CN", (k) => ZH[k])).toBe("合格");
  });
  it("falls back to the scheme's label for a grade of its own, then to the key", () => {
    expect(gradeName(BANDS, "probation", "en", (k) => EN[k])).toBe("限期整改");
    expect(gradeName(BANDS, "other", "en", (k) => EN[k])).toBe("other");
  });
  it("shows a dash for no grade", () => {
    expect(gradeName(BANDS, null, "en", (k) => EN[k])).toBe("—");
    expect(gradeName(BANDS, undefined, "zh", (k) => ZH[k])).toBe("—");
  });
});

describe("fitLabel", () => {
  it("keeps a label that fits", () => {
    expect(fitLabel("Provincial leaders", 12)).toBe("Provincial leaders");
    expect(fitLabel("特种设备安全监察科", 12)).toBe("特种设备安全监察科");
  });
  it("gives Latin script more characters than Chinese in the same room", () => {
    const en = fitLabel("Special equipment safety supervision section", 12);
    const zh = fitLabel("特种设备安全监察科质量监督科城东分局", 12);
    expect(en.endsWith("…") && zh.endsWith("…")).toBe(true);
    expect(en.length).toBeGreaterThan(zh.length + 5);
    expect(textWidthEm(en)).toBeLessThanOrEqual(12);
    expect(textWidthEm(zh)).toBeLessThanOrEqual(12);
  });
});
