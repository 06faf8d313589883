// The home dashboard's figures, each one aggregate query whatever the size of the organisation: signing
// progress per level of the cascade (counted in SQL over the board's own CTEs, db/queries/cascade.ts,
// without building the board's rows), and the committee's stored results per year (decided, publicised or
// final units only).
import { sql } from "drizzle-orm";
import { orgDateOf } from "@/lib/clock";
import type { GradeBandJson } from "../schema/assessment";
import type { Db } from "../client";
import { jsonOf } from "./report-sheets";
import { cascadeEdges, listsAndSignatures, relationListKey, signatureState } from "./cascade";

export type LevelTally = { level: 1 | 2 | 3; pledgesDone: number; pledgesTotal: number; listsDone: number; listsTotal: number };

/**
 * Per level, as the signing board counts its rows (the same CTEs, db/queries/cascade.ts): the relations
 * today's org asks for — 局长 ↔ each other leader (1), each 主管 leader ↔ each head of the unit (2), the unit's principal
 * head ↔ each deputy and staff member per post (3) — with how many have a complete pledge, and how many of
 * party B's lists carry a confirmation of their current content (level 1 adds the 局长's own list).
 * Pledges the org no longer asks for are rows too, as on the board. One query.
 */
export async function getSigningProgress(db: Db, year: number, today: string): Promise<LevelTally[]> {
  const d = orgDateOf(year, today);
  const rows = await jsonOf<LevelTally[]>(
    db,
    sql`with ${cascadeEdges(year, d)},
    ${listsAndSignatures(year)},
    rows as (
      select greatest(e.level, 1) as lv, e.level > 0 as has_pledge, coalesce(e.pledge_status = 'complete', false) as pledge_done,
        coalesce(${signatureState("l", "s")} = 'current', false) as list_done
      from edges e
      left join lists l on l.lk = ${relationListKey("e")}
      left join sig s on s.list_id = l.id and s.person_id = e.b_id
    )
    select json_agg(json_build_object('level', g.lv, 'pledgesDone', g.pd, 'pledgesTotal', g.pt, 'listsDone', g.ld, 'listsTotal', g.lt) order by g.lv)
    from (
      select lv, (count(*) filter (where has_pledge and pledge_done))::int as pd, (count(*) filter (where has_pledge))::int as pt,
        (count(*) filter (where list_done))::int as ld, count(*)::int as lt
      from rows group by lv
    ) g`,
  );
  const byLevel = new Map((rows ?? []).map((r) => [r.level, r]));
  return ([1, 2, 3] as const).map((level) => byLevel.get(level) ?? { level, pledgesDone: 0, pledgesTotal: 0, listsDone: 0, listsTotal: 0 });
}

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
