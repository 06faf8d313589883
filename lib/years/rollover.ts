// 年度切换: what a year has of each thing the office prepares from the year before, which of the six
// steps are done, which year may be prepared, and when the shell reminds the office to do it.

import { queryParam, readSearchParams } from "@/lib/url-params";

export const ROLLOVER_STEPS = ["committee", "supervisions", "lists", "scheme", "pledges", "deadline"] as const;
export type RolloverStep = (typeof ROLLOVER_STEPS)[number];

/** ready: done (counts shown); missing: not done yet; waiting: cannot run until something else exists. */
export type StepState = "ready" | "missing" | "waiting";

export type YearState = {
  year: number;
  /** The committee exists: the year counts as prepared. */
  hasCommittee: boolean;
  members: number;
  supervisions: number;
  lists: number;
  publishedLists: number;
  schemeStatus: "draft" | "approved" | "published" | "locked" | null;
  indicators: number;
  targets: number;
  pledges: { 1: number; 2: number; 3: number };
  /** The year's own signing deadline (MM-DD) when set; otherwise the general setting applies. */
  deadline: string | null;
  generalDeadline: string | null;
};

export const pledgeTotal = (s: YearState) => s.pledges[1] + s.pledges[2] + s.pledges[3];

/** Each step's state for the year being prepared. Pledges wait for the year's published lists. */
export function stepStates(to: YearState): Record<RolloverStep, StepState> {
  return {
    committee: to.hasCommittee ? "ready" : "missing",
    supervisions: to.supervisions > 0 ? "ready" : "missing",
    lists: to.lists > 0 ? "ready" : "missing",
    scheme: to.schemeStatus ? "ready" : "missing",
    pledges: pledgeTotal(to) > 0 ? "ready" : to.publishedLists > 0 ? "missing" : "waiting",
    deadline: to.deadline ? "ready" : "missing",
  };
}

/** The years the office may prepare: this calendar year (January, before the rollover) and the next.
 * A past year is history and never prepared again. */
export function preparableYears(calendarYear: number): number[] {
  return [calendarYear, calendarYear + 1];
}

/** The year the page opens on: the working year + 1, kept within the preparable years. */
export function defaultTargetYear(workingYear: number, calendarYear: number): number {
  const [first, last] = [calendarYear, calendarYear + 1];
  return Math.min(last, Math.max(first, workingYear + 1));
}

/** The year asked for (`?year=`) when it may be prepared, else the default. */
export function targetYearOf(raw: string | string[] | undefined, workingYear: number, calendarYear: number): number {
  const v = readSearchParams({ year: queryParam.year }, { year: raw }).values.year;
  return v !== undefined && preparableYears(calendarYear).includes(v)
    ? v
    : defaultTargetYear(workingYear, calendarYear);
}

/**
 * The year the shell reminds the office to prepare, or null: from 1 December the next year until its
 * committee exists; and, when December passed without it, the new calendar year. Only when there is a
 * committee to copy from: a new installation with nothing to roll over is not reminded.
 */
export function rolloverDueYear(
  todayDate: string,
  committees: { previous: boolean; current: boolean; next: boolean },
): number | null {
  const year = Number(todayDate.slice(0, 4));
  if (todayDate.slice(5) >= "12-01" && committees.current && !committees.next) return year + 1;
  if (!committees.current && committees.previous) return year;
  return null;
}

/** A year with nothing prepared yet. */
export const emptyYearState = (year: number, generalDeadline: string | null = null): YearState => ({
  year,
  hasCommittee: false,
  members: 0,
  supervisions: 0,
  lists: 0,
  publishedLists: 0,
  schemeStatus: null,
  indicators: 0,
  targets: 0,
  pledges: { 1: 0, 2: 0, 3: 0 },
  deadline: null,
  generalDeadline,
});
