// GET /api/reports/annual/:year?format=docx|pdf|xlsx[&edition=<reportId>] — the bureau's 年度安全生产责任制
// 落实情况报告 as Word (公文), PDF or Excel, for whoever may read it (report.view as lib/reports/access narrows
// it). An approved edition renders from its frozen snapshot; otherwise what the web page shows. Audited as
// an export; never cached.
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { forYear } from "@/lib/authz";
import { actorOf, getViewer } from "@/lib/auth/viewer";
import { canViewBureauReport } from "@/lib/reports/access";
import { annualTitle } from "@/lib/reports/annual-blocks";
import { parseFormat, parseId, parseYear } from "@/lib/reports/download";
import { fileResponse, refuse, renderAnnual } from "../../files";
import { annualSource } from "../../source";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(req: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year: rawYear } = await params;
  const query = new URL(req.url).searchParams;
  const signedIn = await getViewer();
  const db = await getDb();
  const actor = await actorOf(signedIn);
  const year = parseYear(rawYear);
  const viewer = signedIn && year != null ? forYear(signedIn, year) : signedIn;
  const deny = async (status: 401 | 403) => {
    await recordAudit(db, actor, {
      action: "report.download",
      objectType: "report",
      objectId: null,
      result: "denied",
      after: { year: rawYear.slice(0, 16) },
    });
    return refuse(status, status === 401 ? "signedOut" : "forbidden");
  };
  if (!viewer) return deny(401);
  if (viewer.mustChangePassword || !canViewBureauReport(viewer)) return deny(403);
  if (year == null) return refuse(400, "invalidYear");
  const format = parseFormat(query.get("format"));
  if (!format) return refuse(400, "invalidFormat");
  const editionId = query.has("edition") ? parseId(query.get("edition")) : null;
  if (query.has("edition") && editionId == null) return refuse(400, "invalidEdition");

  const source = await annualSource(db, year, editionId);
  if (source === "notFound") return refuse(404, "notFound");
  if (source === "tampered") {
    await recordAudit(db, actor, {
      action: "report.download",
      objectType: "report",
      objectId: editionId,
      result: "denied",
      after: { year, format, reason: "snapshot hash mismatch" },
    });
    return refuse(409, "tampered");
  }
  const bytes = await renderAnnual(format, source.data, source.edition);
  await recordAudit(db, actor, {
    action: "report.download",
    objectType: "report",
    objectId: source.reportId,
    after: { year, format, from: source.from, snapshotHash: source.snapshotHash, bytes: bytes.length },
  });
  return fileResponse(bytes, format, `report-${year}`, annualTitle(year));
}
