// GET /api/reports/unit/:unitId/:year?format=docx|pdf|xlsx[&edition=<reportId>] — a unit's 考核评分表 as Word
// (公文, signature lines), PDF or Excel, for whoever may read that unit's sheet (scoresheet.view with the unit
// as target, narrowed by lib/reports/access: a unit head reads their own). The edition is the web page's
// (server/reports/source): an asked or the standing approved edition's snapshot, else the stored scores.
// Audited as an export; never cached (defineRoute).
import { z } from "zod";
import { canViewScoreSheet } from "@/lib/reports/access";
import { CONTENT_TYPES, FORMATS } from "@/lib/reports/download";
import { sheetTitle } from "@/lib/reports/sheet-blocks";
import { isTampered, sheetSource } from "@/server/reports/source";
import { defineRoute, refuseRoute } from "@/server/route";
import { renderSheet } from "../../../files";
import { reportEdition, reportUnit, reportYear } from "../../../params";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = defineRoute({
  name: "scoresheet.download",
  objectType: "unit",
  permission: "scoresheet.view",
  messages: "reportFiles.errors",
  params: z.strictObject({ unitId: reportUnit, year: reportYear }),
  query: z.strictObject({ format: z.enum(FORMATS, { error: "invalidFormat" }), edition: reportEdition }),
  load: async (_tx, { params, query }) => ({
    object: { unitId: params.unitId, year: params.year, editionId: query.edition ?? null },
    objectId: params.unitId,
    target: { unitIds: [params.unitId], year: params.year },
  }),
  allow: (viewer, { unitId }) => canViewScoreSheet(viewer, unitId),
  respond: async ({ tx, object: { unitId, year, editionId }, query: { format } }) => {
    const notFound = async () => ({ response: await refuseRoute(404, "notFound", "reportFiles.errors"), audit: null });
    const source = await sheetSource(tx, year, unitId, editionId);
    if (source === "notFound") return notFound();
    if (isTampered(source)) return { response: await refuseRoute(409, "tampered", "reportFiles.errors"), audit: { result: "denied", after: { year, format, reason: "snapshot hash mismatch" } } };
    const { sheet } = source;
    if (!sheet) return notFound();
    const bytes = await renderSheet(format, sheet, source.edition);
    return {
      file: { bytes, type: CONTENT_TYPES[format], name: `${sheetTitle(sheet)}.${format}`, fallback: `scoresheet-${year}-${unitId}.${format}` },
      audit: { after: { year, format, from: source.from, reportId: source.reportId, snapshotHash: source.snapshotHash } },
    };
  },
});
