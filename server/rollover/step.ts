// What every 年度切换 step starts with: the year must be preparable (this calendar year before its rollover,
// or the next), and the per-year lock is taken so two runs of a step cannot interleave.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import { lockRolloverYear } from "@/db/queries/rollover";
import { calendarYear } from "@/lib/clock";
import { preparableYears } from "@/lib/years/rollover";
import { ActionError } from "@/server/action";

/** What the page tells the office after a step: a message key and its numbers. */
export type StepDone = { message: string; values: Record<string, number | string> };

/** Only this calendar year (before its rollover) and the next may be prepared: a past year is history. */
export function assertPreparable(to: number, field?: string) {
  if (!preparableYears(calendarYear()).includes(to)) throw new ActionError("rollover.errors.year", field);
}

/** The checks every step starts with; returns the source year. */
export async function beginRolloverStep(tx: AuditedTx, to: number) {
  assertPreparable(to, "year");
  await lockRolloverYear(tx, to);
  return to - 1;
}

export const stepAudit = (action: string, to: number, after: Record<string, unknown>) => ({
  action,
  objectType: "year",
  objectId: to,
  after,
});
