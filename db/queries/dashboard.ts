// The home dashboard's figures, each one aggregate query whatever the size of the organisation: signing
// progress per level of the cascade (counted in SQL by the signing board's rules, without building the
// board's rows), and the committee's stored results per year (decided, publicised or final units only).
import { sql } from "drizzle-orm";
import { orgDateOf } from "@/lib/clock";
import type { GradeBandJson } from "../schema/assessment";
import type { Db } from "../client";
import { holdingInForceAs } from "./holdings";
import { jsonOf } from "./report-sheets";
import { LEADER_KINDS_SQL } from "./fragments";

export type LevelTally = { level: 1 | 2 | 3; pledgesDone: number; pledgesTotal: number; listsDone: number; listsTotal: number };


/**
 * Per level, as the signing board counts its rows (db/queries/signing-board.ts): the relations today's org
 * asks for — 局长 ↔ each other leader (1), each 主管 leader ↔ each head of the unit (2), the unit's principal
 * head ↔ each deputy and staff member per post (3) — with how many have a complete pledge, and how many of
 * party B's lists carry a confirmation of their current content (level 1 adds the 局长's own list).
 * Pledges the org no longer asks for are rows too, as on the board. One query.
 */
export async function getSigningProgress(db: Db, year: number, today: string): Promise<LevelTally[]> {
  const d = orgDateOf(year, today);
  const rows = await jsonOf<LevelTally[]>(
    db,
    sql`with held as (
      select ph.person_id, p.id as post_id, p.kind, p.unit_id, p.sort_order as post_order,
        case ph.type when 'primary' then 0 when 'acting' then 1 else 2 end as type_rank
      from post_holdings ph
      join posts p on p.id = ph.post_id and p.is_active
      join units u on u.id = p.unit_id and u.is_active
      join people pe on pe.id = ph.person_id and pe.is_active
      where ${holdingInForceAs("ph", d)}
    ),
    lead as (select distinct on (person_id) person_id, kind, unit_id, type_rank from held where kind in ${LEADER_KINDS_SQL} order by person_id, type_rank, post_order),
    director as (select person_id, unit_id from lead where kind = 'director' order by type_rank, person_id limit 1),
    principal as (select distinct on (unit_id) unit_id, person_id from held where kind = 'head' order by unit_id, type_rank, person_id),
    pairs as (
      select distinct 0 as level, null::int as a_id, dr.person_id as b_id, dr.unit_id, null::int as post_id from director dr
      union
      select 1, dr.person_id, l.person_id, l.unit_id, null from director dr join lead l on l.person_id <> dr.person_id
      union
      select 2, s.leader_id, h.person_id, h.unit_id, null from supervisions s
        join people pe on pe.id = s.leader_id and pe.is_active
        join held h on h.unit_id = s.unit_id and h.kind = 'head' and h.person_id <> s.leader_id
        where s.year = ${year} and s.kind = 'primary'
      union
      select 3, pr.person_id, h.person_id, h.unit_id, h.post_id from principal pr
        join held h on h.unit_id = pr.unit_id and h.kind in ('deputy_head', 'staff') and h.person_id <> pr.person_id
    ),
    keyed as (
      select *, concat_ws(':', level, a_id, b_id, unit_id, case when level = 3 then post_id end) as k from pairs
    ),
    pl as (
      select distinct on (k) * from (
        select p.id, p.level, p.status, p.party_a_id as a_id, p.party_b_id as b_id, p.unit_id, l.post_id,
          concat_ws(':', p.level, p.party_a_id, p.party_b_id, p.unit_id, case when p.level = 3 then l.post_id end) as k
        from pledges p left join responsibility_lists l on l.id = p.list_id
        where p.year = ${year} and p.status <> 'superseded'
      ) y order by k, id desc
    ),
    -- The board's rows: every relation asked for, and every pledge whose relation the org no longer has.
    edges as (
      select coalesce(k.level, pl.level) as level, coalesce(k.b_id, pl.b_id) as b_id, coalesce(k.unit_id, pl.unit_id) as unit_id,
        coalesce(k.post_id, pl.post_id) as post_id, pl.status as pledge_status
      from keyed k full join pl on pl.k = k.k
    ),
    lists as (
      select distinct on (lk) * from (
        select l.id, l.status::text as status, v.content_hash as vhash,
          case l.owner_type when 'leader' then 'L:' || l.leader_id when 'unit' then 'U:' || l.unit_id else 'P:' || l.post_id end as lk
        from responsibility_lists l
        left join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
        where l.year = ${year} and (l.owner_type <> 'unit' or (l.post_id is null and l.leader_id is null))
      ) x order by lk, id
    ),
    sig as (
      select s.list_id, s.signer_person_id as person_id, bool_or(s.content_hash = l.vhash) as has_current
      from list_signatures s join lists l on l.id = s.list_id
      where s.role = 'confirm' and s.signer_person_id is not null
      group by s.list_id, s.signer_person_id
    ),
    rows as (
      select greatest(e.level, 1) as lv, e.level > 0 as has_pledge, coalesce(e.pledge_status = 'complete', false) as pledge_done,
        coalesce(case when l.id is null or s.list_id is null then false
          when l.vhash is null then l.status in ('confirmed', 'approved') else s.has_current end, false) as list_done
      from edges e
      left join lists l on l.lk = case when e.level <= 1 then 'L:' || e.b_id when e.level = 2 then 'U:' || e.unit_id else 'P:' || e.post_id end
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
