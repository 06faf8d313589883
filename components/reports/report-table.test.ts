// The report tables are defined once (lib/reports/annual-tables.ts, sheet-tables.ts) and every rendering
// shows that definition: the web table (ReportTable, as the report pages use it) has the definition's header
// labels and cell texts, the Excel sheet holds its typed cells, and Word and PDF print the same texts — on a
// small bureau with hostile strings, empty cells, scores and shares.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { zipEntry } from "@/e2e/pledges/zip";
import { annualSheets } from "@/lib/reports/annual-blocks";
import { annualDocxBuffer } from "@/lib/reports/annual-docx";
import { annualPdfBuffer } from "@/lib/reports/annual-pdf";
import { scoresTable } from "@/lib/reports/annual-tables";
import { annualXlsxBuffer } from "@/lib/reports/annual-xlsx";
import { type Cell, type TableBlock, cellText } from "@/lib/reports/blocks";
import { fixtureReport } from "@/lib/reports/fixture";
import { sheetDocxBuffer } from "@/lib/reports/sheet-docx";
import { scoreSheetTable, sheetTotals, vetoTable, bonusTable } from "@/lib/reports/sheet-tables";
import { sheetXlsxBuffer } from "@/lib/reports/sheet-xlsx";
import { HEADER_ROW } from "@/lib/reports/xlsx-kit";
import { ReportTable, type ExtraColumn } from "./doc-table";

const data = fixtureReport(2025);
// Empty cells and a leader without units, so "—" and empty Excel cells are compared too.
data.results[0] = { ...data.results[0], rank: null, group: null };
const sheet = data.scoreSheets[1];

const unescape = (s: string) =>
  s
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The web table as text: its caption, header labels, each body row's cell texts and the cells' tags. */
function webTable(table: TableBlock, extra?: ExtraColumn) {
  const html = renderToStaticMarkup(createElement(ReportTable, { table, extra }));
  const caption = unescape(/<caption[^>]*>(.*?)<\/caption>/s.exec(html)![1]);
  const rowsOf = (part: string) =>
    [...part.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) =>
      [...m[1].matchAll(/<(th|td)([^>]*)>(.*?)<\/\1>/gs)].map((c) => ({ text: unescape(c[3]), attrs: c[2] })),
    );
  const head = rowsOf(/<thead[^>]*>(.*?)<\/thead>/s.exec(html)![1])[0];
  const body = [...html.matchAll(/<tbody[^>]*>(.*?)<\/tbody>/gs)].flatMap((m) => rowsOf(m[1]));
  return { caption, headers: head.map((c) => c.text), body };
}

/** What Excel holds for a typed cell: numbers as numbers (scores and shares too), text as text, empty. */
const excelValue = (c: Cell) =>
  c == null ? undefined : typeof c === "object" ? ("score" in c ? c.score : c.percent) : c;

async function workbook(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

function sheetRows(ws: ExcelJS.Worksheet, from: number, count: number, width: number) {
  return Array.from({ length: count }, (_, n) =>
    Array.from({ length: width }, (_, i) => {
      const v = ws.getRow(from + n).getCell(i + 1).value;
      return v == null ? undefined : v;
    }),
  );
}

/** pdftotext's text; null where poppler-utils is not installed. */
function pdfText(buf: Buffer): string | null {
  if (!existsSync("/usr/bin/pdftotext")) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "report-table-"));
  try {
    writeFileSync(path.join(dir, "r.pdf"), buf);
    return execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", "-layout", path.join(dir, "r.pdf"), "-"]).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("annual report tables: one definition, every rendering", () => {
  const tables = annualSheets(data);

  it("the web shows each table's header labels and the cell texts of its rows", () => {
    for (const t of [...tables, scoresTable(data)]) {
      const web = webTable(t);
      expect(web.caption).toBe(t.caption);
      expect(web.headers).toEqual(t.columns.map((c) => c.header));
      expect(web.body.map((r) => r.map((c) => c.text))).toEqual(t.rows.map((r) => r.map(cellText)));
      // The first cell heads its row; alignment as defined.
      for (const r of web.body) expect(r[0].attrs).toContain('scope="row"');
      t.columns.forEach((c, i) => {
        if (c.align === "right") expect(web.body[0][i].attrs).toContain("text-right");
      });
    }
  });

  it("the Excel file has a sheet per table holding exactly the table's headers and typed cells", async () => {
    const wb = await workbook(await annualXlsxBuffer(data));
    expect(wb.worksheets.map((w) => w.name)).toEqual(tables.map((t) => t.sheet));
    for (const t of tables) {
      const ws = wb.getWorksheet(t.sheet!)!;
      const width = t.columns.length;
      // Row 1 is the sheet's title, row 2 the headers, the rows below (an empty table shows one 无 row).
      expect(sheetRows(ws, HEADER_ROW, 1, width)[0]).toEqual(t.columns.map((c) => c.header));
      expect(sheetRows(ws, HEADER_ROW + 1, t.rows.length, width)).toEqual(t.rows.map((r) => r.map(excelValue)));
      expect(ws.rowCount).toBe(HEADER_ROW + Math.max(1, t.rows.length));
    }
  });

  it("Word and PDF print each row's texts as the web does", async () => {
    const xml = zipEntry(await annualDocxBuffer(data), "word/document.xml")!;
    const docxRows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) =>
      [...m[1].matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) =>
        unescape([...c[1].matchAll(/<w:t[^>]*>(.*?)<\/w:t>/gs)].map((x) => x[1]).join("")),
      ),
    );
    for (const t of [...tables, scoresTable(data)]) {
      const texts = t.rows.map((r) => r.map(cellText));
      for (const r of [t.columns.map((c) => c.header), ...texts]) expect(docxRows).toContainEqual(r);
    }
    const pdf = pdfText(await annualPdfBuffer(data));
    if (!pdf) return;
    // A unit's row of 三、考核结果 on one line, with the texts the web shows.
    const row = webTable(tables[0]).body[1].map((c) => c.text);
    expect(pdf.split("\n").some((l) => row.every((x) => l.includes(x)))).toBe(true);
  });

  it("the web adds only its own column (附表3's links), one cell per row", () => {
    const t = scoresTable(data);
    const web = webTable(t, { header: "评分表", cells: t.rows.map((_, i) => `link-${i}`) });
    expect(web.headers).toEqual([...t.columns.map((c) => c.header), "评分表"]);
    expect(web.body.map((r) => r.map((c) => c.text))).toEqual(t.rows.map((r, i) => [...r.map(cellText), `link-${i}`]));
  });
});

describe("score sheet tables: one definition, every rendering", () => {
  it("the web groups the items under their category as Word merges them, with the same texts", async () => {
    const t = scoreSheetTable(sheet);
    const web = webTable(t);
    expect(web.headers).toEqual(t.columns.map((c) => c.header));
    // A category's header spans its items; the rows under it start at the item.
    const firstCells = web.body.filter((r) => r.length === t.columns.length);
    expect(firstCells.map((r) => r[0].text)).toEqual([...new Set(t.rows.map((r) => r[0]))]);
    expect(firstCells[0][0].attrs).toMatch(/scope="rowgroup" rowSpan="2"/);
    expect(web.body.map((r) => r.map((c) => c.text).slice(-7))).toEqual(t.rows.map((r) => r.map(cellText).slice(1)));
    const xml = zipEntry(await sheetDocxBuffer(sheet), "word/document.xml")!;
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(firstCells.length);
  });

  it("the Excel sheet holds the items, bonus and veto tables and the totals the web and Word show", async () => {
    const wb = await workbook(await sheetXlsxBuffer(sheet));
    for (const t of [scoreSheetTable(sheet), bonusTable(sheet), vetoTable(sheet)]) {
      const ws = wb.getWorksheet(t.sheet!)!;
      expect(sheetRows(ws, HEADER_ROW, 1, t.columns.length)[0]).toEqual(t.columns.map((c) => c.header));
      expect(sheetRows(ws, HEADER_ROW + 1, t.rows.length, t.columns.length)).toEqual(
        t.rows.map((r) => r.map(excelValue)),
      );
    }
    const items = wb.getWorksheet("考核评分表")!;
    const totals = sheetTotals(sheet);
    const below = sheetRows(items, HEADER_ROW + Math.max(1, sheet.rows.length) + 3, totals.length, 6).map((r) => [
      r[0],
      r[5],
    ]);
    expect(below).toEqual(totals.map((x) => [x.label, excelValue(x.value)]));
    expect(totals.map((x) => `${x.label}：${cellText(x.value)}`)).toEqual([
      "考核总分：92.0",
      "考核等次：不合格",
      "考核状态：已定稿",
    ]);
    const xml = zipEntry(await sheetDocxBuffer(sheet), "word/document.xml")!;
    expect(xml).toContain(totals.map((x) => `${x.label}：${cellText(x.value)}`).join("　　"));
  });
});
