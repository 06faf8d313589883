// Integration: work records made here (the demo's own records are tested in db/seed/records.test.ts): the
// list within a viewer's scope in one query, one record with its links, evidence files kept immutable,
// "last done" and due/overdue for a unit's periodic duties, and the people the record form offers. The
// clock is pinned to 25 November of this year, so every record of the year is in the past.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import type { Db } from "@/db/client";
import { build, makeList, makeMember, makeRecord, makeUnit, makeUser } from "@/db/factories";
import { dueState } from "@/lib/records/cadence";
import { calendarYear, setClock, today as clockToday } from "@/lib/clock";
import { createRecord, getRecord, getRecordFile, listRecords } from "./records";
import { lastDoneByItem, listUnitPeriodicDuties } from "./records-due";
import { listPeopleChoices, listUnitDutyChoices } from "./record-choices";

const Y = calendarYear();
const LAST = Y - 1;
const today = `${Y}-11-25`;

let h: Awaited<ReturnType<typeof openTestDb>>;
let f: Awaited<ReturnType<typeof makeData>>;

/** The leadership team, 质量监督科 (head, staff, published lists), 城东分局 and the office; ten records. */
function makeData() {
  return build(h.db, async (tx) => {
    const leadership = await makeUnit(tx, { name: "局领导班子", kind: "leadership", group: null });
    const quality = await makeUnit(tx, { name: "质量监督科" });
    const east = await makeUnit(tx, { name: "城东分局", kind: "branch", group: "field" });
    const office = await makeUnit(tx, { name: "办公室", group: "general" });
    const p = {
      director: await makeMember(tx, { unitId: leadership.id, kind: "director", post: "局长", name: "杜局长" }),
      deputy: await makeMember(tx, { unitId: leadership.id, kind: "deputy_director", post: "副局长", name: "白副局长" }),
      qHead: await makeMember(tx, { unitId: quality.id, kind: "head", post: "科长", name: "钱科长" }),
      qStaff: await makeMember(tx, { unitId: quality.id, post: "质量监督员", name: "齐监督员" }),
      eastHead: await makeMember(tx, { unitId: east.id, kind: "head", post: "局长", name: "董分局长" }),
      officer: await makeMember(tx, { unitId: office.id, post: "教育培训岗", name: "培训专员" }),
    };
    const published = `${Y}-03-10T10:00:00+08:00`;
    const unitList = await makeList(tx, { year: Y, unitId: quality.id, publishedAt: published });
    const headList = await makeList(tx, {
      year: Y,
      unitId: quality.id,
      postId: p.qHead.postId,
      publishedAt: published,
      items: [
        { text: "组织本科室安全检查", category: "internal", kind: "safety", cadence: "monthly" },
        { text: "按季度报告监管情况", category: "supervision", kind: "business", cadence: "quarterly" },
        { text: "发生事故时及时报告", category: "accident", kind: "safety", cadence: "on_event" },
      ],
    });
    await makeList(tx, { year: Y, unitId: quality.id, postId: p.qStaff.postId, publishedAt: published });
    const inspection = { listId: headList.list.id, itemKey: headList.items[0].itemKey };
    const r = async (o: Parameters<typeof makeRecord>[1]) => (await makeRecord(tx, o)).id;
    const records = {
      a: await r({ kind: "meeting", occurredOn: `${LAST}-12-01`, unitId: leadership.id, leadId: p.director.personId, participantIds: [p.deputy.personId] }),
      b: await r({ kind: "meeting", occurredOn: `${Y}-02-10`, unitId: leadership.id, leadId: p.deputy.personId, participantIds: [p.director.personId, p.qHead.personId] }),
      c: await r({ kind: "meeting", occurredOn: `${Y}-05-10`, unitId: quality.id, leadId: p.qHead.personId, participantIds: [p.qStaff.personId] }),
      d: await r({ kind: "inspection", occurredOn: `${Y}-03-15`, unitId: leadership.id, leadId: p.deputy.personId, unitIds: [east.id] }),
      e: await r({ kind: "inspection", occurredOn: `${Y}-04-20`, unitId: leadership.id, leadId: p.deputy.personId, unitIds: [quality.id] }),
      f: await r({ kind: "training", occurredOn: `${Y}-06-01`, unitId: office.id, leadId: p.officer.personId, participantIds: [p.qStaff.personId, p.qHead.personId, p.eastHead.personId] }),
      // The head's monthly inspection duty, last done in September: overdue by late November.
      g: await r({ kind: "hazard_check", occurredOn: `${Y}-09-05`, unitId: quality.id, leadId: p.qHead.personId, dutyItems: [inspection] }),
      h: await r({ kind: "drill", occurredOn: `${Y}-07-07`, unitId: east.id, leadId: p.eastHead.personId }),
      i: await r({ kind: "report", occurredOn: `${LAST}-06-01`, unitId: east.id, leadId: p.eastHead.personId }),
      j: await r({ kind: "meeting", occurredOn: `${Y}-08-08`, unitId: east.id, leadId: p.eastHead.personId, participantIds: [p.qStaff.personId] }),
    };
    return { unit: { leadership: leadership.id, quality: quality.id, east: east.id }, p, unitList, headList, records };
  });
}

beforeAll(async () => {
  setClock(`${today}T10:00:00+08:00`);
  h = await openTestDb();
  f = await makeData();
});
afterAll(async () => {
  setClock(null);
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

const all = { unitIds: "all" as const, personId: null };
const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

describe("listRecords", () => {
  it("gives the office a page of everything with the total, in one query", async () => {
    expect(clockToday()).toBe(today);
    const { db, counter } = counting(h.db);
    const r = await listRecords(db, { page: 1, pageSize: 4 }, all);
    expect(counter.n).toBe(1);
    expect(r.total).toBe(10);
    const x = f.records;
    expect(ids(r.rows)).toEqual([x.g, x.j, x.h, x.f]);
    expect(ids((await listRecords(h.db, { page: 3, pageSize: 4 }, all)).rows)).toEqual([x.a, x.i]);
  });

  it("filters by kind, year, unit and person", async () => {
    const x = f.records;
    const r = await listRecords(h.db, { kind: "meeting", year: Y, person: "白副局长", page: 1, pageSize: 50 }, all);
    expect(ids(r.rows)).toEqual([x.b]);
    // A participant counts as much as the lead.
    expect(ids((await listRecords(h.db, { kind: "meeting", person: "白副局长", page: 1, pageSize: 50 }, all)).rows)).toEqual([x.b, x.a]);
    // The unit's own records and those concerning it.
    const q = await listRecords(h.db, { unitId: f.unit.quality, year: Y, page: 1, pageSize: 50 }, all);
    expect(ids(q.rows)).toEqual([x.g, x.c, x.e]);
    expect(q.rows.every((row) => row.unitName === "质量监督科" || (row.unitNames ?? "").includes("质量监督科"))).toBe(true);
    // A LIKE pattern in the name is taken literally.
    expect((await listRecords(h.db, { person: "%", page: 1, pageSize: 5 }, all)).total).toBe(0);
  });

  it("limits a leader to the units supervised and a staff member to the records they are on", async () => {
    const x = f.records;
    const leader = await listRecords(h.db, { page: 1, pageSize: 200, year: Y }, { unitIds: [f.unit.east], personId: null });
    expect(ids(leader.rows)).toEqual([x.j, x.h, x.d]);
    for (const row of leader.rows) expect([row.unitName, ...(row.unitNames ?? "").split("、")]).toContain("城东分局");
    const staff = await listRecords(h.db, { page: 1, pageSize: 200 }, { unitIds: [], personId: f.p.qStaff.personId });
    expect(ids(staff.rows)).toEqual([x.j, x.f, x.c]);
    for (const row of staff.rows) {
      const rec = (await getRecord(h.db, row.id))!;
      expect(rec.people.map((p) => p.personId)).toContain(f.p.qStaff.personId);
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
    const lists = await listUnitDutyChoices(h.db, f.unit.quality, Y);
    const post = lists.find((l) => l.postName === "科长")!;
    const internal = post.items.find((i) => i.category === "internal" && i.cadence === "monthly")!;
    listId = post.listId;
    itemKey = internal.itemKey;
    expect([listId, itemKey]).toEqual([f.headList.list.id, f.headList.items[0].itemKey]);
    const { qHead, qStaff } = f.p;
    const created = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await createRecord(tx, {
        kind: "inspection",
        title: "电梯安全专项检查",
        occurredOn: today,
        summary: "检查 3 家单位",
        unitId: f.unit.quality,
        // Entered by the staff member's own login: shown by the person's name.
        recordedBy: (await makeUser(tx, { personId: qStaff.personId, username: "q-staff" })).id,
        unitIds: [f.unit.quality],
        leadId: qHead.personId,
        participantIds: [qStaff.personId, qHead.personId],
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
    expect(rec.recordedBy).toBe("齐监督员");
    expect(rec.people).toEqual([
      { personId: qHead.personId, name: "钱科长", role: "lead" },
      { personId: qStaff.personId, name: "齐监督员", role: "participant" },
    ]);
    expect(rec.units).toEqual([{ id: f.unit.quality, name: "质量监督科" }]);
    expect(rec.dutyItems[0]).toMatchObject({ listId, itemKey, year: Y, ownerType: "post", postName: "科长", text: internal.text });
    expect(rec.files).toHaveLength(1);
    const file = (await getRecordFile(h.db, rec.files[0].id))!;
    expect(new TextDecoder().decode(file.data)).toContain("%PDF-1.4");
    expect(file.personIds.sort()).toEqual([qHead.personId, qStaff.personId].sort());
  });

  it("keeps evidence files immutable", async () => {
    await expect(h.query("update evidence_files set filename = 'x.pdf'")).rejects.toThrow();
    await expect(h.query("delete from evidence_files")).rejects.toThrow();
  });

  it("makes the duty done this month, where the gap since September had left it overdue", async () => {
    const before = await lastDoneByItem(h.db, [listId], `${Y}-11-24`);
    expect(before.get(`${listId}|${itemKey}`)).toEqual({ date: `${Y}-09-05`, kind: "hazard_check", recordId: f.records.g });
    expect(dueState({ cadence: "monthly", lastDone: `${Y}-09-05`, today, since: `${Y}-01-01` })).toBe("overdue");
    const after = await lastDoneByItem(h.db, [listId], today);
    expect(after.get(`${listId}|${itemKey}`)).toEqual({ date: today, kind: "inspection", recordId });
    expect(dueState({ cadence: "monthly", lastDone: today, today, since: `${Y}-01-01` })).toBe("done");
  });

  it("lists a unit's periodic duties with holders and last records in one query", async () => {
    const { db, counter } = counting(h.db);
    const lists = await listUnitPeriodicDuties(db, f.unit.quality, Y, today);
    expect(counter.n).toBe(1);
    const head = lists.find((l) => l.postName === "科长")!;
    expect(head.holders).toEqual([{ personId: f.p.qHead.personId, name: "钱科长", holdingType: "primary" }]);
    expect(head.items.find((i) => i.itemKey === itemKey)).toMatchObject({ lastDone: today, lastKind: "inspection" });
    // The on-event duty is not periodic.
    expect(head.items.map((i) => i.text)).toEqual(["组织本科室安全检查", "按季度报告监管情况"]);
    expect(lists.find((l) => l.ownerType === "unit")!.holders.map((x) => x.name)).toEqual(["钱科长"]);
    expect(lists.every((l) => l.items.every((i) => ["monthly", "quarterly", "yearly"].includes(i.cadence)))).toBe(true);
  });
});

describe("listPeopleChoices", () => {
  it("offers the units' people and the leadership team, so a leader can lead a unit's inspection", async () => {
    const people = await listPeopleChoices(h.db, [f.unit.quality], today);
    expect(people.map((p) => p.name).sort()).toEqual(["钱科长", "齐监督员", "白副局长", "杜局长"].sort());
    expect(people.some((p) => p.unitId === f.unit.east)).toBe(false);
    expect(await listPeopleChoices(h.db, [f.unit.quality], today, [f.p.qHead.personId, 999_999])).toHaveLength(1);
  });
});
