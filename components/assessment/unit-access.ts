// Who may do what on a unit's assessment page, from the viewer, the assessment's unit and status, and
// whether the viewer is a named reviewer of the year. The page, the download route and the actions use the
// same rules, so a form is only shown to someone whose action will be accepted.
import { can, hasPermission, type Viewer } from "@/lib/authz";
import type { VetoAppliesJson } from "@/db/schema/assessment";

type V = Pick<Viewer, "roles" | "personId" | "headedUnitIds" | "liaisonUnitIds" | "supervisedUnitIds" | "ownUnitIds">;
export type AssessmentStatus = "open" | "self_assessed" | "submitted" | "reviewed" | "decided" | "publicised" | "objection" | "final";

export const SELF_OPEN: AssessmentStatus[] = ["open", "self_assessed"];
export const REVIEW_OPEN: AssessmentStatus[] = ["submitted", "reviewed"];
/** Vetoes may be recorded until the committee decides (and again while an objection is re-reviewed). */
export const VETO_OPEN: AssessmentStatus[] = ["open", "self_assessed", "submitted", "reviewed", "objection"];

/** A unit the viewer works in, heads or is liaison for: never theirs to review. */
export function isOwnUnit(viewer: V, unitId: number): boolean {
  return [...viewer.ownUnitIds, ...viewer.headedUnitIds, ...viewer.liaisonUnitIds].includes(unitId);
}

export const isOffice = (viewer: V) => viewer.roles.includes("committee_office");

/** On the assessment team (考核组): the committee office, or a named reviewer holding the review grant. */
export function isOnTeam(viewer: V, isNamedReviewer: boolean): boolean {
  return hasPermission(viewer, "assessment.review") && (isOffice(viewer) || isNamedReviewer);
}

/** Read a unit's assessment: its own head or liaison, the office and chairs, supervising leaders, and the
 * assessment team. Not another unit's head, even one sitting on the committee. */
export function canReadUnitAssessment(viewer: V, unitId: number, isNamedReviewer: boolean): boolean {
  return isOnTeam(viewer, isNamedReviewer) || can(viewer as Viewer, "assessment.self.view", { unitIds: [unitId] });
}

/** Reviewing statuses: submitted or reviewed; the office also while an objection is re-reviewed. */
export function reviewStatusOpen(viewer: V, status: AssessmentStatus): boolean {
  return REVIEW_OPEN.includes(status) || (status === "objection" && isOffice(viewer));
}

export function unitAccess(viewer: V, a: { unitId: number; status: AssessmentStatus }, isNamedReviewer: boolean) {
  const own = isOwnUnit(viewer, a.unitId);
  const team = isOnTeam(viewer, isNamedReviewer) && !own;
  const canReview = team && reviewStatusOpen(viewer, a.status);
  return {
    canRead: canReadUnitAssessment(viewer, a.unitId, isNamedReviewer),
    canEditSelf: can(viewer as Viewer, "assessment.self.edit", { unitIds: [a.unitId] }) && SELF_OPEN.includes(a.status),
    canReview,
    canFinishReview: team && a.status === "submitted",
    canVeto: can(viewer as Viewer, "assessment.veto") && !own && VETO_OPEN.includes(a.status),
    isTeam: team,
    isOwn: own,
  };
}

/** Whether a veto rule covers a unit: each non-empty list (groups, kinds) must name the unit's. */
export function vetoRuleApplies(appliesTo: VetoAppliesJson, unit: { group: string | null; kind: string }): boolean {
  const groupOk = appliesTo.groups.length === 0 || (unit.group != null && appliesTo.groups.includes(unit.group));
  const kindOk = appliesTo.kinds.length === 0 || appliesTo.kinds.includes(unit.kind);
  return groupOk && kindOk;
}
