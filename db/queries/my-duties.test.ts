// Integration: which lists apply to a person (post, unit, leader, 分管; acting included), the latest
// published version only, and "who held this duty on that date" across versions and years.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit } from "../audited";
import type { Db } from "../client";
import { createItems, createLists, publishList, updateItem } from "./duty-writes";
import { getDutiesForPerson, getItemHistory } from "./my-duties";
import { createRecord } from "./records";
import { listItems, people, postHoldings, posts, supervisions, units } from "../schema";

let h: Awaited<ReturnType<typeof openTestDb>>;
const ids = {
  lead: 0,
  quality: 0,
  fiber: 0,
  inspectorPost: 0,
  fiberHeadPost: 0,
  fiberStaffPost: 0,
  qualityHeadPost: 0,
};
const who = { staff: 0, other: 0, acting: 0, head: 0, leader: 0 };
const base = {
  responsibilityType: "post" as const,
  cadence: "monthly" as const,
  legalBasis: "安全生产法",
  scope: "本岗位",
  standard: "每次扣1分",
};

/** Counts the statements a call sends, whatever the driver. */
function counting(db: Db) {
  const counter = { n: 0 };
  const wrap = <T extends object>(o: T): T =>
    new Proxy(o, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (prop === "execute" && typeof v === "function")
          return (...a: unknown[]) => (counter.n++, v.apply(target, a));
        if (prop === "select" && typeof v === "function")
          return (...a: unknown[]) => {
            counter.n++;
            return v.apply(target, a);
          };
        return v;
      },
    });
  return { db: wrap(db), counter };
}

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    const [lead, quality, fiber] = await tx
      .insert(units)
      .values([
        { code: "L", name: "局领导班子", kind: "leadership" },
        { code: "Q", name: "质量监督科", kind: "section", sortOrder: 1 },
        { code: "F", name: "纤维检验所", kind: "affiliated", sortOrder: 2 },
      ])
      .returning();
    Object.assign(ids, { lead: lead.id, quality: quality.id, fiber: fiber.id });
    const [deputy, qHead, inspector, fHead, fStaff] = await tx
      .insert(posts)
      .values([
        { unitId: lead.id, name: "副局长", kind: "deputy_director" },
        { unitId: quality.id, name: "科长", kind: "head" },
        { unitId: quality.id, name: "质量监督员", kind: "staff", sortOrder: 2 },
        { unitId: fiber.id, name: "所长", kind: "head" },
        { unitId: fiber.id, name: "纤维检验员", kind: "staff", sortOrder: 2 },
      ])
      .returning();
    Object.assign(ids, {
      inspectorPost: inspector.id,
      fiberHeadPost: fHead.id,
      fiberStaffPost: fStaff.id,
      qualityHeadPost: qHead.id,
    });
    const ppl = await tx
      .insert(people)
      .values(["齐小萌", "罗文静", "冯建华", "钱卫东", "安志刚"].map((name, i) => ({ staffNo: `T${i}`, name })))
      .returning();
    Object.assign(who, { staff: ppl[0].id, other: ppl[1].id, acting: ppl[2].id, head: ppl[3].id, leader: ppl[4].id });
    await tx.insert(postHoldings).values([
      { personId: who.staff, postId: inspector.id, startDate: "2020-01-01" },
      { personId: who.other, postId: inspector.id, startDate: "2018-01-01", endDate: "2026-04-30" },
      { personId: who.acting, postId: fStaff.id, startDate: "2020-01-01" },
      { personId: who.acting, postId: fHead.id, type: "acting", startDate: "2025-09-01" },
      { personId: who.head, postId: qHead.id, startDate: "2020-01-01" },
      { personId: who.leader, postId: deputy.id, startDate: "2020-01-01" },
    ]);
    await tx.insert(supervisions).values([
      { year: 2026, leaderId: who.leader, unitId: quality.id },
      { year: 2026, leaderId: who.leader, unitId: fiber.id, kind: "assist" },
    ]);
    const lists = await createLists(tx, [
      { year: 2025, ownerType: "post", unitId: quality.id, postId: inspector.id, leaderId: null },
      { year: 2026, ownerType: "post", unitId: quality.id, postId: inspector.id, leaderId: null },
      { year: 2026, ownerType: "unit", unitId: quality.id, postId: null, leaderId: null },
      { year: 2026, ownerType: "unit", unitId: fiber.id, postId: null, leaderId: null },
      { year: 2026, ownerType: "post", unitId: fiber.id, postId: fHead.id, leaderId: null },
      { year: 2026, ownerType: "leader", unitId: lead.id, postId: null, leaderId: who.leader },
    ]);
    const [p25, p26, uq, uf, pf, ld] = lists;
    await createItems(tx, [
      { listId: p25.id, itemKey: "q-b1", text: "监督抽查", category: "supervision", kind: "business", ...base },
      {
        listId: p25.id,
        itemKey: "q-s1",
        pairedKey: "q-b1",
        text: "现场安全防护",
        category: "supervision",
        kind: "safety",
        ...base,
      },
      { listId: p26.id, itemKey: "q-b1", text: "监督抽查", category: "supervision", kind: "business", ...base },
      {
        listId: p26.id,
        itemKey: "q-s1",
        pairedKey: "q-b1",
        text: "现场安全防护",
        category: "supervision",
        kind: "safety",
        ...base,
      },
      { listId: uq.id, itemKey: "u-q1", text: "科室安全管理", category: "internal", kind: "safety", ...base },
      { listId: uf.id, itemKey: "u-f1", text: "实验室安全", category: "internal", kind: "safety", ...base },
      { listId: pf.id, itemKey: "p-f1", text: "所长安全职责", category: "leadership", kind: "safety", ...base },
      {
        listId: ld.id,
        itemKey: "l-1",
        supervisedUnitId: quality.id,
        text: "督促质量监督科",
        category: "leadership",
        kind: "safety",
        ...base,
      },
    ]);
    await publishList(tx, p25.id, null, null, new Date("2025-03-15T02:00:00Z"));
    for (const l of [p26, uq, pf, ld]) await publishList(tx, l.id, null, null, new Date("2026-03-10T02:00:00Z"));
    // uf (纤维检验所 unit list) stays a draft: shown as not yet published.
    const [item] = await tx
      .select()
      .from(listItems)
      .where(and(eq(listItems.listId, p26.id), eq(listItems.itemKey, "q-s1")));
    await updateItem(tx, item.id, item.version, { text: "现场安全防护（修订）" });
    // 16:30 UTC on 20 May is 00:30 on 21 May in Shanghai.
    await publishList(tx, p26.id, null, null, new Date("2026-05-20T16:30:00Z"));
    return { value: null, audit: { action: "test.seed", objectType: "test" } };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

describe("getDutiesForPerson", () => {
  it("returns the post and unit lists of a staff member at their latest published version, in four queries", async () => {
    const { db, counter } = counting(h.db);
    const r = (await getDutiesForPerson(db, who.staff, 2026, "2026-06-01"))!;
    // The person, the lists, then their items and the last record of each item.
    expect(counter.n).toBe(4);
    expect(r.person.name).toBe("齐小萌");
    expect(r.lists.map((l) => [l.ownerType, l.reason, l.unitName, l.postName])).toEqual([
      ["post", "post", "质量监督科", "质量监督员"],
      ["unit", "unit", "质量监督科", null],
    ]);
    const post = r.lists[0];
    expect(post.version?.versionNo).toBe(2);
    expect(post.version?.publishedDate).toBe("2026-05-21");
    expect(post.version?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(post.items.map((i) => i.text)).toEqual(["监督抽查", "现场安全防护（修订）"]);
  });

  it("includes a post held acting, and shows an unpublished unit list without items", async () => {
    const r = (await getDutiesForPerson(h.db, who.acting, 2026, "2026-06-01"))!;
    expect(
      r.lists.map((l) => [
        l.ownerType,
        l.postName,
        l.holdingType,
        l.isHead,
        l.version?.versionNo ?? null,
        l.items.length,
      ]),
    ).toEqual([
      ["post", "所长", "acting", false, 1, 1],
      ["unit", null, null, true, null, 0],
    ]);
    expect(r.lists[1].status).toBe("draft");
  });

  it("gives a leader their leader list and the unit lists of the units they supervise that year", async () => {
    const r = (await getDutiesForPerson(h.db, who.leader, 2026, "2026-06-01"))!;
    expect(r.lists.map((l) => [l.ownerType, l.reason, l.unitName, l.supervisionKind])).toEqual([
      ["leader", "leader", "局领导班子", null],
      ["unit", "supervised", "质量监督科", "primary"],
      ["unit", "supervised", "纤维检验所", "assist"],
    ]);
    expect(r.lists[0].items[0].supervisedUnitName).toBe("质量监督科");
    expect(r.supervisedUnitIds.sort()).toEqual([ids.quality, ids.fiber].sort());
    expect((await getDutiesForPerson(h.db, who.leader, 2025, "2025-12-31"))!.lists).toEqual([]);
  });

  it("gives each item the latest record linked to it on or before the sheet's date", async () => {
    const before = (await getDutiesForPerson(h.db, who.staff, 2026, "2026-06-01"))!;
    expect(before.lists[0].lastDone).toEqual({});
    const listId = before.lists[0].listId;
    const record = (occurredOn: string, kind: "inspection" | "training") =>
      withAudit(h.db, SYSTEM, async (tx) => ({
        value: await createRecord(tx, {
          kind,
          title: `记录 ${occurredOn}`,
          occurredOn,
          summary: "",
          unitId: ids.quality,
          recordedBy: null,
          unitIds: [ids.quality],
          leadId: who.staff,
          participantIds: [],
          dutyItems: [{ listId, itemKey: "q-s1" }],
          schemeItemIds: [],
          files: [],
        }),
        audit: { action: "test.record" },
      }));
    await record("2026-04-02", "training");
    const { id } = await record("2026-05-12", "inspection");
    await record("2026-07-01", "training");
    const r = (await getDutiesForPerson(h.db, who.staff, 2026, "2026-06-01"))!;
    expect(r.lists[0].lastDone).toEqual({ "q-s1": { date: "2026-05-12", kind: "inspection", recordId: id } });
    expect(r.lists[1].lastDone).toEqual({});
  });

  it("is undefined for an unknown person", async () => {
    expect(await getDutiesForPerson(h.db, 999_999, 2026, "2026-06-01")).toBeUndefined();
  });
});

describe("getItemHistory", () => {
  it("finds the version in force at the end of the day in Shanghai, in three queries", async () => {
    const { db, counter } = counting(h.db);
    const before = (await getItemHistory(db, "q-s1", "2026-05-20"))!;
    // The versions, then the holders on the date (a leader list reads its 分管 units instead).
    expect(counter.n).toBe(2);
    expect([before.inForce?.year, before.inForce?.versionNo, before.inForce?.item?.text]).toEqual([
      2026,
      1,
      "现场安全防护",
    ]);
    const after = (await getItemHistory(h.db, "q-s1", "2026-05-21"))!;
    expect([after.inForce?.versionNo, after.inForce?.item?.text]).toEqual([2, "现场安全防护（修订）"]);
    expect(after.versions.map((v) => [v.year, v.versionNo, v.item?.text])).toEqual([
      [2025, 1, "现场安全防护"],
      [2026, 1, "现场安全防护"],
      [2026, 2, "现场安全防护（修订）"],
    ]);
  });

  it("names the holders on the date, and falls back to last year's list before this year's is published", async () => {
    const early = (await getItemHistory(h.db, "q-s1", "2026-02-01"))!;
    expect([early.inForce?.year, early.inForce?.versionNo]).toEqual([2025, 1]);
    expect(early.holders.map((x) => x.name).sort()).toEqual(["罗文静", "齐小萌"].sort());
    const late = (await getItemHistory(h.db, "q-s1", "2026-06-01"))!;
    expect(late.holders.map((x) => x.name)).toEqual(["齐小萌"]);
    expect((await getItemHistory(h.db, "q-s1", "2024-12-31"))!.inForce).toBeNull();
  });

  it("gives the head post holder for a unit list (acting marked) and the leader with their units", async () => {
    const unit = (await getItemHistory(h.db, "u-q1", "2026-06-01"))!;
    expect(unit.holders.map((x) => [x.name, x.postName, x.holdingType])).toEqual([["钱卫东", "科长", "primary"]]);
    const acting = (await getItemHistory(h.db, "p-f1", "2026-06-01"))!;
    expect(acting.holders.map((x) => [x.name, x.holdingType])).toEqual([["冯建华", "acting"]]);
    const leader = (await getItemHistory(h.db, "l-1", "2026-06-01"))!;
    expect(leader.holders.map((x) => x.personId)).toEqual([who.leader]);
    expect(leader.supervisedUnitIds.sort()).toEqual([ids.quality, ids.fiber].sort());
    expect(await getItemHistory(h.db, "no-such-key", "2026-06-01")).toBeNull();
  });
});
