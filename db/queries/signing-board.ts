// Reads for the signing board (层层签订): every signing relation of a year with its pledge and party B's
// list confirmation (the cascade's CTEs, db/queries/cascade.ts), and the year's open post handovers. Two
// queries whatever the size of the bureau; the rules (tree, progress, overdue, handover) are plain
// functions in lib/signing.
import { sql, type SQL } from "drizzle-orm";
import { orgDateOf } from "@/lib/clock";
import type { BoardData, BoardEdge, HandoverRow } from "@/lib/signing/types";
import { DEADLINE_SETTING, yearDeadlineSetting } from "@/lib/signing/deadline";
import { rowsOf, type Db } from "../client";
import { holdingInForceAs } from "./holdings";
import { cascadeEdges, listsAndSignatures, relationListKey, signatureState } from "./cascade";

/** Number of statements `getSigningBoard` runs (a test holds it to this). */
export const SIGNING_BOARD_QUERY_COUNT = 2;

async function jsonRows<T>(db: Db, query: SQL): Promise<{ rows: T[]; extra: Record<string, unknown> }> {
  const result = await db.execute(query);
  const row = rowsOf<{ rows: string | null } & Record<string, unknown>>(result)[0] ?? { rows: null };
  return { rows: row.rows ? (JSON.parse(row.rows) as T[]) : [], extra: row };
}

/**
 * Every signing relation of the year: the relations today's org asks for (the cascade the pledge generator
 * reads: 局长 ↔ each other leader; each 主管 leader ↔ the heads of the unit; the unit's principal head ↔
 * each deputy and staff member, per post), matched with the year's pledges (not superseded) — a pledge the
 * org no longer asks for comes back with `isExpected: false` — plus the 局长's own list (level 0).
 */
export async function getBoardEdges(db: Db, year: number, today: string): Promise<BoardData> {
  const d = orgDateOf(year, today);
  const { rows, extra } = await jsonRows<BoardEdge>(
    db,
    sql`
    with ${cascadeEdges(year, d)},
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
