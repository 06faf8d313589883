// What the report download routes agree on, as plain functions: the query's format, year and edition,
// the content types, and the Content-Disposition with an ASCII fallback and the Chinese name (RFC 6266 /
// RFC 5987).

export const FORMATS = ["docx", "pdf", "xlsx"] as const;
export type ReportFormat = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const parseFormat = (raw: string | null): ReportFormat | null =>
  (FORMATS as readonly (string | null)[]).includes(raw) ? (raw as ReportFormat) : null;

/** A four-digit year 2000–2100, else null. */
export function parseYear(raw: string): number | null {
  if (!/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** A positive id (at most nine digits), else null. */
export function parseId(raw: string | null): number | null {
  if (raw == null || !/^\d{1,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}

/** RFC 5987 value: UTF-8, percent-encoded, including the characters encodeURIComponent leaves (' ( ) *). */
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="report-2025.docx"; filename*=UTF-8''2025%E5%B9%B4…` — characters a file system
 * refuses (and control characters) become "_" in the Chinese name.
 */
export function attachment(asciiName: string, name: string, format: ReportFormat): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_");
  return `attachment; filename="${asciiName}.${format}"; filename*=UTF-8''${rfc5987(`${safe}.${format}`)}`;
}
