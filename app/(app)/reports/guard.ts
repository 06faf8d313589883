// Page checks for the reports: the bureau report and a unit's score sheet (lib/reports/access narrows
// the committee_member grant: a unit head on the committee sees their own unit's sheet only). A refusal
// is written to the audit log like any denied page.
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import type { Viewer } from "@/lib/authz";
import { actorOf, requireViewer } from "@/server/auth/viewer";
import { canOpenReports, canViewBureauReport, canViewScoreSheet } from "@/lib/reports/access";

async function guard(path: string, allow: (v: Viewer) => boolean, year?: number) {
  const viewer = await requireViewer({ year });
  const allowed = allow(viewer);
  if (!allowed) {
    await recordAudit(await getDb(), await actorOf(viewer), { action: "page.view", objectType: "page", objectId: path, result: "denied" });
  }
  return { viewer, allowed };
}

export const guardReportsIndex = () => guard("/reports", canOpenReports);
/** A year's report and sheets are read with the roles of that year (its committee and 分管). */
export const guardBureauReport = (path: string, year: number) => guard(path, canViewBureauReport, year);
export const guardScoreSheet = (path: string, unitId: number, year: number) => guard(path, (v) => canViewScoreSheet(v, unitId), year);
