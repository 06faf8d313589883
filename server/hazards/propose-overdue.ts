// Overdue hazards propose for the assessment: run by each hazard write and by the office's "propose now".
import "server-only";
import type { AuditedTx } from "@/db/audited";
import { createHazardDeductionProposals, createHazardVetoProposals, getOverdueHazardBasis } from "@/db/queries/proposals";
import { today as clockToday } from "@/lib/clock";
import { isVetoLate, isYearBegun, overdueDeductionReason, overdueVetoBasis } from "@/lib/records/overdue-proposals";

/**
 * Every 重大 hazard overdue on `today` (not closed, deadline passed within or before `year`) proposes one
 * deduction for its unit's assessment of `year`; a 挂牌督办 one more than 30 days late also proposes the
 * hazard veto. Assessments already final are left alone. Idempotent; a fixed number of queries.
 */
export async function proposeForOverdueHazards(tx: AuditedTx, year: number, today: string, userId: number | null = null) {
  const none = { deductions: 0, vetoes: 0 };
  if (!isYearBegun(year, today)) return none;
  const basis = await getOverdueHazardBasis(tx, year, today);
  if (!basis?.overdue.length) return none;
  const { target, vetoRule, overdue } = basis;
  const deductions = target
    ? await createHazardDeductionProposals(tx, target, overdue.map((h) => ({ ...h, reason: overdueDeductionReason(h, today) })))
    : 0;
  const vetoes = vetoRule
    ? await createHazardVetoProposals(tx, vetoRule.id, overdue.filter(isVetoLate).map((h) => ({ ...h, basis: overdueVetoBasis(h) })), userId)
    : 0;
  return { deductions, vetoes };
}

/** Proposals for hazards overdue as of today, for this year's assessments: what each hazard write runs. */
export async function proposeForOverdueToday(tx: AuditedTx, userId: number) {
  const d = clockToday();
  return proposeForOverdueHazards(tx, Number(d.slice(0, 4)), d, userId);
}
