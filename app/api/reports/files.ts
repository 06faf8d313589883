// Shared by the report download routes: rendering by format (writers loaded on demand: the PDF font is
// 8 MB). Refusals and the file response are defineRoute's (server/route.ts); the edition is server/reports/source's.
import type { Edition } from "@/lib/reports/blocks";
import type { ReportFormat } from "@/lib/reports/download";
import type { ScoreSheet, AnnualReportData } from "@/lib/reports/types";

export async function renderAnnual(format: ReportFormat, data: AnnualReportData, edition: Edition): Promise<Buffer> {
  if (format === "docx") return (await import("@/lib/reports/annual-docx")).annualDocxBuffer(data, edition);
  if (format === "pdf") return (await import("@/lib/reports/annual-pdf")).annualPdfBuffer(data, edition);
  return (await import("@/lib/reports/annual-xlsx")).annualXlsxBuffer(data, edition);
}

export async function renderSheet(format: ReportFormat, sheet: ScoreSheet, edition: Edition): Promise<Buffer> {
  if (format === "docx") return (await import("@/lib/reports/sheet-docx")).sheetDocxBuffer(sheet, edition);
  if (format === "pdf") return (await import("@/lib/reports/sheet-pdf")).sheetPdfBuffer(sheet, edition);
  return (await import("@/lib/reports/sheet-xlsx")).sheetXlsxBuffer(sheet, edition);
}
