// Report tables as Excel sheets (exceljs): one sheet per table, header row bold and frozen with a filter,
// column widths from the content, numbers written as numbers (scores with one decimal), and every text
// written as a plain string value — exceljs stores strings as shared strings, never as formulas — with the
// Text number format, so "=1+1" or "@SUM(A1)" stays text even when the cell is edited and confirmed again.
import ExcelJS from "exceljs";
import { type Cell, type TableBlock, cellText } from "./blocks";

/** Display width in Excel's character units: a Chinese character counts two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/u.test(ch) ? 2 : 1;
  return w;
}

/** A sheet name Excel accepts: no : \ / ? * [ ], not quoted, at most 31 characters, unique in the book. */
export function sheetName(wanted: string, used: Set<string>): string {
  const base =
    [
      ...wanted
        .replace(/[:\\/?*[\]]/g, "_")
        .replace(/^'+|'+$/g, "")
        .trim(),
    ]
      .slice(0, 31)
      .join("") || "Sheet";
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++)
    name = `${[...base].slice(0, 31 - String(n).length - 1).join("")}_${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** Writes one typed cell: numbers as numbers, text as a string in the Text format, empty as empty. */
export function writeCell(cell: ExcelJS.Cell, value: Cell) {
  if (value == null) return;
  if (typeof value === "number") {
    cell.value = value;
  } else if (typeof value === "object") {
    cell.value = "score" in value ? value.score : value.percent;
    cell.numFmt = "score" in value ? "0.0" : "0.0%";
  } else {
    // Always a JavaScript string (never an object exceljs would read as a formula or rich text).
    cell.value = String(value);
    cell.numFmt = "@";
  }
}

const WRAP_AT = 48;

/** Adds a sheet for the table; returns it so a caller can append lines (totals) below. */
export function addTableSheet(wb: ExcelJS.Workbook, t: TableBlock, used: Set<string>): ExcelJS.Worksheet {
  // Printed (or converted to PDF) on A4 landscape, all columns on one page wide, the header row on each page.
  const ws = wb.addWorksheet(sheetName(t.sheet ?? t.caption, used), {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    },
  });
  const header = ws.getRow(1);
  t.columns.forEach((c, i) => writeCell(header.getCell(i + 1), c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  const widths = t.columns.map((c) => displayWidth(c.header));
  for (const r of t.rows)
    r.forEach((v, i) => {
      widths[i] = Math.max(widths[i], displayWidth(v == null ? "" : cellText(v)));
    });
  const aligns = t.columns.map((c, i): Partial<ExcelJS.Alignment> | null =>
    widths[i] + 2 > WRAP_AT
      ? { wrapText: true, vertical: "top" }
      : c.align === "center"
        ? { horizontal: "center" }
        : null,
  );
  t.columns.forEach((_, i) => (ws.getColumn(i + 1).width = Math.min(WRAP_AT, Math.max(6, widths[i] + 2))));
  t.rows.forEach((r, n) => {
    const row = ws.getRow(n + 2);
    r.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      writeCell(cell, v);
      if (aligns[i]) cell.alignment = aligns[i];
    });
  });
  if (t.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  return ws;
}

/** A workbook with the document's title and edition in its properties. */
export function newWorkbook(title: string, edition: string | null): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "DualDuty";
  wb.title = title;
  if (edition) wb.description = edition;
  return wb;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
