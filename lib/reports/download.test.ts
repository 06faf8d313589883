// The report files' names.
import { describe, expect, it } from "vitest";
import { attachment } from "./download";

describe("report download parameters", () => {
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
