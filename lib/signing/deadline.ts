// The signing deadline of a year (setting `signing_deadline_month_day`, default 31 March). The date the
// board reads the org on is `orgDateOf` in lib/clock.ts. Dates are Asia/Shanghai calendar days as YYYY-MM-DD strings.

export const DEFAULT_DEADLINE_MONTH_DAY = "03-31";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The stored MM-DD when it names a real day (29 February allowed), else the default. */
export function normaliseMonthDay(value: string | null | undefined): string {
  const m = /^(\d{2})-(\d{2})$/.exec(value?.trim() ?? "");
  if (!m) return DEFAULT_DEADLINE_MONTH_DAY;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return DEFAULT_DEADLINE_MONTH_DAY;
  return `${m[1]}-${m[2]}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The year's deadline; 29 February becomes 28 February in a common year. */
export function deadlineOf(year: number, monthDay: string | null | undefined): string {
  const md = normaliseMonthDay(monthDay);
  return `${year}-${md === "02-29" && !isLeap(year) ? "02-28" : md}`;
}

/** Past the deadline: from the day after it. A past year is always past its deadline. */
export function isPastDeadline(year: number, monthDay: string | null | undefined, today: string): boolean {
  return today > deadlineOf(year, monthDay);
}

/** The general setting, and a year's own (set on /rollover), which the year's board reads first. */
export const DEADLINE_SETTING = "signing_deadline_month_day";
export const yearDeadlineSetting = (year: number) => `${DEADLINE_SETTING}:${year}`;
