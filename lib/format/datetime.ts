// The one way a date or time is shown, on every screen and in every document: the wall clock and calendar
// of Asia/Shanghai, whatever the server's or the browser's zone. Screens (both languages) show the numeric
// form the date inputs take ("2026-12-05", "2026-12-05 01:51"); prose and documents the long form of the
// locale ("2026年12月5日", "5 December 2026").
export const TIME_ZONE = "Asia/Shanghai";

/** An instant (Date, epoch ms, ISO string with a zone) or a Shanghai wall time ("2026-12-05", "2026-12-05 01:51"). */
export type DateInput = Date | string | number | null | undefined;

export type DateStyle = "short" | "long";

/** Shown for a missing or unreadable value. */
export const NO_DATE = "—";

type Parts = { year: string; month: string; day: string; hour: string; minute: string; second: string };

const partsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// A wall time without a zone is Shanghai's (what the queries' to_char(... at time zone 'Asia/Shanghai') give).
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The Shanghai calendar and clock fields of a value; null when it is missing or not a date. */
export function shanghaiParts(d: DateInput): Parts | null {
  if (d == null || d === "") return null;
  if (typeof d === "string") {
    const m = WALL.exec(d.trim());
    if (m) {
      // Read through Date (as UTC) only to refuse 2026-02-30 and the like.
      const [, y, mo, day, h = "00", mi = "00", s = "00"] = m;
      const check = new Date(`${y}-${mo}-${day}T${h}:${mi}:${s}Z`);
      if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 19) !== `${y}-${mo}-${day}T${h}:${mi}:${s}`)
        return null;
      return { year: y, month: mo, day, hour: h, minute: mi, second: s };
    }
  }
  const date = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(date.getTime())) return null;
  const p = Object.fromEntries(partsFormat.formatToParts(date).map((x) => [x.type, x.value]));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

const isEnglish = (locale: string) => locale.toLowerCase().startsWith("en");

function longDate(p: Parts, locale: string): string {
  const [y, m, d] = [Number(p.year), Number(p.month), Number(p.day)];
  return isEnglish(locale) ? `${d} ${englishMonths[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/**
 * The calendar day in Shanghai. short: "2026-12-05" in both languages; long: "2026年12月5日" / "5 December 2026".
 * A bare "YYYY-MM-DD" is that day (no zone shift).
 */
export function formatDate(d: DateInput, locale: string, opts: { style?: DateStyle } = {}): string {
  const p = shanghaiParts(d);
  if (!p) return NO_DATE;
  return opts.style === "long" ? longDate(p, locale) : `${p.year}-${p.month}-${p.day}`;
}

/**
 * The date and time in Shanghai, 24-hour. short: "2026-12-05 01:51" in both languages (":07" more with
 * seconds); long: "2026年12月5日 01:51" / "5 December 2026, 01:51".
 */
export function formatDateTime(
  d: DateInput,
  locale: string,
  opts: { style?: DateStyle; seconds?: boolean } = {},
): string {
  const p = shanghaiParts(d);
  if (!p) return NO_DATE;
  const time = `${p.hour}:${p.minute}${opts.seconds ? `:${p.second}` : ""}`;
  if (opts.style === "long")
    return isEnglish(locale) ? `${longDate(p, locale)}, ${time}` : `${longDate(p, locale)} ${time}`;
  return `${p.year}-${p.month}-${p.day} ${time}`;
}
