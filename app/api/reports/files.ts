// Shared by the report download routes: translated refusals, the data source (an approved edition's frozen
// snapshot, its hash checked, or the live records through the report-data queries), rendering by format
// (writers loaded on demand: the PDF font is 8 MB) and the file response.
import { getTranslations } from "next-intl/server";
import type { Db } from "@/db/client";
import { getAnnualReportData } from "@/db/queries/report-data";
import { getReportEdition, listReportEditions } from "@/db/queries/reports";
import type { Edition } from "@/lib/reports/blocks";
import { CONTENT_TYPES, attachment, type ReportFormat } from "@/lib/reports/download";
import { isSnapshotIntact } from "@/lib/reports/hash";
import type { AnnualReportData, ScoreSheet } from "@/lib/reports/types";

export const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

type ErrorCode = "signedOut" | "forbidden" | "invalidYear" | "invalidFormat" | "invalidEdition" | "invalidUnit" | "notFound" | "tampered";

/** `{ error, message }` with the message in the viewer's language. */
export async function refuse(status: number, error: ErrorCode): Promise<Response> {
  const t = await getTranslations("reportFiles.errors");
  return Response.json({ error, message: t(error) }, { status, headers: NO_STORE });
}

export type Source = {
  data: AnnualReportData;
  edition: Edition;
  /** The edition read (approved) or the working draft whose texts were used; null for a preview. */
  reportId: number | null;
  snapshotHash: string | null;
  from: "approved" | "live";
};

type Approved = NonNullable<Awaited<ReturnType<typeof getReportEdition>>>;

function frozen(e: Approved): Source | "tampered" {
  if (!e.snapshot || !isSnapshotIntact(e.snapshot, e.snapshotHash)) return "tampered";
  return {
    data: e.snapshot,
    edition: { approvedAt: (e.approvedAt ?? e.updatedAt).toISOString(), hash: e.snapshotHash! },
    reportId: e.id,
    snapshotHash: e.snapshotHash,
    from: "approved",
  };
}

/** An approved edition of the year, asked for by id. */
export async function editionSource(db: Db, year: number, editionId: number): Promise<Source | "notFound" | "tampered"> {
  const e = await getReportEdition(db, editionId);
  if (!e || e.year !== year || e.status !== "approved") return "notFound";
  return frozen(e);
}

/** The year's standing approved edition: the latest edition when it is approved (no draft started since). */
export async function standingSource(db: Db, year: number): Promise<Source | "tampered" | null> {
  const [latest] = await listReportEditions(db, year);
  if (latest?.status !== "approved") return null;
  const e = await getReportEdition(db, latest.id);
  return e ? frozen(e) : null;
}

/**
 * The year's report data, as the web page shows it: the asked approved edition; else the standing approved
 * edition; else the live records with the working draft's texts (or none: a preview).
 */
export async function annualSource(db: Db, year: number, editionId: number | null): Promise<Source | "notFound" | "tampered"> {
  if (editionId != null) return editionSource(db, year, editionId);
  const standing = await standingSource(db, year);
  if (standing) return standing;
  const draft = (await listReportEditions(db, year)).find((e) => e.status === "draft");
  const data = await getAnnualReportData(db, year, { problems: draft?.problems ?? "", plans: draft?.plans ?? "" });
  return { data, edition: { draft: true }, reportId: draft?.id ?? null, snapshotHash: null, from: "live" };
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
