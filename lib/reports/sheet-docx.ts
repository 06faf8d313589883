// A unit's 考核评分表 as a Word file (公文 layout) with signature lines, from the score sheet data only.
import type { ScoreSheet } from "./types";
import type { Edition } from "./blocks";
import { reportDocxBuffer } from "./docx-kit";
import { scoreSheetDocument } from "./sheet-blocks";

export function sheetDocxBuffer(sheet: ScoreSheet, edition: Edition = null): Promise<Buffer> {
  return reportDocxBuffer(scoreSheetDocument(sheet, edition));
}
