// What the record form offers, and what a record action accepts: people of the units in reach (and the
// leadership team), a unit's own published duty lists, the year's scheme items. One query each; the
// action runs the same reads to check a submitted choice, so a forged id is refused.
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "../client";
import { holdingInForceAs } from "./holdings";
import { idIn } from "./records";

export type PersonChoice = { id: number; name: string; unitId: number; unitName: string; postName: string };

/**
 * People holding a post on `date` in one of `unitIds` ("all": anywhere) or in the leadership team (leaders
 * lead inspections of the units they supervise), once each (the primary post first). With `personIds`,
 * only those people: the action's check that every person named is within reach.
 */
export async function listPeopleChoices(db: Db, unitIds: "all" | number[], date: string, personIds?: number[]): Promise<PersonChoice[]> {
  const inUnits = unitIds === "all" ? sql`true` : sql`(${idIn(sql`u.id`, unitIds)} or u.kind = 'leadership')`;
  const only = personIds ? idIn(sql`pe.id`, personIds) : sql`true`;
  const result = await db.execute(sql`
    select * from (
      select distinct on (pe.id) pe.id, pe.name, u.id as unit_id, u.name as unit_name, p.name as post_name,
        u.sort_order as unit_order, p.sort_order as post_order
      from post_holdings ph
      join posts p on p.id = ph.post_id and p.is_active
      join units u on u.id = p.unit_id and u.is_active
      join people pe on pe.id = ph.person_id and pe.is_active
      where ${holdingInForceAs("ph", date)} and ${inUnits} and ${only}
      order by pe.id, case ph.type when 'primary' then 0 when 'acting' then 1 else 2 end, u.sort_order, p.sort_order
    ) x order by unit_order, unit_id, post_order, name
  `);
  return rowsOf<{ id: number; name: string; unit_id: number; unit_name: string; post_name: string }>(result).map((r) => ({
    id: Number(r.id),
    name: r.name,
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
    postName: r.post_name,
  }));
}

export type DutyChoiceList = {
  listId: number;
  ownerType: "unit" | "post" | "leader";
  unitName: string;
  postName: string | null;
  leaderName: string | null;
  items: { itemKey: string; text: string; category: string; cadence: string; kind: "business" | "safety" }[];
};

/** A unit's own lists of a year (its unit list and its posts' lists) at their latest published version. */
export async function listUnitDutyChoices(db: Db, unitId: number, year: number): Promise<DutyChoiceList[]> {
  const result = await db.execute(sql`
    select l.id as list_id, l.owner_type::text as owner_type, u.name as unit_name, p.name as post_name,
      vi.item_key, vi.text, vi.category::text as category, vi.cadence::text as cadence, vi.kind::text as kind
    from responsibility_lists l
    join units u on u.id = l.unit_id
    left join posts p on p.id = l.post_id
    join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
    join list_version_items vi on vi.version_id = v.id
    where l.year = ${year} and l.unit_id = ${unitId} and l.owner_type in ('unit', 'post')
    order by case l.owner_type when 'unit' then 0 else 1 end, p.sort_order, l.id, vi.sort_order, vi.id
  `);
  const lists = new Map<number, DutyChoiceList>();
  for (const r of rowsOf<Record<string, string | number | null>>(result)) {
    const listId = Number(r.list_id);
    let list = lists.get(listId);
    if (!list) {
      list = {
        listId,
        ownerType: r.owner_type as DutyChoiceList["ownerType"],
        unitName: String(r.unit_name),
        postName: (r.post_name as string | null) ?? null,
        leaderName: null,
        items: [],
      };
      lists.set(listId, list);
    }
    list.items.push({
      itemKey: String(r.item_key),
      text: String(r.text),
      category: String(r.category),
      cadence: String(r.cadence),
      kind: r.kind as "business" | "safety",
    });
  }
  return [...lists.values()];
}

export type SchemeItemChoice = { id: number; code: string; content: string; categoryName: string };

/** The items of the year's assessment scheme (考核方案), in sheet order; empty when there is none. */
export async function listSchemeItemChoices(db: Db, year: number): Promise<SchemeItemChoice[]> {
  const result = await db.execute(sql`
    select si.id, si.code, si.content, sc.name as category_name
    from assessment_schemes s
    join scheme_items si on si.scheme_id = s.id
    join scheme_categories sc on sc.id = si.category_id
    where s.year = ${year}
    order by sc.sort_order, sc.id, si.sort_order, si.id
  `);
  return rowsOf<{ id: number; code: string; content: string; category_name: string }>(result).map((r) => ({
    id: Number(r.id),
    code: r.code,
    content: r.content,
    categoryName: r.category_name,
  }));
}

/** Of `unitIds`, those that exist and are active (a record names live units only). */
export async function activeUnitIds(db: Db, unitIds: number[]): Promise<number[]> {
  if (!unitIds.length) return [];
  const result = await db.execute(sql`select id from units where is_active and ${idIn(sql`id`, unitIds)}`);
  return rowsOf<{ id: number }>(result).map((r) => Number(r.id));
}
