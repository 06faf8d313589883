// The annual accountability report as a PDF (A4, Chinese faces embedded: lib/documents/pdf-doc.ts), from the
// report data only.
import type { AnnualReportData } from "./types";
import type { Edition } from "./blocks";
import { annualDocument } from "./annual-blocks";
import { reportPdfBuffer } from "./pdf-kit";

export function annualPdfBuffer(data: AnnualReportData, edition: Edition = null): Promise<Buffer> {
  return reportPdfBuffer(annualDocument(data, edition));
}
