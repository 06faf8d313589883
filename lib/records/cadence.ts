// When a duty with a cadence (每月/每季度/每年) is done, due or overdue, from the date of the last work record
// linked to it. Calendar dates in Asia/Shanghai as "YYYY-MM-DD" strings, compared as strings; pure.
export type Cadence = "once" | "monthly" | "quarterly" | "yearly" | "on_event";
export type PeriodicCadence = "monthly" | "quarterly" | "yearly";
/** done: a record in the current period; due: none yet this period, but the previous period was covered
 * (or lies before the duty applied); overdue: the previous period ended without a record. */
export type DueState = "done" | "due" | "overdue";
export type Period = { start: string; end: string };

export const PERIODIC: readonly PeriodicCadence[] = ["monthly", "quarterly", "yearly"];

export function isPeriodic(c: string): c is PeriodicCadence {
  return (PERIODIC as readonly string[]).includes(c);
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Days in month m (1–12) of year y. */
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parse(date: string): [number, number, number] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  const [y, m, d] = date.split("-").map(Number);
  return [y, m, d];
}

/** The period of a cadence that contains `date`. */
export function periodOf(cadence: PeriodicCadence, date: string): Period {
  const [y, m] = parse(date);
  switch (cadence) {
    case "monthly":
      return { start: iso(y, m, 1), end: iso(y, m, daysIn(y, m)) };
    case "quarterly": {
      const first = m - ((m - 1) % 3);
      return { start: iso(y, first, 1), end: iso(y, first + 2, daysIn(y, first + 2)) };
    }
    case "yearly":
      return { start: iso(y, 1, 1), end: iso(y, 12, 31) };
  }
}

/** The period just before the one containing `date` (across year boundaries). */
export function previousPeriod(cadence: PeriodicCadence, date: string): Period {
  const [y, m, d] = parse(periodOf(cadence, date).start);
  const dayBefore = new Date(Date.UTC(y, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
  return periodOf(cadence, dayBefore);
}

/**
 * The state of a duty on `today`. `lastDone` is the date of the latest linked record on or before today
 * (null: none); `since` is the first day the duty applies (a year's list: 1 January) — a previous period
 * that began before it cannot be overdue. Null for duties without a periodic cadence (once, on event).
 */
export function dueState(args: { cadence: Cadence; lastDone: string | null; today: string; since: string }): DueState | null {
  const { cadence, lastDone, today, since } = args;
  if (!isPeriodic(cadence)) return null;
  const current = periodOf(cadence, today);
  if (lastDone && lastDone >= current.start && lastDone <= today) return "done";
  const previous = previousPeriod(cadence, today);
  if (previous.start < since) return "due";
  if (lastDone && lastDone >= previous.start && lastDone <= previous.end) return "due";
  return "overdue";
}
