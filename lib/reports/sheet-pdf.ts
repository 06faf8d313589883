// A unit's 考核评分表 as a PDF (A4 landscape, Chinese faces embedded: lib/documents/pdf-doc.ts) with
// signature lines, from the score sheet data only.
import type { ScoreSheet } from "./types";
import type { Edition } from "./blocks";
import { reportPdfBuffer } from "./pdf-kit";
import { scoreSheetDocument } from "./sheet-blocks";

export function sheetPdfBuffer(sheet: ScoreSheet, edition: Edition = null): Promise<Buffer> {
  return reportPdfBuffer(scoreSheetDocument(sheet, edition));
}
