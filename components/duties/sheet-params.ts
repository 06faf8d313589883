// The year a duty sheet shows (`?year=`, default the current Shanghai year) and the date it is read at:
// today for the current year, the last day of a past year, the first day of a future one.
import { shanghaiDate } from "@/lib/clock";

export function sheetYearAndDate(raw: string | string[] | undefined, now = new Date()) {
  const today = shanghaiDate(now);
  const thisYear = Number(today.slice(0, 4));
  const asked = typeof raw === "string" && /^\d{4}$/.test(raw) ? Number(raw) : thisYear;
  const year = asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const asOf = year === thisYear ? today : year < thisYear ? `${year}-12-31` : `${year}-01-01`;
  return { year, asOf };
}
