// Integration: 问责倒查 on the demo bureau for last year's lift accident (14 August) at 特种设备检验研究院 — the head,
// the supervising leaders and every post holder that day; the list version in force and who had signed it
// (by then, that version or an earlier one); training and records of the 12 months before; two queries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import type { Db } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { seedDuties } from "@/db/seed/duties";
import { seedRecords } from "@/db/seed/records";
import { listSignatures } from "@/db/schema";
import { calendarYear } from "@/lib/clock";
import { getTrace, traceSince } from "./trace";

/** The demo's closed year (the clock's previous year), when the accident happened. */
const LAST = calendarYear() - 1;
const ACCIDENT_DAY = `${LAST}-08-14`;

let h: Awaited<ReturnType<typeof openTestDb>>;
let unitId = 0;
const person: Record<string, number> = {};

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    await seedDemo(tx, { passwordHash: "x" });
    await seedDuties(tx);
    await seedRecords(tx);
    return { value: null, audit: { action: "test.seed" } };
  });
  unitId = Number((await h.query<{ id: number }>("select id from units where code = 'AFF-SPECIAL'"))[0].id);
  for (const r of await h.query<{ id: number; name: string }>("select id, name from people")) person[r.name] = Number(r.id);
  // 白文涛 confirms his leader list of that year in March; the 院长 confirms the unit list only after the accident.
  const lists = await h.query<{ list_id: number; owner: string; hash: string }>(`
    select l.id as list_id, coalesce(pe.name, 'unit') as owner, v.content_hash as hash
    from responsibility_lists l join list_versions v on v.list_id = l.id
    left join people pe on pe.id = l.leader_id
    where l.year = ${LAST} and ((l.owner_type = 'leader' and pe.name = '白文涛') or (l.owner_type = 'unit' and l.unit_id = ${unitId}))`);
  const user = Number((await h.query<{ id: number }>("select id from users where username = 'deputy-safety'"))[0].id);
  const head = Number((await h.query<{ person_id: number }>(`
    select ph.person_id from post_holdings ph join posts p on p.id = ph.post_id where p.unit_id = ${unitId} and p.kind = 'head'`))[0].person_id);
  person.head = head;
  const sig = (listId: number, personId: number, hash: string, at: string) => ({
    listId,
    role: "confirm" as const,
    signerUserId: user,
    signerPersonId: personId,
    signerPost: null,
    content: "{}",
    contentHash: hash,
    method: "password",
    signedAt: new Date(at),
  });
  const leaderList = lists.find((l) => l.owner === "白文涛")!;
  const unitList = lists.find((l) => l.owner === "unit")!;
  await withAudit(h.db, SYSTEM, async (tx) => {
    await tx.insert(listSignatures).values([
      sig(Number(leaderList.list_id), person["白文涛"], leaderList.hash, `${LAST}-03-20T02:00:00Z`),
      sig(Number(unitList.list_id), head, unitList.hash, `${LAST}-08-20T02:00:00Z`),
    ]);
    return { value: null, audit: { action: "test.sign" } };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

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

describe("getTrace for the demo accident (14 August last year, 特种设备检验研究院)", () => {
  it("answers in two queries: who held the head post, the leaders of that year, and every post", async () => {
    const { db, counter } = counting(h.db);
    const t = await getTrace(db, { unitId, date: ACCIDENT_DAY });
    expect(counter.n).toBe(2);
    expect(t.since).toBe(`${LAST - 1}-08-15`);
    const head = t.subjects.filter((s) => s.role === "head");
    expect(head).toHaveLength(1);
    expect(head[0]).toMatchObject({ personId: person.head, postName: "院长", holdingType: "primary" });
    const leaders = t.subjects.filter((s) => s.role === "leader").map((s) => [s.name, s.supervisionKind]);
    expect(leaders).toEqual([
      ["白文涛", "primary"],
      ["鄂振华", "assist"],
    ]);
    const posts = t.subjects.filter((s) => s.role === "post");
    expect(new Set(posts.map((s) => s.postName))).toEqual(new Set(["院长", "副院长", "锅炉压力容器检验员", "电梯检验员", "起重机械检验员", "安全管理员", "综合管理岗"]));
    expect(posts.filter((s) => s.postName === "电梯检验员")).toHaveLength(8);
  });

  it("gives each the year's list in force (published 15 March) and whether they had signed it by that day", async () => {
    const t = await getTrace(h.db, { unitId, date: ACCIDENT_DAY });
    const head = t.subjects.find((s) => s.role === "head")!;
    expect(head.list).toMatchObject({ year: LAST, ownerType: "unit", versionNo: 1, publishedDate: `${LAST}-03-15` });
    // The 院长 signed on 20 August: after the accident, so not signed on the day.
    expect(head.signature).toBeNull();
    const b = t.subjects.find((s) => s.name === "白文涛")!;
    expect(b.list).toMatchObject({ year: LAST, ownerType: "leader", versionNo: 1 });
    expect(b.signature).toEqual({ signedAt: `${LAST}-03-20 10:00`, versionNo: 1, isCurrent: true });
    const inspector = t.subjects.find((s) => s.postName === "电梯检验员")!;
    expect(inspector.list).toMatchObject({ ownerType: "post", year: LAST });
    expect(inspector.signature).toBeNull();
    // A week later, the 院长's signature counts.
    const later = await getTrace(h.db, { unitId, date: `${LAST}-08-21` });
    expect(later.subjects.find((s) => s.role === "head")!.signature).toMatchObject({ versionNo: 1, isCurrent: true });
  });

  it("has no list in force before the first publication", async () => {
    const t = await getTrace(h.db, { unitId, date: `${LAST}-03-14` });
    expect(t.subjects.find((s) => s.role === "head")!.list).toBeNull();
  });

  it("lists the unit's records and each person's training of the 12 months before", async () => {
    const t = await getTrace(h.db, { unitId, date: ACCIDENT_DAY });
    expect(t.records.length).toBeGreaterThan(5);
    expect(t.records.every((r) => r.occurredOn >= `${LAST - 1}-08-15` && r.occurredOn <= ACCIDENT_DAY)).toBe(true);
    expect(t.records.some((r) => r.kind === "hazard_check" && r.viaItem)).toBe(true);
    const head = t.subjects.find((s) => s.role === "head")!;
    expect(head.trainings.map((x) => x.title)).toContain(`${LAST}年度安全生产责任制专题培训`);
    expect(t.subjects.find((s) => s.name === "白文涛")!.trainings.length).toBeGreaterThan(0);
  });

  it("narrows the records to one duty item when a key is given", async () => {
    const [item] = await h.query<{ item_key: string }>(`
      select d.item_key from record_duty_items d join responsibility_lists l on l.id = d.list_id
      join work_records r on r.id = d.record_id
      where l.unit_id = ${unitId} and l.owner_type = 'unit' and r.kind = 'hazard_check' limit 1`);
    const t = await getTrace(h.db, { unitId, date: ACCIDENT_DAY, itemKey: item.item_key });
    expect(t.records.length).toBeGreaterThan(0);
    expect(t.records.every((r) => r.kind === "hazard_check")).toBe(true);
  });
});

describe("traceSince", () => {
  it("starts the day after the same date a year before", () => {
    expect(traceSince("2025-08-14")).toBe("2024-08-15");
    expect(traceSince("2025-01-01")).toBe("2024-01-02");
    expect(traceSince("2025-12-31")).toBe("2025-01-01");
    expect(traceSince("2024-02-29")).toBe("2023-03-01");
  });
});
