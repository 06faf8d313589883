// A unit's 考核评分表 as an Excel workbook: the item sheet with bonus, total and grade below it, and a sheet
// each for the bonus items and the veto check; from the score sheet data only.
import type { ScoreSheet } from "./types";
import { type Edition, sc } from "./blocks";
import { scoreSheetDocument, scoreSheetExtraTables, scoreSheetTable } from "./sheet-blocks";
import { addTableSheet, newWorkbook, workbookBuffer, writeCell } from "./xlsx-kit";

export function sheetXlsxBuffer(sheet: ScoreSheet, edition: Edition = null): Promise<Buffer> {
  const doc = scoreSheetDocument(sheet, edition);
  const wb = newWorkbook(doc.title, doc.edition);
  const used = new Set<string>();
  const ws = addTableSheet(wb, { ...scoreSheetTable(sheet, "考核评分表"), sheet: "考核评分表" }, used);
  // Totals under the items, label in the first column and the figure under 考核得分.
  const totals: [string, ReturnType<typeof sc>][] = [
    ["加分", sc(sheet.bonus)],
    ["考核总分", sc(sheet.total)],
    ["考核等次", sheet.grade],
  ];
  let n = sheet.rows.length + 3;
  for (const [label, value] of totals) {
    const row = ws.getRow(n++);
    writeCell(row.getCell(1), label);
    row.getCell(1).font = { bold: true };
    writeCell(row.getCell(6), value);
  }
  for (const t of scoreSheetExtraTables(sheet)) addTableSheet(wb, t, used);
  return workbookBuffer(wb);
}
