// What the report download routes agree on, as plain functions: the query's format, year and edition,
// the content types, and the Content-Disposition with an ASCII fallback and the Chinese name (RFC 6266 /
// RFC 5987).

import { attachmentHeader } from "@/lib/files/disposition";

export const FORMATS = ["docx", "pdf", "xlsx"] as const;
export type ReportFormat = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** `attachment; filename="report-2025.docx"; filename*=UTF-8''2025%E5%B9%B4…` (lib/files/disposition). */
export function attachment(asciiName: string, name: string, format: ReportFormat): string {
  return attachmentHeader(`${name}.${format}`, `${asciiName}.${format}`);
}
