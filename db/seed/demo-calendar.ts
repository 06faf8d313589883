// The demo's calendar (DESIGN §7). The story is written as of late November of a year in progress ("2026"
// in db/seed/*) after a closed year ("2025"); the seed moves it onto the application clock (lib/clock), so
// the demo is coherent on any date: the closed year is Y-1, the year in progress Y, the year of today().
// - A date of the closed year (or earlier) keeps its month and day in its shifted year (29 Feb → 28 Feb).
// - An event of the year in progress is never after `cutoff` (a few days before today): while the story's
//   end still lies ahead, its days are squeezed proportionally into [1 January, cutoff], order kept;
//   once today is past it (December), they keep their month and day.
// - Deadlines keep their distance from the event they follow (`after`); where the story needs one ahead
//   of today or overdue, the seed says so (hazards-data.ts). Last year's close in January has its own
//   rule (assessment-close.ts: closeDates).
import { today as clockToday } from "@/lib/clock";

/** The years the story is written in, and the last day it reaches in the year in progress. */
export const STORY = { last: 2025, current: 2026, end: "2026-11-30" } as const;

/** Days an event of the year in progress stays before today, room for the demo's own "today" steps. */
const MARGIN_DAYS = 3;

const DAY = 86_400_000;
const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `date` plus `n` days (YYYY-MM-DD). */
export const plusDays = (date: string, n: number) => iso(utc(date) + n * DAY);
/** Days from `a` to `b`. */
export const daysBetween = (a: string, b: string) => Math.round((utc(b) - utc(a)) / DAY);
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export type DemoCalendar = {
  /** The year in progress, Y (the story's 2026). */
  current: number;
  /** The closed year, Y-1 (the story's 2025). */
  last: number;
  /** Today on the application clock. */
  today: string;
  /** The latest day an event of the year in progress is dated. */
  cutoff: string;
  /** Whether the story's year in progress is squeezed (today is before its end). */
  squeezed: boolean;
  /** The demo year of a story year (2025 → Y-1, 2026 → Y, others alike). */
  year: (storyYear: number) => number;
  /** The story year of a demo year (Y-1 → 2025, Y → 2026). */
  story: (year: number) => number;
  /** A story date (YYYY-MM-DD) of an event, on the demo calendar. */
  date: (story: string) => string;
  /** A story date moved by whole years only (start dates of holdings, terms): never squeezed. */
  shift: (story: string) => string;
  /** A story deadline: as many days after the mapped `from` as the story has it after `from`. */
  after: (storyFrom: string, storyDeadline: string) => string;
  /** A story instant with an offset ("2025-08-14T14:05:00+08:00"), its Shanghai date mapped, time kept. */
  instant: (story: string) => Date;
};

export function demoCalendar(todayDate: string = clockToday()): DemoCalendar {
  const current = Number(todayDate.slice(0, 4));
  const delta = current - STORY.current;
  const jan1 = `${current}-01-01`;
  const early = plusDays(todayDate, -MARGIN_DAYS);
  const cutoff = early < jan1 ? jan1 : early;
  const storyEndDays = daysBetween(`${STORY.current}-01-01`, STORY.end);
  const cutoffDays = daysBetween(jan1, cutoff);
  const squeezed = cutoffDays < storyEndDays;

  const shift = (story: string) => {
    const y = Number(story.slice(0, 4)) + delta;
    const md = story.slice(5, 10);
    return `${y}-${md === "02-29" && !isLeap(y) ? "02-28" : md}`;
  };
  const date = (story: string) => {
    const y = Number(story.slice(0, 4));
    if (y < STORY.current) return shift(story);
    if (y > STORY.current || story > STORY.end) throw new Error(`demo calendar: ${story} is after the story's end`);
    if (!squeezed) return shift(story);
    const s = daysBetween(`${STORY.current}-01-01`, story);
    return plusDays(jan1, Math.floor((s * cutoffDays) / storyEndDays));
  };
  const after = (storyFrom: string, storyDeadline: string) => plusDays(date(storyFrom), daysBetween(storyFrom, storyDeadline));
  const instant = (story: string) => {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(\+08:00)$/.exec(story);
    if (!m) throw new Error(`demo calendar: ${story} is not a Shanghai instant`);
    return new Date(`${date(m[1])}T${m[2]}${m[3]}`);
  };
  return {
    current,
    last: current - 1,
    today: todayDate,
    cutoff,
    squeezed,
    year: (storyYear) => storyYear + delta,
    story: (year) => year - delta,
    date,
    shift,
    after,
    instant,
  };
}
