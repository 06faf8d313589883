// GET /api/reports/unit/:unitId/:year?format=docx|pdf|xlsx[&edition=<reportId>] — a unit's 考核评分表 as Word
// (公文, signature lines), PDF or Excel, for whoever may read that unit's sheet (scoresheet.view with the unit
// as target, narrowed by lib/reports/access: a unit head reads their own). From an approved edition's
// snapshot when one is asked for or the year's report stands approved, else from the stored scores.
// Audited as an export; never cached.
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { getScoreSheet } from "@/db/queries/report-sheets";
import { forYear } from "@/lib/authz";
import { actorOf, getViewer } from "@/lib/auth/viewer";
import { canViewScoreSheet } from "@/lib/reports/access";
import { parseFormat, parseId, parseYear } from "@/lib/reports/download";
import { sheetTitle } from "@/lib/reports/sheet-blocks";
import { fileResponse, refuse, renderSheet } from "../../../files";
import { editionSource, standingSource } from "../../../source";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(req: Request, { params }: { params: Promise<{ unitId: string; year: string }> }) {
  const { unitId: rawUnit, year: rawYear } = await params;
  const query = new URL(req.url).searchParams;
  const signedIn = await getViewer();
  const db = await getDb();
  const actor = await actorOf(signedIn);
  const unitId = parseId(rawUnit);
  const year = parseYear(rawYear);
  const viewer = signedIn && year != null ? forYear(signedIn, year) : signedIn;
  const deny = async (status: 401 | 403) => {
    await recordAudit(db, actor, {
      action: "scoresheet.download",
      objectType: "unit",
      objectId: unitId,
      result: "denied",
      after: { year: rawYear.slice(0, 16) },
    });
    return refuse(status, status === 401 ? "signedOut" : "forbidden");
  };
  if (!viewer) return deny(401);
  if (viewer.mustChangePassword) return deny(403);
  if (unitId == null) return refuse(400, "invalidUnit");
  if (!canViewScoreSheet(viewer, unitId)) return deny(403);
  if (year == null) return refuse(400, "invalidYear");
  const format = parseFormat(query.get("format"));
  if (!format) return refuse(400, "invalidFormat");
  const editionId = query.has("edition") ? parseId(query.get("edition")) : null;
  if (query.has("edition") && editionId == null) return refuse(400, "invalidEdition");

  // An approved edition (asked for, or the year's standing one) holds every unit's sheet as frozen.
  const approved = editionId != null ? await editionSource(db, year, editionId) : await standingSource(db, year);
  if (approved === "notFound") return refuse(404, "notFound");
  if (approved === "tampered") return refuse(409, "tampered");
  const sheet = approved
    ? approved.data.scoreSheets.find((s) => s.unitId === unitId)
    : await getScoreSheet(db, year, unitId);
  if (!sheet) return refuse(404, "notFound");

  // A live sheet carries its own 考核状态; only a frozen edition adds a line.
  const bytes = await renderSheet(format, sheet, approved ? approved.edition : null);
  await recordAudit(db, actor, {
    action: "scoresheet.download",
    objectType: "unit",
    objectId: unitId,
    after: {
      year,
      format,
      from: approved ? "approved" : "live",
      reportId: approved?.reportId ?? null,
      snapshotHash: approved?.snapshotHash ?? null,
    },
  });
  return fileResponse(bytes, format, `scoresheet-${year}-${unitId}`, sheetTitle(sheet));
}
