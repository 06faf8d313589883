// GET /api/reports/annual/:year?format=docx|pdf|xlsx[&edition=<reportId>] — the bureau's 年度安全生产责任制
// 落实情况报告 as Word (公文), PDF or Excel, for whoever may read it (report.view as lib/reports/access narrows
// it, with the roles of the report's year). The edition is the web page's (server/reports/source): an
// approved one renders from its frozen snapshot, refused when its hash no longer matches. Audited as an
// export; never cached (defineRoute).
import { z } from "zod";
import { canViewBureauReport } from "@/lib/reports/access";
import { annualTitle } from "@/lib/reports/annual-blocks";
import { CONTENT_TYPES, FORMATS } from "@/lib/reports/download";
import { annualSource, isTampered } from "@/server/reports/source";
import { defineRoute, refuseRoute } from "@/server/route";
import { renderAnnual } from "../../files";
import { reportYear, reportEdition } from "../../params";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = defineRoute({
  name: "report.download",
  objectType: "report",
  permission: "report.view",
  messages: "reportFiles.errors",
  params: z.strictObject({ year: reportYear }),
  query: z.strictObject({ format: z.enum(FORMATS, { error: "invalidFormat" }), edition: reportEdition }),
  load: async (_tx, { params, query }) => ({ object: { year: params.year, editionId: query.edition ?? null }, objectId: query.edition ?? null, target: { year: params.year } }),
  allow: (viewer) => canViewBureauReport(viewer),
  respond: async ({ tx, object: { year, editionId }, query: { format } }) => {
    const source = await annualSource(tx, year, editionId);
    if (source === "notFound") return { response: await refuseRoute(404, "notFound", "reportFiles.errors"), audit: null };
    if (isTampered(source)) {
      return {
        response: await refuseRoute(409, "tampered", "reportFiles.errors"),
        audit: { result: "denied", after: { year, format, reason: "snapshot hash mismatch" } },
      };
    }
    const bytes = await renderAnnual(format, source.data, source.edition);
    return {
      file: { bytes, type: CONTENT_TYPES[format], name: `${annualTitle(year)}.${format}`, fallback: `report-${year}.${format}` },
      audit: { objectId: source.reportId, after: { year, format, from: source.from, snapshotHash: source.snapshotHash, bytes: bytes.length } },
    };
  },
});
