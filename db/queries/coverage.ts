// The inputs of the coverage rules for a year, in six queries whatever the size of the organisation:
// units, posts, holdings in force, 分管, the year's lists, and the items of each list's latest published
// version (only the columns the rules read).
import { sql, type SQL } from "drizzle-orm";
import { decodeItems, FLAG } from "@/lib/coverage/item-codec";
import type {
  CoverageHolding,
  CoverageInput,
  CoverageList,
  CoveragePost,
  CoverageSupervision,
  CoverageUnit,
} from "@/lib/coverage/types";
import { rowsOf, type Db } from "../client";
import { DUTY_CATEGORIES } from "../schema/duties";
import { holdingInForceAs } from "./holdings";
import { orgDateOf } from "@/lib/clock";

/** Number of statements `getCoverageData` runs (the bench prints it; a test may hold it to this). */
export const COVERAGE_QUERY_COUNT = 6;

/** `packFlags` in SQL, the category's position taken from the same DUTY_CATEGORIES list. */
const ITEM_FLAGS = sql.raw(
  `(case when i.kind = 'safety' then ${FLAG.safety} else 0 end` +
    ` + case when coalesce(i.scope, '') <> '' then ${FLAG.hasScope} else 0 end` +
    ` + case when coalesce(i.standard, '') <> '' then ${FLAG.hasStandard} else 0 end` +
    ` + ${FLAG.categoryUnit} * case i.category ${DUTY_CATEGORIES.map((c, n) => `when '${c}' then ${n}`).join(" ")} end)`,
);

/** One JSON array for a whole result: decoding thousands of rows one by one is the slow part on PGlite
 * (twice as slow as JSON.parse at 5000 holdings). */
async function jsonRows<T>(db: Db, query: SQL, orderBy: SQL): Promise<T[]> {
  const result = await db.execute(sql`select json_agg(x order by ${orderBy})::text as rows from (${query}) x`);
  const text = rowsOf<{ rows: string | null }>(result)[0]?.rows;
  return text ? (JSON.parse(text) as T[]) : [];
}

export async function getCoverageData(db: Db, year: number, today: string): Promise<CoverageInput> {
  const asOf = orgDateOf(year, today);
  const [units, posts, holdings, supervisions, lists, items] = await Promise.all([
    jsonRows<CoverageUnit>(
      db,
      sql`select id, name, kind, parent_id as "parentId", sort_order as "sortOrder" from units where is_active`,
      sql`x.id`,
    ),
    jsonRows<CoveragePost>(
      db,
      sql`select p.id, p.unit_id as "unitId", p.name, p.kind, p.sort_order as "sortOrder"
        from posts p join units u on u.id = p.unit_id where p.is_active and u.is_active`,
      sql`x.id`,
    ),
    jsonRows<CoverageHolding & { id: number }>(
      db,
      sql`select h.id, h.person_id as "personId", pe.name as "personName", h.post_id as "postId", h.type
        from post_holdings h
        join people pe on pe.id = h.person_id
        join posts p on p.id = h.post_id
        where pe.is_active and p.is_active
          and ${holdingInForceAs("h", asOf)}`,
      sql`x."personId", x.id`,
    ),
    // A departed leader no longer supervises anything: the unit shows as without a leader.
    jsonRows<CoverageSupervision & { id: number }>(
      db,
      sql`select s.id, s.leader_id as "leaderId", pe.name as "leaderName", s.unit_id as "unitId", s.kind
        from supervisions s join people pe on pe.id = s.leader_id
        where s.year = ${year} and pe.is_active`,
      sql`x."unitId", x.kind, x.id`,
    ),
    jsonRows<CoverageList>(
      db,
      sql`select l.id, l.owner_type as "ownerType", l.unit_id as "unitId", l.post_id as "postId",
          l.leader_id as "leaderId", l.status, l.published_version_no as "publishedVersionNo", pe.name as "leaderName"
        from responsibility_lists l left join people pe on pe.id = l.leader_id
        where l.year = ${year}`,
      sql`x.id`,
    ),
    // The items of each list's latest published version, as one delimited text (lib/coverage/item-codec.ts).
    db.execute(sql`
      select string_agg(concat_ws(chr(31), v.list_id, i.item_key, coalesce(i.paired_key, ''),
        coalesce(i.supervised_unit_id, 0), ${ITEM_FLAGS}), chr(30)) as items
      from responsibility_lists l
      join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
      join list_version_items i on i.version_id = v.id
      where l.year = ${year}
    `),
  ]);
  return {
    year,
    units,
    posts,
    holdings: holdings.map(({ personId, personName, postId, type }) => ({ personId, personName, postId, type })),
    supervisions: supervisions.map(({ leaderId, leaderName, unitId, kind }) => ({
      leaderId,
      leaderName,
      unitId,
      kind,
    })),
    lists,
    items: decodeItems(rowsOf<{ items: string | null }>(items)[0]?.items ?? null),
  };
}

/** The published text of a few items (the examples shown for the gaps on one page of the list): one query. */
export async function getPublishedItemTexts(
  db: Db,
  refs: { listId: number; itemKey: string }[],
): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const result = await db.execute(sql`
    select l.id as "listId", i.item_key as "itemKey", i.text
    from jsonb_to_recordset(${JSON.stringify(refs)}::jsonb) as r("listId" int, "itemKey" text)
    join responsibility_lists l on l.id = r."listId"
    join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
    join list_version_items i on i.version_id = v.id and i.item_key = r."itemKey"
  `);
  const rows = rowsOf<{ listId: number; itemKey: string; text: string }>(result);
  return new Map(rows.map((r) => [itemTextKey(r.listId, r.itemKey), r.text]));
}

export const itemTextKey = (listId: number, itemKey: string) => `${listId}|${itemKey}`;
