// Reads for "my duties" and duty history (问责倒查): which published lists apply to a person, and who held
// a duty on a date. Fixed query counts: a person's sheet is four queries, an item's history two.
import { asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { rowsOf, type Db } from "../client";
import { listVersionItems, people, units, type ListVersionItem } from "../schema";
import { versionItemColumns } from "./duties";
import { holdingInForceAs } from "./holdings";
import { lastDoneByItem, lastDoneKey, type LastDone } from "./records-due";

type OwnerType = "unit" | "post" | "leader";
type ListStatus = "draft" | "submitted" | "reviewed" | "confirmed" | "approved" | "published" | "archived";
type HoldingType = "primary" | "concurrent" | "acting";

/** Why a list applies to the person: a post held, the unit of a post held, their leader list, or 分管. */
export type DutyListReason = "post" | "unit" | "leader" | "supervised";

export type SheetItem = Pick<
  ListVersionItem,
  | "itemKey"
  | "pairedKey"
  | "supervisedUnitId"
  | "text"
  | "category"
  | "kind"
  | "responsibilityType"
  | "legalBasis"
  | "scope"
  | "standard"
  | "cadence"
  | "evidenceRequired"
  | "sortOrder"
> & { supervisedUnitName: string | null };

export type PersonDutyList = {
  listId: number;
  ownerType: OwnerType;
  reason: DutyListReason;
  unitId: number;
  unitName: string;
  postId: number | null;
  postName: string | null;
  leaderId: number | null;
  leaderName: string | null;
  /** For a post list: how the person holds the post. */
  holdingType: HoldingType | null;
  /** For a supervised unit: 主管 or 协管. */
  supervisionKind: "primary" | "assist" | null;
  /** For a unit list: the person holds the unit's head post today. */
  isHead: boolean;
  status: ListStatus;
  version: {
    versionNo: number;
    contentHash: string;
    publishedAt: string;
    publishedDate: string;
    itemCount: number;
  } | null;
  items: SheetItem[];
  /** The latest work record on or before the sheet's date linked to each item, by item key ("last done"). */
  lastDone: Record<string, LastDone>;
};

export type PersonDuties = {
  person: { id: number; name: string };
  lists: PersonDutyList[];
  /** Units the person supervises (分管) in the year: the scope of their leader list. */
  supervisedUnitIds: number[];
};

type ListRow = {
  list_id: number;
  owner_type: OwnerType;
  reason: DutyListReason;
  unit_id: number;
  unit_name: string;
  post_id: number | null;
  post_name: string | null;
  leader_id: number | null;
  leader_name: string | null;
  holding_type: HoldingType | null;
  supervision_kind: "primary" | "assist" | null;
  is_head: boolean;
  status: ListStatus;
  version_id: number | null;
  version_no: number | null;
  content_hash: string | null;
  published_at: string | null;
  published_date: string | null;
  item_count: number | null;
  supervised_unit_ids: number[] | null;
};

const supervisedUnit = alias(units, "supervised_unit");

/**
 * Every list that applies to a person in a year, each with its latest published version and items: the
 * post list of each post held today (acting and concurrent included), the unit list of each of those
 * posts' units, their own leader list, and the unit lists of the units they supervise that year. A list
 * never published comes back with `version: null` and no items, each item with its last linked record
 * on or before `today`. Undefined when the person does not exist. Four queries whatever the size of the
 * organisation.
 */
export async function getDutiesForPerson(
  db: Db,
  personId: number,
  year: number,
  today: string,
): Promise<PersonDuties | undefined> {
  const [personRows, result] = await Promise.all([
    db.select({ id: people.id, name: people.name }).from(people).where(eq(people.id, personId)),
    db.execute(sql`
    with held as (
      select ph.post_id, p.unit_id, p.kind as post_kind, ph.type as holding_type, p.sort_order as post_order
      from post_holdings ph
      join posts p on p.id = ph.post_id
      where ph.person_id = ${personId}
        and ${holdingInForceAs("ph", today)}
    ),
    sup as (
      select s.unit_id, s.kind from supervisions s where s.leader_id = ${personId} and s.year = ${year}
    ),
    wanted as (
      select 1 as rank, 'post'::text as owner_type, 'post'::text as reason, h.unit_id, h.post_id, null::int as leader_id,
        h.holding_type::text as holding_type, null::text as supervision_kind, false as is_head, h.post_order
      from (select distinct on (post_id) * from held order by post_id, case holding_type when 'primary' then 0 when 'acting' then 1 else 2 end) h
      union all
      select 2, 'unit', 'unit', h.unit_id, null, null, null, null, bool_or(h.post_kind = 'head'), min(h.post_order)
      from held h group by h.unit_id
      union all
      select 3, 'leader', 'leader', null, null, ${personId}, null, null, false, 0
      union all
      select 4, 'unit', 'supervised', s.unit_id, null, null, null, s.kind::text, false, 0
      from sup s
    ),
    matched as (
      select w.*, l.id as list_id, l.unit_id as list_unit_id, l.status, l.published_version_no
      from wanted w
      join responsibility_lists l on l.year = ${year} and l.owner_type::text = w.owner_type and (
        (w.owner_type = 'post' and l.post_id = w.post_id)
        or (w.owner_type = 'unit' and l.unit_id = w.unit_id and l.post_id is null and l.leader_id is null)
        or (w.owner_type = 'leader' and l.leader_id = w.leader_id)
      )
      -- A unit both held and supervised is listed once, as the person's own unit.
      where not (w.reason = 'supervised' and exists (select 1 from held h where h.unit_id = w.unit_id))
    )
    select m.list_id, m.owner_type, m.reason, m.list_unit_id as unit_id, u.name as unit_name,
      m.post_id, po.name as post_name, m.leader_id, pe.name as leader_name, m.holding_type, m.supervision_kind,
      m.is_head, m.status::text as status,
      v.id as version_id, v.version_no, v.content_hash, v.item_count,
      to_char(v.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as published_at,
      to_char(v.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as published_date,
      (select array_agg(s.unit_id order by s.unit_id) from sup s) as supervised_unit_ids
    from matched m
    join units u on u.id = m.list_unit_id
    left join posts po on po.id = m.post_id
    left join people pe on pe.id = m.leader_id
    left join list_versions v on v.list_id = m.list_id and v.version_no = m.published_version_no
    order by m.rank, u.sort_order, u.id, m.post_order, m.post_id, m.list_id
  `),
  ]);
  const person = personRows[0];
  if (!person) return undefined;
  const rows = rowsOf<ListRow>(result);
  const versionIds = rows.flatMap((r) => (r.version_id == null ? [] : [r.version_id]));
  const [items, lastDone] = await Promise.all([
    versionIds.length
      ? db
          .select({ versionId: listVersionItems.versionId, ...versionItemColumns, supervisedUnitName: supervisedUnit.name })
          .from(listVersionItems)
          .leftJoin(supervisedUnit, eq(supervisedUnit.id, listVersionItems.supervisedUnitId))
          .where(inArray(listVersionItems.versionId, versionIds))
          .orderBy(asc(listVersionItems.versionId), asc(listVersionItems.sortOrder), asc(listVersionItems.id))
      : [],
    lastDoneByItem(db, rows.filter((r) => r.version_id != null).map((r) => r.list_id), today),
  ]);
  const byVersion = new Map<number, SheetItem[]>();
  for (const { versionId, ...item } of items) {
    const list = byVersion.get(versionId) ?? [];
    list.push(item);
    byVersion.set(versionId, list);
  }
  const lists = rows.map((r): PersonDutyList => ({
    listId: r.list_id,
    ownerType: r.owner_type,
    reason: r.reason,
    unitId: r.unit_id,
    unitName: r.unit_name,
    postId: r.post_id,
    postName: r.post_name,
    leaderId: r.leader_id,
    leaderName: r.leader_name,
    holdingType: r.holding_type,
    supervisionKind: r.supervision_kind,
    isHead: r.is_head,
    status: r.status,
    version:
      r.version_id != null
        ? {
            versionNo: r.version_no!,
            contentHash: r.content_hash!,
            publishedAt: r.published_at!,
            publishedDate: r.published_date!,
            itemCount: r.item_count ?? 0,
          }
        : null,
    items: r.version_id != null ? (byVersion.get(r.version_id) ?? []) : [],
    lastDone: Object.fromEntries(
      (r.version_id != null ? (byVersion.get(r.version_id) ?? []) : []).flatMap((i) => {
        const done = lastDone.get(lastDoneKey(r.list_id, i.itemKey));
        return done ? [[i.itemKey, done]] : [];
      }),
    ),
  }));
  return { person, lists, supervisedUnitIds: rows[0]?.supervised_unit_ids ?? [] };
}

export type HistoryVersion = {
  listId: number;
  year: number;
  versionNo: number;
  contentHash: string;
  publishedAt: string;
  publishedDate: string;
  /** Published by the end of the asked date (Asia/Shanghai). */
  isPublishedByDate: boolean;
  /** The item as it stood in this version; null when the version does not contain it. */
  item: Omit<SheetItem, "sortOrder" | "supervisedUnitName"> | null;
};

export type HistoryHolder = {
  personId: number;
  name: string;
  postId: number;
  postName: string;
  holdingType: HoldingType;
};

export type ItemHistory = {
  itemKey: string;
  date: string;
  list: {
    id: number;
    year: number;
    ownerType: OwnerType;
    unitId: number;
    unitName: string;
    postId: number | null;
    postName: string | null;
    leaderId: number | null;
    leaderName: string | null;
  };
  /** The version of the list in force on the date; null when none was published by then. */
  inForce: HistoryVersion | null;
  /** Every version of the owner's lists that ever held the item, oldest first. */
  versions: HistoryVersion[];
  /** Who held the duty on the date: the post's holders, the unit head's, or the leader. */
  holders: HistoryHolder[];
  /** For a leader list: the units supervised in the list's year (its scope). */
  supervisedUnitIds: number[];
};

type VersionRow = {
  list_id: number;
  year: number;
  owner_type: OwnerType;
  unit_id: number;
  unit_name: string;
  post_id: number | null;
  post_name: string | null;
  leader_id: number | null;
  leader_name: string | null;
  version_no: number;
  content_hash: string;
  published_at: string;
  published_date: string;
  by_date: boolean;
  item_key: string | null;
  paired_key: string | null;
  supervised_unit_id: number | null;
  text: string | null;
  category: SheetItem["category"] | null;
  kind: SheetItem["kind"] | null;
  responsibility_type: SheetItem["responsibilityType"] | null;
  legal_basis: string | null;
  scope: string | null;
  standard: string | null;
  cadence: SheetItem["cadence"] | null;
  evidence_required: string | null;
};

const ownerKey = (r: Pick<VersionRow, "owner_type" | "unit_id" | "post_id" | "leader_id">) =>
  `${r.owner_type}:${r.unit_id}:${r.post_id ?? ""}:${r.leader_id ?? ""}`;

/**
 * Who held duty `itemKey` on `date` (问责倒查): the version of its list in force at the end of that day in
 * Asia/Shanghai (the latest published by then, from that year's list or, before it is published, the
 * previous year's), the item's text in it, the holders on the date, and every version of the item.
 * Two queries: the versions, then the holders on the date (or, for a leader list, its 分管 units).
 */
export async function getItemHistory(db: Db, itemKey: string, date: string): Promise<ItemHistory | null> {
  const result = await db.execute(sql`
    with hit as (
      select distinct v.list_id from list_version_items vi join list_versions v on v.id = vi.version_id
      where vi.item_key = ${itemKey}
    ),
    -- Every list of the same owners, so a later list that dropped the item is seen to have dropped it.
    lists as (
      select distinct l2.id as list_id
      from hit
      join responsibility_lists l1 on l1.id = hit.list_id
      join responsibility_lists l2 on l2.unit_id = l1.unit_id and l2.owner_type = l1.owner_type
        and l2.post_id is not distinct from l1.post_id and l2.leader_id is not distinct from l1.leader_id
    )
    select l.id as list_id, l.year, l.owner_type::text as owner_type, l.unit_id, u.name as unit_name,
      l.post_id, po.name as post_name, l.leader_id, pe.name as leader_name,
      v.version_no, v.content_hash,
      to_char(v.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as published_at,
      to_char(v.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as published_date,
      (v.published_at < ((${date}::date + 1)::timestamp at time zone 'Asia/Shanghai')
        and l.year <= extract(year from ${date}::date)) as by_date,
      vi.item_key, vi.paired_key, vi.supervised_unit_id, vi.text, vi.category::text as category, vi.kind::text as kind,
      vi.responsibility_type::text as responsibility_type, vi.legal_basis, vi.scope, vi.standard,
      vi.cadence::text as cadence, vi.evidence_required
    from lists
    join responsibility_lists l on l.id = lists.list_id
    join units u on u.id = l.unit_id
    left join posts po on po.id = l.post_id
    left join people pe on pe.id = l.leader_id
    join list_versions v on v.list_id = l.id
    left join list_version_items vi on vi.version_id = v.id and vi.item_key = ${itemKey}
    order by l.year, v.published_at, v.version_no, l.id
  `);
  const rows = rowsOf<VersionRow>(result);
  if (!rows.length) return null;

  // The in-force version: the latest published by the date. A key shared by several owners (it should not
  // be) follows the owner of that version; before any version, the owner of the first one.
  const inForceRow = [...rows].reverse().find((r) => r.by_date) ?? null;
  const chosen = inForceRow ?? rows.find((r) => r.item_key != null) ?? rows[0];
  const owner = ownerKey(chosen);
  const toVersion = (r: VersionRow): HistoryVersion => ({
    listId: r.list_id,
    year: r.year,
    versionNo: r.version_no,
    contentHash: r.content_hash,
    publishedAt: r.published_at,
    publishedDate: r.published_date,
    isPublishedByDate: r.by_date,
    item:
      r.item_key == null
        ? null
        : {
            itemKey: r.item_key,
            pairedKey: r.paired_key,
            supervisedUnitId: r.supervised_unit_id,
            text: r.text!,
            category: r.category!,
            kind: r.kind!,
            responsibilityType: r.responsibility_type!,
            legalBasis: r.legal_basis,
            scope: r.scope,
            standard: r.standard,
            cadence: r.cadence!,
            evidenceRequired: r.evidence_required,
          },
  });
  const ownerRows = rows.filter((r) => ownerKey(r) === owner);
  // Versions before the item first appeared say nothing about it; later ones without it show its removal.
  const firstWithItem = ownerRows.findIndex((r) => r.item_key != null);
  const versions = ownerRows.slice(Math.max(0, firstWithItem)).map(toVersion);

  const [holderResult, supervisedResult] = await Promise.all([
    chosen.owner_type === "leader"
      ? Promise.resolve(null)
      : db.execute(sql`
          select pe.id as person_id, pe.name, po.id as post_id, po.name as post_name, ph.type::text as holding_type
          from posts po
          join post_holdings ph on ph.post_id = po.id
            and ${holdingInForceAs("ph", date)}
          join people pe on pe.id = ph.person_id
          where ${chosen.owner_type === "post" ? sql`po.id = ${chosen.post_id}` : sql`po.unit_id = ${chosen.unit_id} and po.kind = 'head'`}
          order by po.sort_order, po.id, case ph.type when 'primary' then 0 when 'acting' then 1 else 2 end, pe.id
        `),
    chosen.owner_type === "leader"
      ? db.execute(sql`
          select s.unit_id from supervisions s where s.leader_id = ${chosen.leader_id} and s.year = ${chosen.year}
          order by s.unit_id
        `)
      : Promise.resolve(null),
  ]);
  const holders: HistoryHolder[] =
    chosen.owner_type === "leader"
      ? chosen.leader_id != null && chosen.leader_name != null
        ? [{ personId: chosen.leader_id, name: chosen.leader_name, postId: 0, postName: "", holdingType: "primary" }]
        : []
      : rowsOf<{ person_id: number; name: string; post_id: number; post_name: string; holding_type: HoldingType }>(
          holderResult,
        ).map((h) => ({
          personId: h.person_id,
          name: h.name,
          postId: h.post_id,
          postName: h.post_name,
          holdingType: h.holding_type,
        }));
  const supervisedUnitIds = supervisedResult ? rowsOf<{ unit_id: number }>(supervisedResult).map((r) => r.unit_id) : [];

  return {
    itemKey,
    date,
    list: {
      id: chosen.list_id,
      year: chosen.year,
      ownerType: chosen.owner_type,
      unitId: chosen.unit_id,
      unitName: chosen.unit_name,
      postId: chosen.post_id,
      postName: chosen.post_name,
      leaderId: chosen.leader_id,
      leaderName: chosen.leader_name,
    },
    inForce: inForceRow ? toVersion(inForceRow) : null,
    versions,
    holders,
    supervisedUnitIds,
  };
}
