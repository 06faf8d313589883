// Which year a page opens on. The working year is the latest *prepared* year (its committee exists) that
// has begun: the calendar year once it is prepared, else the last prepared year before it (in January,
// before the office has run the rollover, pages stay on last year). With nothing prepared at all (a new
// installation), the calendar year.
import { queryParam, readSearchParams, type RawParam } from "@/lib/url-params";

export function workingYearOf(preparedYears: readonly number[], calendarYear: number): number {
  let best: number | undefined;
  for (const y of preparedYears) if (y <= calendarYear && (best === undefined || y > best)) best = y;
  return best ?? calendarYear;
}

/** The years a year picker offers: every year with data, the working year, and the next one (to prepare). */
export function pickerYears(yearsWithData: readonly number[], workingYear: number): number[] {
  return [...new Set([...yearsWithData, workingYear, workingYear + 1])].sort((a, b) => b - a);
}

/** A `?year=` value taken only when it is a year of ours (lib/url-params); otherwise the working year. */
export function parseYearParam(raw: RawParam, workingYear: number): number {
  return readSearchParams({ year: queryParam.year.default(workingYear) }, { year: raw }).values.year;
}
