// The home dashboard's figures besides those it borrows from the signing board and coverage queries: the
// committee's stored results per year (decided, publicised or final units only), in one query.
import { sql } from "drizzle-orm";
import type { GradeBandJson } from "../schema/assessment";
import type { Db } from "../client";
import { jsonOf } from "./report-sheets";

export type YearResults = {
  year: number;
  bands: GradeBandJson[];
  /** Every decided unit's stored total (for the distribution of a year). */
  totals: number[];
  average: number | null;
  grades: Record<string, number>;
};

/** Per year with at least one decided unit, oldest first. One query whatever the number of units. */
export async function getResultsByYear(db: Db): Promise<YearResults[]> {
  const rows = await jsonOf<YearResults[]>(
    db,
    sql`select json_agg(y order by y.year) from (
      select s.year, s.grade_bands as bands,
        json_agg(a.total::float8 order by a.total desc) as totals,
        round(avg(a.total), 1)::float8 as average,
        (select coalesce(json_object_agg(g.grade, g.n), '{}'::json) from (
          select a2.grade, count(*)::int as n from assessments a2
          where a2.scheme_id = s.id and a2.status in ('decided', 'publicised', 'final') and a2.grade is not null
          group by a2.grade) g) as grades
      from assessments a join assessment_schemes s on s.id = a.scheme_id
      where a.status in ('decided', 'publicised', 'final') and a.total is not null
      group by s.id, s.year, s.grade_bands
    ) y`,
  );
  return rows ?? [];
}
