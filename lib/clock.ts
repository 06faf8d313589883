// The one clock. Application code, the seed and queries take the time from `now()` (or as a parameter),
// never from a bare Date constructor, so tests and the demo can set it: `DUALDUTY_NOW` (ISO 8601 with an
// offset, parsed in lib/env.ts) starts the clock at that instant and lets it run on from there. Dates are
// Asia/Shanghai calendar days as the bureau sees them.
import { clockStart } from "./env";
import { shanghaiParts, TIME_ZONE } from "./format/datetime";

export { TIME_ZONE };

type Offset = { ms: number };
// Kept on globalThis so every module copy in a process (Next.js bundles, dev reloads) reads one clock.
const g = globalThis as typeof globalThis & { __dualdutyClock?: Offset };

function offset(): Offset {
  if (!g.__dualdutyClock) {
    const start = clockStart();
    g.__dualdutyClock = { ms: start ? start.getTime() - Date.now() : 0 };
  }
  return g.__dualdutyClock;
}

/** The current instant of the application's clock. */
export function now(): Date {
  return new Date(Date.now() + offset().ms);
}

/** Tests: move the clock to `at` (it runs on from there), or back to the configured clock with `null`. */
export function setClock(at: Date | string | null): void {
  if (at === null) {
    g.__dualdutyClock = undefined;
    return;
  }
  const t = typeof at === "string" ? new Date(at) : at;
  if (Number.isNaN(t.getTime())) throw new Error(`setClock: not a date: ${String(at)}`);
  g.__dualdutyClock = { ms: t.getTime() - Date.now() };
}

/** The calendar day (YYYY-MM-DD) of an instant in Shanghai. */
export function shanghaiDate(at: Date): string {
  const p = shanghaiParts(at);
  if (!p) throw new RangeError(`shanghaiDate: not a date: ${String(at)}`);
  return `${p.year}-${p.month}-${p.day}`;
}

export function shanghaiYear(at: Date): number {
  return Number(shanghaiDate(at).slice(0, 4));
}

/** Today in Shanghai (YYYY-MM-DD) on the application's clock. */
export function today(): string {
  return shanghaiDate(now());
}

/** The calendar year in Shanghai on the application's clock. */
export function calendarYear(): number {
  return shanghaiYear(now());
}

/**
 * The one rule for "the organisation as of year Y": the date holdings, posts and units are read on for
 * year Y. The current year is read today; a past year on its last day; a future year on its first day.
 */
export function orgDateOf(year: number, todayDate: string): string {
  const thisYear = Number(todayDate.slice(0, 4));
  return year === thisYear ? todayDate : year < thisYear ? `${year}-12-31` : `${year}-01-01`;
}
