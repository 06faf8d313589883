// Who may read the bureau's annual report and a unit's score sheet. lib/authz grants report.view and
// scoresheet.view "all" to committee_member — but every unit head sits on the committee as a member, and
// DESIGN §1/§4 keep other units' results from a unit head (a unit head sees their own unit's sheet).
// So a committee member who is there as a unit's head or liaison reads only their own units' sheets; the
// office, the chairs, the leaders (and a member who heads no unit) read everything.
import { can, hasPermission, type Viewer } from "@/lib/authz";

type V = Pick<Viewer, "roles" | "headedUnitIds" | "liaisonUnitIds" | "supervisedUnitIds" | "personId">;

const BUREAU_ROLES = new Set(["committee_office", "committee_chair", "leader"]);

/** The bureau report (and so every unit's sheet). */
export function canViewBureauReport(viewer: V): boolean {
  if (!hasPermission(viewer, "report.view")) return false;
  if (viewer.roles.some((r) => BUREAU_ROLES.has(r))) return true;
  // A plain committee member: only one who is not on the committee for a unit they head or liaise for.
  return viewer.headedUnitIds.length === 0 && viewer.liaisonUnitIds.length === 0;
}

/** The units whose sheets the viewer reads when not the whole bureau's: their own (headed or liaised). */
export function ownSheetUnitIds(viewer: V): number[] {
  return [...new Set([...viewer.headedUnitIds, ...viewer.liaisonUnitIds])];
}

/** One unit's score sheet. */
export function canViewScoreSheet(viewer: V, unitId: number): boolean {
  if (canViewBureauReport(viewer)) return true;
  return ownSheetUnitIds(viewer).includes(unitId) && can(viewer as Viewer, "scoresheet.view", { unitIds: [unitId] });
}

/** Whether the reports index has anything for the viewer. */
export function canOpenReports(viewer: V): boolean {
  return canViewBureauReport(viewer) || (hasPermission(viewer, "scoresheet.view") && ownSheetUnitIds(viewer).length > 0);
}
