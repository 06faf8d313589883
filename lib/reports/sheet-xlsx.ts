// A unit's 考核评分表 as an Excel workbook: the item sheet with the bonus and the totals (./sheet-tables, as
// on the web and in Word and PDF) below it, and a sheet each for the bonus items and the veto check; from the
// score sheet data only. Each sheet opens with its title (the sheet's, with the edition when there is one).
import type { ScoreSheet } from "./types";
import { type Edition, sc } from "./blocks";
import { scoreSheetDocument } from "./sheet-blocks";
import { bonusTable, scoreSheetTable, sheetTotals, vetoTable } from "./sheet-tables";
import { sheetWords as t } from "./wording";
import { HEADER_ROW, addTableSheet, newWorkbook, workbookBuffer, writeCell } from "./xlsx-kit";

export function sheetXlsxBuffer(sheet: ScoreSheet, edition: Edition = null): Promise<Buffer> {
  const doc = scoreSheetDocument(sheet, edition);
  const wb = newWorkbook(doc.title, doc.edition);
  const used = new Set<string>();
  const title = (part?: string) => `${doc.title}${part ? ` · ${part}` : ""}${doc.edition ?? ""}`;
  const ws = addTableSheet(wb, scoreSheetTable(sheet), used, title());
  // Under the items: the label in the first column, the figure under 考核得分. The bonus counts into the
  // total; its items have their own sheet.
  const totals = [{ label: t("bonus"), value: sc(sheet.bonus) }, ...sheetTotals(sheet)];
  let n = HEADER_ROW + Math.max(1, sheet.rows.length) + 2;
  for (const { label, value } of totals) {
    const row = ws.getRow(n++);
    writeCell(row.getCell(1), label);
    row.getCell(1).font = { bold: true };
    writeCell(row.getCell(6), value);
    row.getCell(6).font = { bold: true };
  }
  for (const table of [bonusTable(sheet), vetoTable(sheet)]) addTableSheet(wb, table, used, title(table.sheet));
  return workbookBuffer(wb);
}
