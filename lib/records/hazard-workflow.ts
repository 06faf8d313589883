// The hazard's life (隐患治理): open → rectifying → awaiting acceptance (the unit says it is fixed) →
// closed (销号, the committee office accepts) or back to rectifying with a comment. Plain rules, no database.
import type { Permission } from "@/lib/authz";

export const HAZARD_STATUSES = ["open", "rectifying", "awaiting_acceptance", "closed"] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];
export const HAZARD_LEVELS = ["general", "major"] as const;
export type HazardLevel = (typeof HAZARD_LEVELS)[number];

export const HAZARD_STEPS = ["start", "submit", "accept", "return"] as const;
export type HazardStep = (typeof HAZARD_STEPS)[number];

/** Who may take each step and between which states. */
export const HAZARD_TRANSITIONS: Record<HazardStep, { from: HazardStatus; to: HazardStatus; permission: Permission }> =
  {
    start: { from: "open", to: "rectifying", permission: "hazard.edit" },
    submit: { from: "rectifying", to: "awaiting_acceptance", permission: "hazard.edit" },
    accept: { from: "awaiting_acceptance", to: "closed", permission: "hazard.supervise" },
    return: { from: "awaiting_acceptance", to: "rectifying", permission: "hazard.supervise" },
  };

export function nextHazardStatus(step: HazardStep, from: HazardStatus): HazardStatus | null {
  const t = HAZARD_TRANSITIONS[step];
  return t.from === from ? t.to : null;
}

/** Steps open from a status (the page shows only those the viewer may take). */
export function stepsFrom(status: HazardStatus): HazardStep[] {
  return HAZARD_STEPS.filter((s) => HAZARD_TRANSITIONS[s].from === status);
}

/** 逾期: not closed and the deadline has passed (the deadline day itself is still in time). */
export function isOverdue(h: { status: HazardStatus; deadline: string }, today: string): boolean {
  return h.status !== "closed" && h.deadline < today;
}

/** Whole days past the deadline on `today` (0 when not overdue). Dates are YYYY-MM-DD. */
export function daysOverdue(deadline: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}

/** 挂牌督办 over this many days past its deadline proposes the veto, not only a deduction. */
export const SUPERVISED_VETO_AFTER_DAYS = 30;
