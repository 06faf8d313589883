// Shared by the report download routes: translated refusals, rendering by format (writers loaded on
// demand: the PDF font is 8 MB) and the file response. The data source is in ./source.
import { getTranslations } from "next-intl/server";
import type { Edition } from "@/lib/reports/blocks";
import { CONTENT_TYPES, attachment, type ReportFormat } from "@/lib/reports/download";
import type { AnnualReportData, ScoreSheet } from "@/lib/reports/types";

export const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

type ErrorCode =
  | "signedOut"
  | "forbidden"
  | "invalidYear"
  | "invalidFormat"
  | "invalidEdition"
  | "invalidUnit"
  | "notFound"
  | "tampered";

/** `{ error, message }` with the message in the viewer's language. */
export async function refuse(status: number, error: ErrorCode): Promise<Response> {
  const t = await getTranslations("reportFiles.errors");
  return Response.json({ error, message: t(error) }, { status, headers: NO_STORE });
}

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

export function fileResponse(bytes: Buffer, format: ReportFormat, asciiName: string, name: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...NO_STORE,
      "Content-Type": CONTENT_TYPES[format],
      "Content-Length": String(bytes.length),
      "Content-Disposition": attachment(asciiName, name, format),
    },
  });
}
