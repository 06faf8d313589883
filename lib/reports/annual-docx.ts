// The annual accountability report as a Word file (公文 layout), from the report data only.
import type { AnnualReportData } from "./types";
import type { Edition } from "./blocks";
import { annualDocument } from "./annual-blocks";
import { reportDocxBuffer } from "./docx-kit";

export function annualDocxBuffer(data: AnnualReportData, edition: Edition = null): Promise<Buffer> {
  return reportDocxBuffer(annualDocument(data, edition));
}
