// The years the bureau has: which are prepared (a committee exists), which have any year-scoped data, and
// the working year pages open on (lib/years/working-year.ts).
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../client";
import { pickerYears, workingYearOf } from "@/lib/years/working-year";

export type YearsInfo = {
  workingYear: number;
  preparedYears: number[];
  /** Years with anything at all: a committee, lists, a scheme or 分管. */
  dataYears: number[];
  /** The year picker's options (lib/years/working-year.ts pickerYears). */
  years: number[];
};

/** One query: prepared years and every year with a committee, lists, a scheme or 分管. */
export async function getYearsInfo(db: Db, calendarYear: number): Promise<YearsInfo> {
  const rows = await db.execute(sql`
    select y.year, bool_or(y.prepared) as prepared from (
      select year, true as prepared from committees
      union all select year, false from responsibility_lists
      union all select year, false from assessment_schemes
      union all select year, false from supervisions
    ) y group by y.year order by y.year`);
  const list = rowsOf<{ year: number; prepared: boolean }>(rows).map((r) => ({
    year: Number(r.year),
    prepared: Boolean(r.prepared),
  }));
  const preparedYears = list.filter((r) => r.prepared).map((r) => r.year);
  const workingYear = workingYearOf(preparedYears, calendarYear);
  const dataYears = list.map((r) => r.year);
  return { workingYear, preparedYears, dataYears, years: pickerYears(dataYears, workingYear) };
}
