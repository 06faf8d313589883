// The annual accountability report's tables as an Excel workbook: one sheet per table (考核结果, 控制指标,
// 责任书签订, 隐患台账, 事故, 一岗双责, 工作成效, 奖惩兑现, 问责), from the report data only; each sheet opens
// with the report's title, the table's name and the edition.
import type { AnnualReportData } from "./types";
import { type Edition, editionLine } from "./blocks";
import { annualSheets, annualTitle } from "./annual-blocks";
import { addTableSheet, newWorkbook, workbookBuffer } from "./xlsx-kit";

export function annualXlsxBuffer(data: AnnualReportData, edition: Edition = null): Promise<Buffer> {
  const title = `${data.bureauName}${annualTitle(data.year)}`;
  const line = editionLine(edition);
  const wb = newWorkbook(title, line);
  const used = new Set<string>();
  for (const t of annualSheets(data)) addTableSheet(wb, t, used, `${title} · ${t.sheet ?? t.caption}${line ?? ""}`);
  return workbookBuffer(wb);
}
