// Integration: the demo's work records (seeded in well under a second), the list within a viewer's scope
// in one query, one record with its links, evidence files kept immutable, "last done" and due/overdue for
// a unit's periodic duties, and the people the record form offers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import type { Db } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { seedDuties } from "@/db/seed/duties";
import { seedRecords } from "@/db/seed/records";
import { dueState } from "@/lib/records/cadence";
import { calendarYear } from "@/lib/clock";
import { demoCalendar, plusDays } from "@/db/seed/demo-calendar";
import { createRecord, getRecord, getRecordFile, listRecords } from "./records";
import { lastDoneByItem, listUnitPeriodicDuties } from "./records-due";
import { listPeopleChoices, listUnitDutyChoices } from "./record-choices";

/** The demo's years on the clock: last year whole, this year to a few days before today. */
const Y = calendarYear();
const cal = demoCalendar();
const today = cal.today;

let h: Awaited<ReturnType<typeof openTestDb>>;
let seeded: Record<string, number>;
const unit: Record<string, number> = {};
const person: Record<string, number> = {};

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    await seedDemo(tx, { passwordHash: "x" });
    await seedDuties(tx);
    seeded = await seedRecords(tx);
    return { value: null, audit: { action: "test.seed" } };
  });
  for (const r of await h.query<{ id: number; code: string }>("select id, code from units")) unit[r.code] = Number(r.id);
  for (const r of await h.query<{ id: number; name: string }>("select id, name from people")) person[r.name] = Number(r.id);
});
afterAll(async () => {
  await h?.cleanup();
});

/** Counts the statements a call sends. */
function counting(db: Db) {
  const counter = { n: 0 };
  const wrapped = new Proxy(db, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if ((prop === "execute" || prop === "select") && typeof v === "function") return (...a: unknown[]) => (counter.n++, v.apply(target, a));
      return v;
    },
  });
  return { db: wrapped, counter };
}

describe("the demo records", () => {
  // Speed is the benchmarks' business (bench/), not a timed test's: a loaded machine must not fail the suite.
  it("are a few hundred rows for last year and this year to date, the same on every run", async () => {
    expect(seeded.workRecords).toBe(535);
    expect(seeded.recordDutyItems).toBeGreaterThan(700);
    const [range] = await h.query<{ first: string; last: string }>("select min(occurred_on)::text as first, max(occurred_on)::text as last from work_records");
    expect(range.first).toMatch(new RegExp(`^${Y - 1}-01-`));
    expect(range.last.startsWith(`${Y}-`) && range.last <= cal.cutoff).toBe(true);
    // From December on, the year runs as the story has it: to 20 November (a weekend moved to the Monday).
    if (!cal.squeezed) expect(range.last).toMatch(new RegExp(`^${Y}-11-(0\\d|1\\d|2[0-2])$`));
  });

  it("have the committee meetings chaired by 杜明远 and 白文涛, and 白文涛's inspections of the units he supervises", async () => {
    const rows = await h.query<{ name: string; kind: string; n: number }>(`
      select pe.name, r.kind::text as kind, count(*)::int as n from record_people rp join people pe on pe.id = rp.person_id
      join work_records r on r.id = rp.record_id
      where rp.role = 'lead' and pe.name in ('杜明远', '白文涛') and r.occurred_on between '${Y}-01-01' and '${Y}-12-31'
      group by 1, 2 order by 1, 2`);
    expect(rows).toContainEqual({ name: "杜明远", kind: "meeting", n: 4 });
    expect(rows).toContainEqual({ name: "白文涛", kind: "meeting", n: 8 });
    expect(rows.find((r) => r.name === "白文涛" && r.kind === "inspection")!.n).toBeGreaterThanOrEqual(20);
  });
});

describe("listRecords", () => {
  it("gives the office a page of everything with the total, in one query", async () => {
    const { db, counter } = counting(h.db);
    const r = await listRecords(db, { page: 1, pageSize: 30 }, { unitIds: "all", personId: null });
    expect(counter.n).toBe(1);
    expect(r.total).toBe(535);
    expect(r.rows).toHaveLength(30);
    expect(r.rows[0].occurredOn >= r.rows[29].occurredOn).toBe(true);
  });

  it("filters by kind, year, unit and person", async () => {
    const r = await listRecords(h.db, { kind: "meeting", year: Y, person: "白文涛", page: 1, pageSize: 50 }, { unitIds: "all", personId: null });
    expect(r.total).toBeGreaterThanOrEqual(12);
    expect(r.rows.every((x) => x.kind === "meeting" && x.occurredOn.startsWith(`${Y}-`))).toBe(true);
    const q = await listRecords(h.db, { unitId: unit["SEC-QUALITY"], year: Y, page: 1, pageSize: 50 }, { unitIds: "all", personId: null });
    expect(q.rows.every((x) => x.unitName === "质量监督科" || (x.unitNames ?? "").includes("质量监督科"))).toBe(true);
    // A LIKE pattern in the name is taken literally.
    expect((await listRecords(h.db, { person: "%", page: 1, pageSize: 5 }, { unitIds: "all", personId: null })).total).toBe(0);
  });

  it("limits a leader to the units supervised and a staff member to the records they are on", async () => {
    const leader = await listRecords(h.db, { page: 1, pageSize: 200, year: Y }, { unitIds: [unit["BR-EAST"]], personId: null });
    expect(leader.total).toBeGreaterThan(0);
    for (const row of leader.rows) expect([row.unitName, ...(row.unitNames ?? "").split("、")]).toContain("城东分局");
    const staff = await listRecords(h.db, { page: 1, pageSize: 200 }, { unitIds: [], personId: person["齐小萌"] });
    expect(staff.total).toBeGreaterThan(0);
    for (const row of staff.rows) {
      const rec = (await getRecord(h.db, row.id))!;
      expect(rec.people.map((p) => p.personId)).toContain(person["齐小萌"]);
    }
    expect((await listRecords(h.db, { page: 1, pageSize: 5 }, { unitIds: [], personId: null })).total).toBe(0);
  });
});

describe("a new record with evidence", () => {
  const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  let recordId = 0;
  let listId = 0;
  let itemKey = "";

  it("is stored with its people, units, duties and file, and read back in one query", async () => {
    const lists = await listUnitDutyChoices(h.db, unit["SEC-QUALITY"], Y);
    const post = lists.find((l) => l.postName === "科长")!;
    const internal = post.items.find((i) => i.category === "internal" && i.cadence === "monthly")!;
    listId = post.listId;
    itemKey = internal.itemKey;
    const created = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await createRecord(tx, {
        kind: "inspection",
        title: "电梯安全专项检查",
        occurredOn: today,
        summary: "检查 3 家单位",
        unitId: unit["SEC-QUALITY"],
        recordedBy: (await h.query<{ id: number }>("select id from users where username = 'staff-quality'"))[0].id,
        unitIds: [unit["SEC-QUALITY"]],
        leadId: person["钱卫东"],
        participantIds: [person["齐小萌"], person["钱卫东"]],
        dutyItems: [{ listId, itemKey }],
        schemeItemIds: [],
        files: [{ filename: "检查记录.pdf", mime: "application/pdf", size: pdf.length, sha256: "ab".repeat(32), data: pdf }],
      }),
      audit: { action: "test.record" },
    }));
    recordId = created.id;
    const { db, counter } = counting(h.db);
    const rec = (await getRecord(db, recordId))!;
    expect(counter.n).toBe(1);
    // Who entered it, by name (not the account's username).
    expect(rec.recordedBy).toBe("齐小萌");
    expect(rec.people).toEqual([
      { personId: person["钱卫东"], name: "钱卫东", role: "lead" },
      { personId: person["齐小萌"], name: "齐小萌", role: "participant" },
    ]);
    expect(rec.dutyItems[0]).toMatchObject({ listId, itemKey, year: Y, ownerType: "post", postName: "科长", text: internal.text });
    expect(rec.files).toHaveLength(1);
    const file = (await getRecordFile(h.db, rec.files[0].id))!;
    expect(new TextDecoder().decode(file.data)).toContain("%PDF-1.4");
    expect(file.personIds.sort()).toEqual([person["钱卫东"], person["齐小萌"]].sort());
  });

  it("keeps evidence files immutable", async () => {
    await expect(h.query("update evidence_files set filename = 'x.pdf'")).rejects.toThrow();
    await expect(h.query("delete from evidence_files")).rejects.toThrow();
  });

  it("makes the duty done this month, where October's gap had left it overdue", async () => {
    const before = await lastDoneByItem(h.db, [listId], plusDays(today, -1));
    const last = before.get(`${listId}|${itemKey}`)!.date;
    expect(last.startsWith(`${Y}-`) && last <= cal.cutoff).toBe(true);
    // The story's calendar (December on): the last inspection in September, overdue in late November.
    if (!cal.squeezed) {
      expect(last).toMatch(new RegExp(`^${Y}-09-`));
      expect(dueState({ cadence: "monthly", lastDone: last, today: `${Y}-11-25`, since: `${Y}-01-01` })).toBe("overdue");
    }
    const after = await lastDoneByItem(h.db, [listId], today);
    expect(after.get(`${listId}|${itemKey}`)).toEqual({ date: today, kind: "inspection", recordId });
    expect(dueState({ cadence: "monthly", lastDone: today, today, since: `${Y}-01-01` })).toBe("done");
  });

  it("lists a unit's periodic duties with holders and last records in one query", async () => {
    const { db, counter } = counting(h.db);
    const lists = await listUnitPeriodicDuties(db, unit["SEC-QUALITY"], Y, today);
    expect(counter.n).toBe(1);
    const head = lists.find((l) => l.postName === "科长")!;
    expect(head.holders).toEqual([{ personId: person["钱卫东"], name: "钱卫东", holdingType: "primary" }]);
    expect(head.items.find((i) => i.itemKey === itemKey)).toMatchObject({ lastDone: today, lastKind: "inspection" });
    expect(lists.find((l) => l.ownerType === "unit")!.holders.map((x) => x.name)).toEqual(["钱卫东"]);
    expect(lists.every((l) => l.items.every((i) => ["monthly", "quarterly", "yearly"].includes(i.cadence)))).toBe(true);
  });
});

describe("listPeopleChoices", () => {
  it("offers the units' people and the leadership team, so a leader can lead a unit's inspection", async () => {
    const people = await listPeopleChoices(h.db, [unit["SEC-QUALITY"]], today);
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(["钱卫东", "齐小萌", "白文涛", "杜明远"]));
    expect(people.some((p) => p.unitId === unit["BR-EAST"])).toBe(false);
    expect(await listPeopleChoices(h.db, [unit["SEC-QUALITY"]], today, [person["钱卫东"], 999_999])).toHaveLength(1);
  });
});
