// Report tables as Excel sheets (exceljs): one sheet per table, a title row, the header row bold and frozen
// with a filter, column widths from the content within the page, wrapped text in rows tall enough for it
// (LibreOffice and Excel show every line), A4 landscape one page wide; numbers written as numbers (scores
// with one decimal), and every text written as a plain string value — exceljs stores strings as shared strings, never as formulas — with the
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

/** The sheet's first rows: its title, then the column headers; the data starts below. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;

/** Character units across A4 landscape between the margins (Excel's unit: the width of "0" in Calibri 11). */
const PAGE_WIDTH = 150;
/** A column is never wider than this (longer texts wrap), nor narrower than MIN_WIDTH. */
const MAX_WIDTH = 60;
const MIN_WIDTH = 6;
/** Points per wrapped line: a CJK fallback face at 11 pt needs about 15.5 (LibreOffice and Excel alike). */
const LINE_HEIGHT = 16;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Column widths: each column as wide as its longest line when the table fits the page width; otherwise the
 * columns that fit their share of the page (the table's relative widths) keep their width and the others
 * share the rest in those proportions, their text wrapping. Never wider than MAX_WIDTH.
 */
export function columnWidths(t: Pick<TableBlock, "columns" | "rows">): number[] {
  const longest = (c: Cell | string) => Math.max(0, ...cellLines(c).map(displayWidth));
  const natural = t.columns.map((c, i) =>
    Math.min(MAX_WIDTH, Math.max(longest(c.header), ...t.rows.map((r) => longest(r[i]))) + 2),
  );
  const out = natural.map((w) => Math.max(MIN_WIDTH, w));
  if (out.reduce((a, b) => a + b, 0) <= PAGE_WIDTH) return out;
  let free = PAGE_WIDTH;
  let flex = t.columns.map((_, i) => i);
  for (;;) {
    const weights = flex.reduce((a, i) => a + t.columns[i].width, 0);
    const fits = flex.filter((i) => out[i] <= (t.columns[i].width / weights) * free);
    if (!fits.length || fits.length === flex.length) {
      for (const i of flex)
        if (!fits.includes(i)) out[i] = Math.max(MIN_WIDTH, Math.floor((t.columns[i].width / weights) * free));
      return out;
    }
    for (const i of fits) free -= out[i];
    flex = flex.filter((i) => !fits.includes(i));
  }
}

/** The lines a cell prints as (its text split at line breaks; a number is one line). */
function cellLines(v: Cell | string): string[] {
  if (v == null) return [""];
  return (typeof v === "string" ? v : cellText(v)).replace(/\r\n?/g, "\n").split("\n");
}

/** How many lines a text takes in a column `width` characters wide, wrapped (a Chinese character counts two). */
export function wrappedLines(v: Cell | string, width: number): number {
  const room = Math.max(1, width - 1);
  return cellLines(v).reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / room)), 0);
}

/** A row tall enough for its longest wrapped cell (rows are not measured by Excel or LibreOffice on opening). */
function fitRow(row: ExcelJS.Row, values: (Cell | string)[], widths: number[]) {
  const lines = Math.max(1, ...values.map((v, i) => wrappedLines(v, widths[i])));
  row.height = lines * LINE_HEIGHT + 4;
}

/**
 * Adds a sheet for the table; returns it so a caller can append lines (totals) below. Row 1 is the title
 * (the table's, or `title`), row 2 the bold column headers (frozen, filtered, repeated on every printed
 * page), then the rows with borders, wrapped text and heights that fit it; "无" in a table without rows.
 * Printed (or converted to PDF) on A4 landscape, all columns one page wide.
 */
export function addTableSheet(
  wb: ExcelJS.Workbook,
  t: TableBlock,
  used: Set<string>,
  title: string = t.heading ?? t.caption,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(t.sheet ?? t.caption, used), {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  const n = Math.max(1, t.columns.length);
  const widths = columnWidths(t);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const titleRow = ws.getRow(TITLE_ROW);
  writeCell(titleRow.getCell(1), title);
  titleRow.getCell(1).font = { bold: true, size: 14 };
  titleRow.getCell(1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  if (n > 1) ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, n);
  titleRow.height = wrappedLines(title, widths.reduce((a, b) => a + b, 0) / 1.3) * 22 + 6;

  const header = ws.getRow(HEADER_ROW);
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    writeCell(cell, c.header);
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });
  fitRow(
    header,
    t.columns.map((c) => c.header),
    widths,
  );

  const rows: Cell[][] = t.rows.length ? t.rows : [["无", ...t.columns.slice(1).map(() => null)]];
  rows.forEach((r, k) => {
    const row = ws.getRow(HEADER_ROW + 1 + k);
    r.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      writeCell(cell, v);
      const align = t.columns[i]?.align;
      cell.alignment = {
        vertical: "top",
        wrapText: true,
        ...(align === "center" || align === "right" ? { horizontal: align } : {}),
      };
      cell.border = BORDER;
    });
    fitRow(row, r, widths);
  });
  if (t.columns.length && t.rows.length)
    ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: t.columns.length } };
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
