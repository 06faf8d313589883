// The annual accountability report as a PDF (A4, Noto Sans SC embedded), from the report data only.
import type { AnnualReportData } from "./types";
import type { Edition } from "./blocks";
import { annualDocument } from "./annual-blocks";
import { reportPdfBuffer } from "./pdf-kit";

export function annualPdfBuffer(data: AnnualReportData, edition: Edition = null): Promise<Buffer> {
  return reportPdfBuffer(annualDocument(data, edition));
}
