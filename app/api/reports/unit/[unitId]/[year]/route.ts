// GET /api/reports/unit/:unitId/:year?format=docx|pdf|xlsx[&edition=<reportId>] — a unit's 考核评分表 as Word
// (公文, signature lines), PDF or Excel, for whoever may read that unit's sheet (scoresheet.view with the unit
// as target, narrowed by lib/reports/access: a unit head reads their own). From an approved edition's
// snapshot when one is asked for or the year's report stands approved, else from the stored scores.
// Audited as an export; never cached (defineRoute).
import { z } from "zod";
import { getScoreSheet } from "@/db/queries/report-sheets";
import { canViewScoreSheet } from "@/lib/reports/access";
import { CONTENT_TYPES, FORMATS } from "@/lib/reports/download";
import { sheetTitle } from "@/lib/reports/sheet-blocks";
import { defineRoute, refuseRoute } from "@/server/route";
import { renderSheet } from "../../../files";
import { editionSource, standingSource } from "../../../source";
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
    // An approved edition (asked for, or the year's standing one) holds every unit's sheet as frozen.
    const approved = editionId != null ? await editionSource(tx, year, editionId) : await standingSource(tx, year);
    if (approved === "notFound") return notFound();
    if (approved === "tampered") return { response: await refuseRoute(409, "tampered", "reportFiles.errors"), audit: { result: "denied", after: { year, format, reason: "snapshot hash mismatch" } } };
    const sheet = approved ? approved.data.scoreSheets.find((s) => s.unitId === unitId) : await getScoreSheet(tx, year, unitId);
    if (!sheet) return notFound();
    // A live sheet carries its own 考核状态; only a frozen edition adds a line.
    const bytes = await renderSheet(format, sheet, approved ? approved.edition : null);
    return {
      file: { bytes, type: CONTENT_TYPES[format], name: `${sheetTitle(sheet)}.${format}`, fallback: `scoresheet-${year}-${unitId}.${format}` },
      audit: { after: { year, format, from: approved ? "approved" : "live", reportId: approved?.reportId ?? null, snapshotHash: approved?.snapshotHash ?? null } },
    };
  },
});
