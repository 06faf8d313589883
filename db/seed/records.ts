// Demo work records (履职记录) for last year and this year to date: reads the org, 分管 and published lists the demo
// and duty seeds wrote, plans the records (records-plan.ts) and writes them in a few batch inserts. Runs
// inside the demo seed's audited transaction, after seedDuties.
import { sql } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import { rowsOf } from "../client";
import { recordDutyItems, recordPeople, recordUnits, workRecords } from "../schema";
import { demoCalendar, type DemoCalendar } from "./demo-calendar";
import { planRecords, type RecordContext, type SeedList } from "./records-plan";

const LEADER_POSTS: Record<string, keyof RecordContext["leaders"]> = {
  党组书记: "S",
  局长: "D",
  "副局长（分管安全生产）": "B",
  "副局长（分管质量）": "A",
  "副局长（分管计量标准）": "C",
  总工程师: "E",
};

type HoldingRow = { person_id: number; code: string; post: string; post_kind: string; start_date: string; end_date: string | null; type: string };

async function loadContext(tx: AuditedTx, year: number): Promise<{ ctx: RecordContext; userOf: Map<number, number> }> {
  const [unitRows, holdingRows, supervisionRows, listRows, userRows] = await Promise.all([
    tx.execute(sql`select id, code, name, kind::text as kind from units where is_active order by sort_order, id`),
    tx.execute(sql`
      select ph.person_id, u.code, p.name as post, p.kind::text as post_kind, ph.start_date::text as start_date,
        ph.end_date::text as end_date, ph.type::text as type
      from post_holdings ph join posts p on p.id = ph.post_id join units u on u.id = p.unit_id
      order by case ph.type when 'primary' then 0 when 'acting' then 1 else 2 end, ph.start_date, ph.id`),
    tx.execute(sql`select year, leader_id, unit_id, kind::text as kind from supervisions order by year, kind, unit_id`),
    tx.execute(sql`
      select l.year, l.owner_type::text as owner_type, u.code, p.name as post, l.leader_id, l.id as list_id,
        vi.item_key, vi.category::text as category, vi.cadence::text as cadence, vi.supervised_unit_id
      from responsibility_lists l
      join units u on u.id = l.unit_id
      left join posts p on p.id = l.post_id
      join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
      join list_version_items vi on vi.version_id = v.id
      order by l.id, vi.sort_order, vi.id`),
    tx.execute(sql`select id, person_id from users where person_id is not null`),
  ]);
  const units = new Map(
    rowsOf<{ id: number; code: string; name: string; kind: string }>(unitRows).map((u) => [u.code, { id: Number(u.id), name: u.name, kind: u.kind }]),
  );
  const holdings = rowsOf<HoldingRow>(holdingRows);
  const inYear = (h: HoldingRow, year: number) => h.start_date <= `${year}-12-31` && (h.end_date == null || h.end_date >= `${year}-01-01`);
  const holders = (year: number, code: string, post: string) =>
    [...new Set(holdings.filter((h) => h.code === code && h.post === post && inYear(h, year)).map((h) => Number(h.person_id)))];
  const heads = (year: number, code: string) =>
    [...new Set(holdings.filter((h) => h.code === code && h.post_kind === "head" && inYear(h, year)).map((h) => Number(h.person_id)))];
  const leaders = {} as RecordContext["leaders"];
  for (const h of holdings) if (h.code === "LEAD" && LEADER_POSTS[h.post]) leaders[LEADER_POSTS[h.post]] ??= Number(h.person_id);
  const officePerson = holders(year, "SEC-SPECIAL", "安委办综合岗")[0];
  const sups = rowsOf<{ year: number; leader_id: number; unit_id: number; kind: "primary" | "assist" }>(supervisionRows);
  const lists = new Map<string, SeedList>();
  for (const r of rowsOf<Record<string, string | number | null>>(listRows)) {
    const owner = r.owner_type === "unit" ? `unit:${r.code}` : r.owner_type === "post" ? `post:${r.code}|${r.post}` : `leader:${r.leader_id}`;
    const key = `${r.year}|${owner}`;
    let list = lists.get(key);
    if (!list) lists.set(key, (list = { listId: Number(r.list_id), items: [] }));
    list.items.push({
      itemKey: String(r.item_key),
      category: String(r.category),
      cadence: String(r.cadence),
      supervisedUnitId: r.supervised_unit_id == null ? null : Number(r.supervised_unit_id),
    });
  }
  const ctx: RecordContext = {
    units,
    holders,
    heads,
    leaders,
    officePerson,
    supervisions: (year) =>
      sups.filter((s) => Number(s.year) === year).map((s) => ({ leaderId: Number(s.leader_id), unitId: Number(s.unit_id), kind: s.kind })),
    list: (year, key) => lists.get(`${year}|${key}`),
  };
  const userOf = new Map(rowsOf<{ id: number; person_id: number }>(userRows).map((u) => [Number(u.person_id), Number(u.id)]));
  return { ctx, userOf };
}

/** Inserts in chunks that stay well under PostgreSQL's 65 535 parameters per statement. */
async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function seedRecords(tx: AuditedTx, cal: DemoCalendar = demoCalendar()): Promise<Record<string, number>> {
  const { ctx, userOf } = await loadContext(tx, cal.current);
  const planned = planRecords(ctx, cal);
  const unitId = (code: string) => {
    const u = ctx.units.get(code);
    if (!u) throw new Error(`records seed: no unit ${code}`);
    return u.id;
  };
  const ids: number[] = [];
  await insertChunked(planned, 1000, async (chunk) => {
    const rows = await tx
      .insert(workRecords)
      .values(
        chunk.map((r) => ({
          kind: r.kind,
          title: r.title,
          occurredOn: r.occurredOn,
          summary: "",
          unitId: unitId(r.unitCode),
          recordedBy: userOf.get(r.leadId) ?? null,
          createdAt: new Date(`${r.occurredOn}T10:00:00+08:00`),
          updatedAt: new Date(`${r.occurredOn}T10:00:00+08:00`),
        })),
      )
      .returning({ id: workRecords.id });
    ids.push(...rows.map((r) => r.id));
  });
  const people = planned.flatMap((r, i) => [
    { recordId: ids[i], personId: r.leadId, role: "lead" as const },
    ...r.participantIds.map((personId) => ({ recordId: ids[i], personId, role: "participant" as const })),
  ]);
  const unitsRows = planned.flatMap((r, i) => [...new Set(r.unitCodes)].map((c) => ({ recordId: ids[i], unitId: unitId(c) })));
  const seen = new Set<string>();
  const items = planned.flatMap((r, i) =>
    r.items.filter((d) => !seen.has(`${ids[i]}|${d.listId}|${d.itemKey}`) && seen.add(`${ids[i]}|${d.listId}|${d.itemKey}`)).map((d) => ({ recordId: ids[i], ...d })),
  );
  await insertChunked(people, 5000, (c) => tx.insert(recordPeople).values(c));
  await insertChunked(unitsRows, 5000, (c) => tx.insert(recordUnits).values(c));
  await insertChunked(items, 5000, (c) => tx.insert(recordDutyItems).values(c));
  return { workRecords: ids.length, recordPeople: people.length, recordUnits: unitsRows.length, recordDutyItems: items.length };
}
