// Reads for the signing board (层层签订): every signing relation of a year with its pledge and party B's
// list confirmation, and the year's open post handovers. Two queries whatever the size of the bureau; the
// rules (tree, progress, overdue, handover) are plain functions in lib/signing.
import { sql, type SQL } from "drizzle-orm";
import { orgDateOf } from "@/lib/clock";
import type { BoardData, BoardEdge, HandoverRow } from "@/lib/signing/types";
import { DEADLINE_SETTING, yearDeadlineSetting } from "@/lib/signing/deadline";
import { rowsOf, type Db } from "../client";
import { holdingInForceAs } from "./holdings";
import { LEADER_KINDS_SQL } from "./fragments";

/** Number of statements `getSigningBoard` runs (a test holds it to this). */
export const SIGNING_BOARD_QUERY_COUNT = 2;


/** Holdings in force on `d`, of active people, posts and units. For one person as party B (`forB`), only
 * the holdings their relations can involve: their own, every leader post, and the posts of their units. */
const held = (d: string, forB?: number) => sql`
  held as (
    select ph.person_id, p.id as post_id, p.name as post_name, p.kind, p.sort_order as post_order,
      u.id as unit_id, u.sort_order as unit_order,
      case ph.type when 'primary' then 0 when 'acting' then 1 else 2 end as type_rank
    from post_holdings ph
    join posts p on p.id = ph.post_id and p.is_active
    join units u on u.id = p.unit_id and u.is_active
    join people pe on pe.id = ph.person_id and pe.is_active
    where ${holdingInForceAs("ph", d)}${
      forB === undefined
        ? sql``
        : sql` and (ph.person_id = ${forB} or p.kind in ${LEADER_KINDS_SQL} or p.unit_id in (
          select p2.unit_id from post_holdings z join posts p2 on p2.id = z.post_id
          where z.person_id = ${forB} and ${holdingInForceAs("z", d)}))`
    }
  )`;

/**
 * The signing relations today's org asks for (as the pledge generator reads them), as the CTE `pairs`
 * (level, a_id, b_id, b_post, unit_id, post_id, unit_order, post_order, k), with `sup` (the year's 主管
 * 分管). `forB` keeps the relations where that person is party B — the same rule, narrowed for one person.
 */
export const boardPairs = (year: number, d: string, forB?: number) => {
  const isB = (col: string) => (forB === undefined ? sql`` : sql` and ${sql.raw(col)} = ${forB}`);
  return sql`
    ${held(d, forB)},
    lead as (
      select distinct on (person_id) * from held where kind in ${LEADER_KINDS_SQL} order by person_id, type_rank, post_order
    ),
    director as (select * from lead where kind = 'director' order by type_rank, person_id limit 1),
    heads as (select * from held where kind = 'head'),
    principal as (select distinct on (unit_id) * from heads order by unit_id, type_rank, person_id),
    sup as (
      select s.leader_id, s.unit_id from supervisions s join people pe on pe.id = s.leader_id and pe.is_active
      where s.year = ${year} and s.kind = 'primary'
    ),
    pairs0 as (
      select 0 as level, null::int as a_id, dr.person_id as b_id, dr.post_name as b_post, dr.unit_id, null::int as post_id,
        dr.unit_order, dr.post_order from director dr where true${isB("dr.person_id")}
      union all
      select 1, a.person_id, b.person_id, b.post_name, b.unit_id, null, b.unit_order, b.post_order
      from director a join lead b on b.person_id <> a.person_id${isB("b.person_id")}
      union all
      select 2, s.leader_id, h.person_id, h.post_name, h.unit_id, null, h.unit_order, h.post_order
      from sup s join heads h on h.unit_id = s.unit_id and h.person_id <> s.leader_id${isB("h.person_id")}
      union all
      select 3, a.person_id, b.person_id, b.post_name, b.unit_id, b.post_id, b.unit_order, b.post_order
      from principal a join held b on b.unit_id = a.unit_id and b.kind in ('deputy_head', 'staff') and b.person_id <> a.person_id${isB("b.person_id")}
    ),
    pairs as (
      select distinct on (k) * from (
        select *, concat_ws(':', level, a_id, b_id, unit_id, case when level = 3 then post_id end) as k from pairs0
      ) x order by k, post_order
    )`;
};

/** The key (in `lists.lk`) of the list party B of a relation confirms: their leader list (levels 0–1), the
 * unit's list (2), their post's list (3). */
export const relationListKey = (e: string) =>
  sql.raw(`case when ${e}.level <= 1 then 'L:' || ${e}.b_id when ${e}.level = 2 then 'U:' || ${e}.unit_id else 'P:' || ${e}.post_id end`);

/** The year's lists with their latest published hash, and each signer's confirm signatures summed up:
 * current when one covers the published version (before the first publication: once confirmed), with the
 * time of the latest such signature. `signer` keeps one signer's signatures only. */
export const listsAndSignatures = (year: number, signer?: number) => sql`
  lists as (
    select distinct on (lk) * from (
      select l.id, l.unit_id, l.status::text as status, v.content_hash as vhash,
        case l.owner_type when 'leader' then 'L:' || l.leader_id when 'unit' then 'U:' || l.unit_id else 'P:' || l.post_id end as lk
      from responsibility_lists l
      left join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
      where l.year = ${year} and (l.owner_type <> 'unit' or (l.post_id is null and l.leader_id is null))
    ) x order by lk, id
  ),
  sig as (
    select s.list_id, s.signer_person_id as person_id, bool_or(s.content_hash = l.vhash) as has_current,
      max(s.signed_at) filter (where l.vhash is null or s.content_hash = l.vhash) as current_at
    from list_signatures s join lists l on l.id = s.list_id
    where s.role = 'confirm' and s.signer_person_id is not null${signer === undefined ? sql`` : sql` and s.signer_person_id = ${signer}`}
    group by s.list_id, s.signer_person_id
  )`;

/** Party B's signature on their list: 'current', 'stale' (signed an older content) or 'none'. */
export const signatureState = (l: string, s: string) =>
  sql.raw(`case when ${s}.list_id is null then 'none'
    when ${l}.vhash is null then case when ${l}.status in ('confirmed', 'approved') then 'current' else 'none' end
    when ${s}.has_current then 'current' else 'stale' end`);

async function jsonRows<T>(db: Db, query: SQL): Promise<{ rows: T[]; extra: Record<string, unknown> }> {
  const result = await db.execute(query);
  const row = rowsOf<{ rows: string | null } & Record<string, unknown>>(result)[0] ?? { rows: null };
  return { rows: row.rows ? (JSON.parse(row.rows) as T[]) : [], extra: row };
}

/**
 * Every signing relation of the year: the relations today's org asks for (as the pledge generator reads
 * them: 局长 ↔ each other leader; each 主管 leader ↔ the heads of the unit; the unit's principal head ↔
 * each deputy and staff member, per post), matched with the year's pledges (not superseded) — a pledge the
 * org no longer asks for comes back with `isExpected: false` — plus the 局长's own list (level 0).
 */
export async function getBoardEdges(db: Db, year: number, today: string): Promise<BoardData> {
  const d = orgDateOf(year, today);
  const { rows, extra } = await jsonRows<BoardEdge>(
    db,
    sql`
    with ${boardPairs(year, d)},
    pl as (
      select distinct on (k) * from (
        select p.id, p.level, p.party_a_id, p.party_b_id, p.unit_id, p.status::text as status, l.post_id,
          concat_ws(':', p.level, p.party_a_id, p.party_b_id, p.unit_id, case when p.level = 3 then l.post_id end) as k
        from pledges p left join responsibility_lists l on l.id = p.list_id
        where p.year = ${year} and p.status <> 'superseded'
      ) y order by k, id desc
    ),
    edges as (
      select coalesce(x.level, pl.level) as level, coalesce(x.a_id, pl.party_a_id) as a_id,
        coalesce(x.b_id, pl.party_b_id) as b_id, x.b_post, coalesce(x.unit_id, pl.unit_id) as unit_id,
        coalesce(x.post_id, pl.post_id) as post_id, x.unit_order, x.post_order, x.k is not null as is_expected,
        pl.id as pledge_id, pl.status as pledge_status
      from pairs x full join pl on pl.k = x.k
    ),
    ${listsAndSignatures(year)},
    reviewer as (select distinct on (unit_id) unit_id, leader_id from sup order by unit_id, leader_id)
    select json_agg(json_build_object(
      'level', e.level, 'aId', e.a_id, 'aName', pa.name, 'bId', e.b_id, 'bName', pb.name, 'bPost', e.b_post,
      'unitId', e.unit_id, 'unitName', u.name, 'unitOrder', coalesce(e.unit_order, u.sort_order, 0),
      'postOrder', coalesce(e.post_order, 0), 'isExpected', e.is_expected,
      'pledgeId', e.pledge_id, 'pledgeStatus', e.pledge_status,
      'listId', l.id, 'listStatus', l.status, 'signature', ${signatureState("l", "s")},
      'reviewerName', rp.name
    ) order by e.level, coalesce(e.unit_order, u.sort_order), e.post_order, e.b_id)::text as rows,
      (select count(*) from pledges where year = ${year})::int as pledge_count,
      coalesce((select value from settings where key = ${yearDeadlineSetting(year)}),
        (select value from settings where key = ${DEADLINE_SETTING})) as deadline
    from edges e
    join people pb on pb.id = e.b_id
    left join people pa on pa.id = e.a_id
    left join units u on u.id = e.unit_id
    left join lists l on l.lk = ${relationListKey("e")}
    left join sig s on s.list_id = l.id and s.person_id = e.b_id
    left join reviewer r on r.unit_id = l.unit_id
    left join people rp on rp.id = r.leader_id
  `,
  );
  return {
    year,
    orgDate: d,
    deadlineMonthDay: (extra.deadline as string | null) ?? null,
    pledgeCount: Number(extra.pledge_count ?? 0),
    edges: rows,
  };
}

/**
 * Posts that changed holder this year: a holding started this year (and still in force on the org date)
 * after another person's holding of the same post ended — from the day before 1 January on. With the
 * successor's confirmation of the post's list, their pledge as party B in the post's unit, and the previous
 * holder's signatures on both, kept as history.
 */
export async function getHandovers(db: Db, year: number, today: string): Promise<HandoverRow[]> {
  const d = orgDateOf(year, today);
  const from = `${year}-01-01`;
  const { rows } = await jsonRows<HandoverRow>(
    db,
    sql`
    with nh as (
      select h.id, h.person_id, h.post_id, h.start_date
      from post_holdings h join posts p on p.id = h.post_id and p.is_active
      where h.start_date >= ${from}::date and h.start_date <= ${d}::date and (h.end_date is null or h.end_date >= ${d}::date)
    ),
    pairs as (
      select distinct on (nh.id) nh.id, nh.person_id, nh.post_id, nh.start_date, o.person_id as old_id, o.end_date as old_end
      from nh join post_holdings o on o.post_id = nh.post_id and o.person_id <> nh.person_id
        and o.end_date is not null and o.end_date >= ${from}::date - 1 and o.end_date <= ${d}::date
        and o.start_date < nh.start_date
      -- Someone who still holds the post (another holding) has not handed it over.
      where not exists (
        select 1 from post_holdings z where z.post_id = o.post_id and z.person_id = o.person_id
          and ${holdingInForceAs("z", d)}
      )
      order by nh.id, o.end_date desc, o.id desc
    ),
    ${listsAndSignatures(year)}
    select json_agg(json_build_object(
      'postId', po.id, 'postName', po.name, 'unitId', u.id, 'unitName', u.name,
      'previousId', pr.old_id, 'previousName', op.name, 'previousEnd', to_char(pr.old_end, 'YYYY-MM-DD'),
      'successorId', pr.person_id, 'successorName', np.name, 'successorStart', to_char(pr.start_date, 'YYYY-MM-DD'),
      'listId', l.id, 'hasListSignature', ${signatureState("l", "s")} = 'current',
      'pledgeId', np_pl.id, 'hasPledgeSignature', coalesce(np_pl.status in ('signed_b', 'complete'), false),
      'history', coalesce((
        select json_agg(hs order by hs."signedAt") from (
          select 'list' as kind, ls.list_id as "targetId",
            to_char(ls.signed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as "signedAt",
            (l.vhash is not null and ls.content_hash = l.vhash) as "isCurrent", null as "pledgeStatus"
          from list_signatures ls where ls.list_id = l.id and ls.signer_person_id = pr.old_id and ls.role = 'confirm'
          union all
          select 'pledge', op_pl.id, to_char(ps.signed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI'),
            null, op_pl.status::text
          from pledges op_pl join pledge_signatures ps on ps.pledge_id = op_pl.id and ps.party = 'b'
          where op_pl.year = ${year} and op_pl.party_b_id = pr.old_id and op_pl.unit_id = u.id
        ) hs
      ), '[]'::json)
    ) order by pr.start_date, u.sort_order, po.sort_order, pr.id)::text as rows
    from pairs pr
    join posts po on po.id = pr.post_id
    join units u on u.id = po.unit_id
    join people np on np.id = pr.person_id
    join people op on op.id = pr.old_id
    left join lists l on l.lk = 'P:' || po.id
    left join sig s on s.list_id = l.id and s.person_id = pr.person_id
    left join lateral (
      select p.id, p.status from pledges p
      where p.year = ${year} and p.party_b_id = pr.person_id and p.unit_id = u.id and p.status <> 'superseded'
      order by (p.status in ('signed_b', 'complete')) desc, p.id desc limit 1
    ) np_pl on true
  `,
  );
  return rows;
}

/** The whole board: relations and handovers, `SIGNING_BOARD_QUERY_COUNT` queries. */
export async function getSigningBoard(db: Db, year: number, today: string): Promise<BoardData & { handovers: HandoverRow[] }> {
  const [board, handovers] = await Promise.all([getBoardEdges(db, year, today), getHandovers(db, year, today)]);
  return { ...board, handovers };
}
