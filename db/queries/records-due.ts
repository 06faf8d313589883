// "Last done" per duty (the latest work record linked to it) and the periodic duties of a unit's lists with
// their holders, for the due/overdue views. One query each; the due rule itself is lib/records/cadence.
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../client";
import { holdingInForceAs } from "./holdings";
import { idIn, type RecordKind } from "./records";

export type LastDone = { date: string; kind: RecordKind; recordId: number };

export const lastDoneKey = (listId: number, itemKey: string) => `${listId}|${itemKey}`;

/** The latest record on or before `asOf` linked to each (list, item) of `listIds`; one query. */
export async function lastDoneByItem(db: Db, listIds: number[], asOf: string): Promise<Map<string, LastDone>> {
  if (!listIds.length) return new Map();
  const result = await db.execute(sql`
    select distinct on (d.list_id, d.item_key) d.list_id, d.item_key, r.id as record_id,
      r.occurred_on::text as occurred_on, r.kind::text as kind
    from record_duty_items d
    join work_records r on r.id = d.record_id
    where ${idIn(sql`d.list_id`, listIds)} and r.occurred_on <= ${asOf}::date
    order by d.list_id, d.item_key, r.occurred_on desc, r.id desc
  `);
  return new Map(
    rowsOf<{ list_id: number; item_key: string; record_id: number; occurred_on: string; kind: RecordKind }>(result).map((r) => [
      lastDoneKey(Number(r.list_id), r.item_key),
      { date: r.occurred_on, kind: r.kind, recordId: Number(r.record_id) },
    ]),
  );
}

export type DueHolder = { personId: number; name: string; holdingType: "primary" | "concurrent" | "acting" };
export type DueList = {
  listId: number;
  ownerType: "unit" | "post" | "leader";
  postName: string | null;
  leaderName: string | null;
  holders: DueHolder[];
  items: { itemKey: string; text: string; cadence: "monthly" | "quarterly" | "yearly"; category: string; lastDone: string | null; lastKind: RecordKind | null }[];
};

/**
 * The periodic duties (monthly, quarterly, yearly) of every published list of a unit in a year — the unit's
 * list, its posts' lists, and for the leadership team the leaders' lists — each with who holds it on
 * `asOf` (post holders; for the unit list its head; the leader) and its last record by then. One query.
 */
export async function listUnitPeriodicDuties(db: Db, unitId: number, year: number, asOf: string): Promise<DueList[]> {
  const result = await db.execute(sql`
    with lists as (
      select l.id, l.owner_type::text as owner_type, l.post_id, l.leader_id, v.id as version_id,
        p.name as post_name, pe.name as leader_name, p.sort_order as post_order
      from responsibility_lists l
      join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
      left join posts p on p.id = l.post_id
      left join people pe on pe.id = l.leader_id
      where l.year = ${year} and l.unit_id = ${unitId}
    ),
    holders as (
      select l.id as list_id, json_agg(json_build_object('personId', hp.id, 'name', hp.name, 'holdingType', ph.type)
        order by case ph.type when 'primary' then 0 when 'acting' then 1 else 2 end, hp.name)::text as holders
      from lists l
      join posts hpo on (l.owner_type = 'post' and hpo.id = l.post_id)
        or (l.owner_type = 'unit' and hpo.unit_id = ${unitId} and hpo.kind = 'head')
      join post_holdings ph on ph.post_id = hpo.id and ${holdingInForceAs("ph", asOf)}
      join people hp on hp.id = ph.person_id
      group by l.id
    ),
    last as (
      select distinct on (d.list_id, d.item_key) d.list_id, d.item_key, r.occurred_on, r.kind::text as kind
      from record_duty_items d
      join work_records r on r.id = d.record_id
      where d.list_id in (select id from lists) and r.occurred_on <= ${asOf}::date
      order by d.list_id, d.item_key, r.occurred_on desc, r.id desc
    )
    select l.id as list_id, l.owner_type, l.post_name, l.leader_name, l.leader_id, h.holders,
      vi.item_key, vi.text, vi.cadence::text as cadence, vi.category::text as category,
      last.occurred_on::text as last_done, last.kind as last_kind
    from lists l
    join list_version_items vi on vi.version_id = l.version_id and vi.cadence in ('monthly', 'quarterly', 'yearly')
    left join holders h on h.list_id = l.id
    left join last on last.list_id = l.id and last.item_key = vi.item_key
    order by case l.owner_type when 'unit' then 0 when 'leader' then 1 else 2 end, l.post_order, l.leader_name, l.id, vi.sort_order, vi.id
  `);
  const lists = new Map<number, DueList>();
  for (const r of rowsOf<Record<string, string | number | null>>(result)) {
    const listId = Number(r.list_id);
    let list = lists.get(listId);
    if (!list) {
      const ownerType = r.owner_type as DueList["ownerType"];
      list = {
        listId,
        ownerType,
        postName: (r.post_name as string | null) ?? null,
        leaderName: (r.leader_name as string | null) ?? null,
        holders:
          ownerType === "leader"
            ? [{ personId: Number(r.leader_id), name: String(r.leader_name), holdingType: "primary" }]
            : r.holders
              ? (JSON.parse(String(r.holders)) as DueHolder[])
              : [],
        items: [],
      };
      lists.set(listId, list);
    }
    list.items.push({
      itemKey: String(r.item_key),
      text: String(r.text),
      cadence: r.cadence as DueList["items"][number]["cadence"],
      category: String(r.category),
      lastDone: (r.last_done as string | null) ?? null,
      lastKind: (r.last_kind as RecordKind | null) ?? null,
    });
  }
  return [...lists.values()];
}
