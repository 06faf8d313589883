// The download routes' parsing and file names.
import { describe, expect, it } from "vitest";
import { attachment, parseFormat, parseId, parseYear } from "./download";

describe("report download parameters", () => {
  it("accepts the three formats, four-digit years 2000–2100 and positive ids only", () => {
    expect(["docx", "pdf", "xlsx"].map(parseFormat)).toEqual(["docx", "pdf", "xlsx"]);
    expect([null, "", "DOCX", "csv", "pdf ", "xlsx;"].map(parseFormat)).toEqual([null, null, null, null, null, null]);
    expect(["2025", "2000", "2100"].map(parseYear)).toEqual([2025, 2000, 2100]);
    expect(["1999", "2101", "25", "２０２５", "2025.0", "-2025", "20251", "abcd"].map(parseYear)).toEqual(
      Array(8).fill(null),
    );
    expect(["1", "123456789"].map(parseId)).toEqual([1, 123456789]);
    expect([null, "0", "-1", "1e3", "1234567890", "12a"].map(parseId)).toEqual(Array(6).fill(null));
  });

  it("names the file in Chinese with an ASCII fallback", () => {
    expect(attachment("report-2025", "2025年度安全生产责任制落实情况报告", "docx")).toBe(
      `attachment; filename="report-2025.docx"; filename*=UTF-8''${encodeURIComponent("2025年度安全生产责任制落实情况报告.docx")}`,
    );
    const h = attachment("scoresheet-2025-7", `考核评分表（a"b/c's (x)*）`, "pdf");
    expect(h).toContain("filename*=UTF-8''");
    expect(h.split("filename*=UTF-8''")[1]).toMatch(/^[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
    expect(decodeURIComponent(h.split("filename*=UTF-8''")[1])).toBe("考核评分表（a_b_c's (x)_）.pdf");
  });
});
