// The annual report states each figure once: the pledges 一、基本情况 counts are 附表2's rows summed (its 合计
// row), in the Word/PDF document and the Excel sheet alike — never a count from another source.
import { describe, expect, it } from "vitest";
import { annualDocument, annualSheets } from "./annual-blocks";
import { basicsCounts, pledgeTotals, pledgesTable } from "./annual-tables";
import { cellText } from "./blocks";
import { fixtureReport } from "./fixture";

const paragraphs = (d: ReturnType<typeof fixtureReport>) =>
  annualDocument(d)
    .blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))
    .join("\n");

describe("pledges in the annual report", () => {
  it("the text states 附表2's totals, and 附表2 ends with them", () => {
    const data = fixtureReport(2025);
    expect(pledgeTotals(data)).toEqual({ total: 130, complete: 127 });
    expect(basicsCounts(data)).toMatchObject({ pledges: 130, complete: 127 });
    expect(paragraphs(data)).toContain("签订安全生产责任书、承诺书130份，双方签署完成127份（见附表2）");
    const a2 = pledgesTable(data);
    expect(a2.rows.at(-1)!.map(cellText)).toEqual(["合计", "—", "130", "127", "97.7%"]);
    // The Excel sheet is the same table.
    expect(annualSheets(data).find((t) => t.caption === a2.caption)!.rows).toEqual(a2.rows);
  });

  it("a year without pledges says 0 in the text and 无 under 附表2", () => {
    const data = { ...fixtureReport(2025), pledges: [] };
    expect(paragraphs(data)).toContain("签订安全生产责任书、承诺书0份，双方签署完成0份");
    expect(pledgesTable(data).rows).toEqual([]);
    const blocks = annualDocument(data).blocks;
    const at = blocks.findIndex((b) => b.kind === "appendix" && b.title === "安全生产责任书、承诺书签订情况");
    expect(blocks[at + 1]).toMatchObject({ kind: "paragraph", text: "无。" });
  });
});
