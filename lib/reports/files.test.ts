// The report files from a small bureau with hostile strings: Word (公文 layout, text escaped), PDF (A4,
// Chinese text readable back, tables with repeated headers) and Excel (typed cells, text never a formula).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { zipEntry } from "@/e2e/pledges/zip";
import { annualDocxBuffer } from "./annual-docx";
import { annualPdfBuffer } from "./annual-pdf";
import { annualXlsxBuffer } from "./annual-xlsx";
import { HOSTILE, fixtureReport, fixtureSheet, largeFixtureReport } from "./fixture";
import { sheetDocxBuffer } from "./sheet-docx";
import { sheetPdfBuffer } from "./sheet-pdf";
import { sheetXlsxBuffer } from "./sheet-xlsx";
import { columnWidths, wrappedLines } from "./xlsx-kit";

const data = fixtureReport(2025);
const vetoedSheet = data.scoreSheets[1];

/** pdftotext's text, one string per page; null where poppler-utils is not installed. */
function pdfPages(buf: Buffer): string[] | null {
  if (!existsSync("/usr/bin/pdftotext")) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "report-pdf-"));
  try {
    writeFileSync(path.join(dir, "r.pdf"), buf);
    return execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", "-layout", path.join(dir, "r.pdf"), "-"])
      .toString("utf8")
      .split("\f");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The base names of the fonts a PDF embeds (each a subset: "ABCDEF+Name"). */
function embeddedFonts(buf: Buffer): string[] {
  return [...new Set([...buf.toString("latin1").matchAll(/\/BaseFont \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]))];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

async function timed<T>(label: string, f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await f();
  console.log(`${label}: ${Math.round(performance.now() - t0)} ms`);
  return out;
}

describe("annual report, Word", () => {
  it("is an A4 公文 docx with the six sections, appendices and the hostile text escaped", async () => {
    const buf = await timed("annual docx (small)", () => annualDocxBuffer(data, { draft: true }));
    expect(buf.subarray(0, 2).toString()).toBe("PK");
    const xml = zipEntry(buf, "word/document.xml")!;
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
    expect(xml).toMatch(/w:top="2098"/); // 37 mm
    expect(xml).toMatch(/w:bottom="1984"/); // 35 mm
    expect(xml).toMatch(/w:left="1587"/); // 28 mm
    expect(xml).toMatch(/w:right="1474"/); // 26 mm
    expect(xml).toContain("方正小标宋简体");
    expect(xml).toContain("2025年度安全生产责任制落实情况报告");
    expect(xml).toContain("（草稿，未经审定）");
    for (const h of [
      "一、基本情况",
      "二、主要工作及成效",
      "三、考核结果",
      "四、奖惩兑现与问责",
      "五、存在问题",
      "六、下一年度工作打算",
    ])
      expect(xml).toContain(h);
    for (const a of [
      "附表1",
      "附表6",
      "局领导“一岗双责”履职情况表",
      "白文涛",
      "特种设备检验研究院",
      "不合格",
      "各单位考核得分汇总",
    ])
      expect(xml).toContain(a);
    // The same sentence as the web report (reports.doc.veto).
    expect(xml).toContain(
      "特种设备检验研究院因“事故迟报、漏报、谎报、瞒报”被实行一票否决，考核等次定为不合格。依据：2025-08-14 电梯事故超时上报",
    );
    expect(xml).toContain('<w:tblCaption w:val="三、考核结果"/>');
    // Markup and formulas are text: escaped, never an element or a field.
    expect(xml).toContain(escapeXml(HOSTILE.script));
    expect(xml).toContain(escapeXml(HOSTILE.hyperlink));
    expect(xml).not.toContain("<script>");
    expect(xml).not.toMatch(/<w:instrText[^>]*>[^<]*HYPERLINK/);
    // Tables: header rows repeat, rows do not split.
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain("<w:cantSplit/>");
    const styles = zipEntry(buf, "word/styles.xml")!;
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:val="32"'); // 三号 body
    const fonts = zipEntry(buf, "word/fontTable.xml")!;
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
    const footers = [1, 2, 3].map((i) => zipEntry(buf, `word/footer${i}.xml`) ?? "").join("");
    expect(footers).toContain("PAGE");
  });
});

describe("annual report, PDF", () => {
  it("is an A4 PDF whose text reads back in Chinese, with page numbers", async () => {
    const buf = await timed("annual pdf (small)", () =>
      annualPdfBuffer(data, { approvedAt: "2026-01-20T03:00:00Z", hash: "ab".repeat(32) }),
    );
    expect(buf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(buf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const pages = pdfPages(buf);
    if (!pages) return;
    const text = pages.join("\n");
    for (const s of [
      "2025年度安全生产责任制落实情况报告",
      "2026年1月20日审定",
      "质量监督科",
      "城东分局",
      "特种设备检验研究院",
      "不合格",
      "白文涛",
      "鄂振华",
      "96.5",
      HOSTILE.script,
      HOSTILE.formula,
    ])
      expect(text).toContain(s);
    expect(text).toMatch(/被实行一票否决，考核等次定为不合格/);
    expect(pages[1]).toMatch(/—\s*2\s*—/);
  });

  it("sets its body in a serif face (where the Word file uses 仿宋), titles in its bold, headings in the sans bold", async () => {
    const fonts = embeddedFonts(await annualPdfBuffer(data));
    expect(fonts).toEqual(expect.arrayContaining(["NotoSerifSC-Regular", "NotoSerifSC-Bold", "NotoSansHans-Bold"]));
    expect(fonts).not.toContain("NotoSansHans-Regular");
  });

  it("breaks a long table across pages with the header row on each page", async () => {
    const long = fixtureSheet(2025, 9, "长表单位", 80);
    const pages = pdfPages(await sheetPdfBuffer(long))?.filter((p) => /考核项目\d/.test(p));
    if (!pages) return;
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(p).toMatch(/考核项目\s+考核内容\s+标准分/);
    // Every item once, none cut off.
    for (let i = 1; i <= 80; i++) expect(pages.join("\n")).toContain(`考核项目${i}`);
  });
});

describe("annual report, Excel", () => {
  it("has one sheet per table, typed cells, a bold frozen header, and formula-like text kept as text", async () => {
    const buf = await timed("annual xlsx (small)", () => annualXlsxBuffer(data));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "考核结果",
      "控制指标",
      "责任书签订",
      "隐患台账",
      "事故",
      "一岗双责",
      "工作成效",
      "奖惩兑现",
      "问责",
    ]);
    const results = wb.getWorksheet("考核结果")!;
    // A title row over the columns, then the header row.
    expect(results.getCell("A1").value).toBe("示例市质量技术监督局2025年度安全生产责任制落实情况报告 · 考核结果");
    expect(results.getCell("A1").isMerged).toBe(true);
    expect(results.getCell("F1").master.address).toBe("A1");
    expect(results.getRow(2).values).toEqual([undefined, "单位", "排名", "类别", "得分", "等次", "一票否决"]);
    expect(results.getCell("A2").font?.bold).toBe(true);
    expect(results.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(results.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "2:2", fitToWidth: 1 });
    expect(results.getColumn(1).width).toBeGreaterThan(10);
    const rows = results.getSheetValues().slice(3) as unknown[][];
    const byName = (n: string) => rows.find((r) => r[1] === n)!;
    expect(byName("质量监督科").slice(1)).toEqual(["质量监督科", 1, "机关科室", 96.5, "优秀", "否"]);
    expect(byName("特种设备检验研究院").slice(5)).toEqual(["不合格", "是"]);
    // "=1+1" as a unit name: a string cell holding exactly that, no formula.
    const row = results.getRow(rows.indexOf(byName(HOSTILE.formula)) + 3);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe("=1+1");
    expect(row.getCell(1).formula).toBeUndefined();
    expect(row.getCell(3).value).toBe(HOSTILE.plus);
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    const indicators = wb.getWorksheet("控制指标")!;
    expect(indicators.getCell("A4").type).toBe(ExcelJS.ValueType.String);
    expect(indicators.getCell("A4").value).toBe(HOSTILE.hyperlink);
    expect(indicators.getCell("F3").value).toBe(98.5);
    expect(indicators.getRow(3).getCell(7).value).toBe(18);
    const pledges = wb.getWorksheet("责任书签订")!;
    expect(pledges.getCell("E5").value).toBeCloseTo(100 / 103);
    expect(pledges.getCell("E5").numFmt).toBe("0.0%");
    const hazards = wb.getWorksheet("隐患台账")!;
    expect(hazards.getCell("A4").value).toBe(HOSTILE.at);
    expect(hazards.getCell("A4").type).toBe(ExcelJS.ValueType.String);
    const leaders = wb.getWorksheet("一岗双责")!;
    expect(leaders.getRow(3).values).toEqual([
      undefined,
      "白文涛",
      "党组成员、副局长",
      "特种设备安全监察科、特种设备检验研究院",
      12,
      9,
      2,
      4,
    ]);
    // No formula anywhere in the files: every sheet's XML is free of <f> elements.
    for (let i = 1; i <= 9; i++) expect(zipEntry(buf, `xl/worksheets/sheet${i}.xml`)).not.toMatch(/<f[ >]/);
  });
});

describe("unit score sheet", () => {
  it("Word and PDF show the DESIGN columns, the veto check, total, grade and signature lines", async () => {
    const xml = zipEntry(await sheetDocxBuffer(vetoedSheet), "word/document.xml")!;
    for (const s of [
      "特种设备检验研究院2025年度安全生产责任制考核评分表",
      "考核项目",
      "考核内容",
      "标准分",
      "评分标准",
      "自评分",
      "考核得分",
      "扣分原因",
      "备注",
      "考核等次：不合格",
      "被考核单位负责人（签字）：",
      "安委会办公室（盖章）：",
    ])
      expect(xml).toContain(s);
    expect(xml).toContain("2025-08-14 电梯事故超时上报");
    // A category's cell spans its items (a vertical merge).
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    const pdf = await sheetPdfBuffer(vetoedSheet);
    // A4 landscape: eight columns with a wide 扣分原因.
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    const pages = pdfPages(pdf);
    if (pages) {
      const text = pages.join("\n");
      expect(text.replace(/\s+/g, "")).toContain("特种设备检验研究院2025年度安全生产责任制考核评分表"); // the title wraps
      for (const s of ["考核总分：92.0", "考核等次：不合格", "考核组成员（签字）：", "@SUM"]) expect(text).toContain(s);
    }
  });

  it("Excel has the item sheet with totals, the bonus sheet and the veto sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sheetXlsxBuffer(vetoedSheet)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["考核评分表", "加分项目", "一票否决核查"]);
    const ws = wb.getWorksheet("考核评分表")!;
    expect(ws.getCell("A1").value).toBe("特种设备检验研究院2025年度安全生产责任制考核评分表");
    expect(ws.getCell("C3").value).toBe(10);
    expect(ws.getCell("C3").numFmt).toBe("0.0");
    expect(ws.getCell("G3").value).toBe(HOSTILE.minus);
    expect(ws.getCell("G3").type).toBe(ExcelJS.ValueType.String);
    const last = ws.rowCount;
    expect(ws.getRow(last - 2).getCell(6).value).toBe(92);
    expect(ws.getRow(last - 1).values).toEqual([
      undefined,
      "考核等次",
      undefined,
      undefined,
      undefined,
      undefined,
      "不合格",
    ]);
    expect(ws.getRow(last).getCell(1).value).toBe("考核状态");
    // Landscape, the header row repeated on every printed page, each reason wrapped in a row tall enough.
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: "2:2" });
    expect(ws.getCell("G3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(wb.getWorksheet("一票否决核查")!.getRow(3).values).toEqual([
      undefined,
      "事故迟报、漏报、谎报、瞒报",
      "触发",
      "2025-08-14 电梯事故超时上报",
    ]);
  });
});

describe("Excel layout", () => {
  it("fits long reasons in their rows, keeps the table within the page width, and writes 无 in an empty table", async () => {
    const reason =
      "隐患整改率97.1%（目标≥100%）；安全培训覆盖率93.0%（目标≥95%）；未按期报送季度隐患排查台账（2次），扣2.45分";
    const sheet = fixtureSheet(2025, 9, "长理由单位", 6);
    sheet.rows = sheet.rows.map((r, i) => ({ ...r, deductionReason: i === 2 ? `${reason}\n${reason}` : reason }));
    sheet.bonusItems = [];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sheetXlsxBuffer(sheet)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("考核评分表")!;
    // exceljs leaves out a column of its default width (9).
    const widths = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getColumn(c).width ?? 9);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(150);
    expect(widths[6]).toBeGreaterThanOrEqual(Math.max(...widths.filter((_, i) => i !== 6 && i !== 1 && i !== 3)));
    for (let r = 3; r < 3 + sheet.rows.length; r++) {
      const cell = ws.getCell(r, 7);
      expect(cell.alignment?.wrapText).toBe(true);
      // Tall enough for every wrapped line of the longest cell (16 pt a line).
      const lines = Math.max(
        ...[1, 2, 4, 7].map((c) => wrappedLines(String(ws.getCell(r, c).value ?? ""), widths[c - 1])),
      );
      expect(lines).toBeGreaterThan(1);
      expect(ws.getRow(r).height).toBeGreaterThanOrEqual(lines * 16);
    }
    expect(ws.getRow(5).height).toBeGreaterThan(ws.getRow(4).height!);
    // The bonus sheet of a unit without bonuses: its title, header and 无 (never a blank printed page).
    const bonus = wb.getWorksheet("加分项目")!;
    expect(bonus.getCell("A1").value).toBe("长理由单位2025年度安全生产责任制考核评分表 · 加分项目");
    expect(bonus.getCell("A3").value).toBe("无");
    expect(bonus.rowCount).toBe(3);
  });

  it("gives a column its content's width when the table fits the page, and shares the page otherwise", () => {
    const cols = [
      { header: "甲", width: 10 },
      { header: "乙", width: 30 },
    ];
    expect(columnWidths({ columns: cols, rows: [["一二三", "短"]] })).toEqual([8, 6]);
    const wide = columnWidths({ columns: cols, rows: [["一二三", "长".repeat(200)]] });
    expect(wide[0]).toBe(8);
    expect(wide[1]).toBe(60);
    // Wider than the page (150): the first column keeps its width, the long ones share the rest.
    const four = columnWidths({
      columns: [...cols, { header: "丙", width: 30 }, { header: "丁", width: 30 }],
      rows: [["一二三", "长".repeat(200), "长".repeat(200), "长".repeat(200)]],
    });
    expect(four).toEqual([8, 47, 47, 47]);
  });
});

describe("large organisation (300 units, 60 leaders)", () => {
  it("renders every format", async () => {
    const large = largeFixtureReport(300, 60, 12);
    const figures: string[] = [];
    for (const [name, f] of [
      ["annual docx", () => annualDocxBuffer(large)],
      ["annual pdf", () => annualPdfBuffer(large)],
      ["annual xlsx", () => annualXlsxBuffer(large)],
      ["sheet docx", () => sheetDocxBuffer(large.scoreSheets[0])],
      ["sheet pdf", () => sheetPdfBuffer(large.scoreSheets[0])],
      ["sheet xlsx", () => sheetXlsxBuffer(large.scoreSheets[0])],
    ] as const) {
      const t0 = performance.now();
      const buf = await f();
      figures.push(`${name} ${Math.round(performance.now() - t0)} ms (${Math.round(buf.length / 1024)} KB)`);
      expect(buf.length).toBeGreaterThan(1000);
    }
    // Timing is reported (bench/report-files.ts holds the ≤ 3 s budget); a shared test machine is no stopwatch.
    console.log(`large organisation: ${figures.join(", ")}`);
  });
});
