// Integration: 问责倒查 for an accident on 14 August of last year at an inspection institute made here — the
// head, the supervising leaders of that year and every post holder that day; the list version in force and
// who had signed it (by then, that version or an earlier one); training and records of the 12 months
// before; two queries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "@/db/test-utils";
import type { Db } from "@/db/client";
import { build, makeList, makeListSignature, makeMember, makePost, makeRecord, makeSupervision, makeUnit, makeUser } from "@/db/factories";
import { calendarYear } from "@/lib/clock";
import { getTrace, traceSince } from "./trace";

/** Last year on the clock, when the accident happened. */
const LAST = calendarYear() - 1;
const ACCIDENT_DAY = `${LAST}-08-14`;
const PUBLISHED = `${LAST}-03-15T10:00:00+08:00`;
const TRAINING = `${LAST}年度安全生产责任制专题培训`;

let h: Awaited<ReturnType<typeof openTestDb>>;
let f: Awaited<ReturnType<typeof makeData>>;

/** The institute (院长, 副院长, three 电梯检验员 that day), its two leaders, their lists and records. */
async function makeData() {
  return build(h.db, async (tx) => {
    const leadership = await makeUnit(tx, { name: "局领导班子", kind: "leadership", group: null });
    const office = await makeUnit(tx, { name: "办公室", kind: "section", group: "general" });
    const unit = await makeUnit(tx, { name: "检验研究院", kind: "affiliated", group: "technical" });
    const other = await makeUnit(tx, { name: "城东分局", kind: "branch", group: "field" });
    const head = await makeMember(tx, { unitId: unit.id, post: "院长", kind: "head", name: "韩院长" });
    const deputy = await makeMember(tx, { unitId: unit.id, post: "副院长", kind: "deputy_head", name: "魏副院长" });
    const inspectorPost = await makePost(tx, { unitId: unit.id, name: "电梯检验员" });
    const inspectors = [];
    for (const name of ["甲检验员", "乙检验员", "丙检验员"]) inspectors.push(await makeMember(tx, { unitId: unit.id, postId: inspectorPost.id, name }));
    // Left before the accident; joined after it: neither held the post that day.
    await makeMember(tx, { unitId: unit.id, postId: inspectorPost.id, name: "已调离", endDate: `${LAST}-06-30` });
    await makeMember(tx, { unitId: unit.id, postId: inspectorPost.id, name: "新入职", startDate: `${LAST}-09-01` });
    const primary = await makeMember(tx, { unitId: leadership.id, post: "副局长（分管安全生产）", kind: "deputy_director", name: "主管领导" });
    const assist = await makeMember(tx, { unitId: leadership.id, post: "总工程师", kind: "chief_engineer", name: "协管领导" });
    const nextYear = await makeMember(tx, { unitId: leadership.id, post: "副局长", kind: "deputy_director", name: "次年分管" });
    await makeSupervision(tx, { year: LAST, leaderId: primary.personId, unitId: unit.id, kind: "primary" });
    await makeSupervision(tx, { year: LAST, leaderId: assist.personId, unitId: unit.id, kind: "assist" });
    await makeSupervision(tx, { year: LAST + 1, leaderId: nextYear.personId, unitId: unit.id, kind: "primary" });

    const unitList = await makeList(tx, { year: LAST, unitId: unit.id, publishedAt: PUBLISHED });
    const leaderList = await makeList(tx, { year: LAST, unitId: leadership.id, leaderId: primary.personId, publishedAt: PUBLISHED });
    await makeList(tx, { year: LAST, unitId: leadership.id, leaderId: assist.personId, publishedAt: PUBLISHED });
    for (const postId of [head.postId, deputy.postId, inspectorPost.id]) await makeList(tx, { year: LAST, unitId: unit.id, postId, publishedAt: PUBLISHED });
    // The leader confirms his list in March; the 院长 confirms the unit list only after the accident.
    const leaderUser = await makeUser(tx, { personId: primary.personId });
    const headUser = await makeUser(tx, { personId: head.personId });
    await makeListSignature(tx, { listId: leaderList.list.id, userId: leaderUser.id, personId: primary.personId, signedAt: `${LAST}-03-20T02:00:00Z` });
    await makeListSignature(tx, { listId: unitList.list.id, userId: headUser.id, personId: head.personId, signedAt: `${LAST}-08-20T02:00:00Z` });

    const unitItem = { listId: unitList.list.id, itemKey: unitList.items[1].itemKey };
    const records = {
      check: await makeRecord(tx, { kind: "hazard_check", title: "院内隐患自查", occurredOn: `${LAST}-06-10`, unitId: unit.id, leadId: head.personId, dutyItems: [unitItem] }),
      meeting: await makeRecord(tx, { kind: "meeting", title: "院安全例会", occurredOn: `${LAST}-02-01`, unitId: unit.id, leadId: head.personId }),
      inspection: await makeRecord(tx, { kind: "inspection", title: "分管领导检查", occurredOn: `${LAST}-05-10`, unitId: leadership.id, leadId: primary.personId, unitIds: [unit.id] }),
      training: await makeRecord(tx, { kind: "training", title: TRAINING, occurredOn: `${LAST}-04-10`, unitId: office.id, leadId: primary.personId, participantIds: [head.personId] }),
    };
    // Outside the twelve months, or another unit's: not part of the trace.
    await makeRecord(tx, { kind: "meeting", title: "一年多以前", occurredOn: `${LAST - 1}-08-14`, unitId: unit.id, leadId: head.personId });
    await makeRecord(tx, { kind: "training", title: "旧培训", occurredOn: `${LAST - 1}-07-01`, unitId: office.id, leadId: head.personId });
    await makeRecord(tx, { kind: "meeting", title: "事故之后", occurredOn: `${LAST}-08-15`, unitId: unit.id, leadId: head.personId });
    await makeRecord(tx, { kind: "meeting", title: "别的单位", occurredOn: `${LAST}-06-01`, unitId: other.id, leadId: head.personId });
    return { unit, head, primary, assist, inspectors, unitItem, records };
  });
}

beforeAll(async () => {
  h = await openTestDb();
  f = await makeData();
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

describe("getTrace for an accident on 14 August last year", () => {
  it("answers in two queries: who held the head post, the leaders of that year, and every post", async () => {
    const { db, counter } = counting(h.db);
    const t = await getTrace(db, { unitId: f.unit.id, date: ACCIDENT_DAY });
    expect(counter.n).toBe(2);
    expect(t.since).toBe(`${LAST - 1}-08-15`);
    const head = t.subjects.filter((s) => s.role === "head");
    expect(head).toHaveLength(1);
    expect(head[0]).toMatchObject({ personId: f.head.personId, postName: "院长", holdingType: "primary" });
    const leaders = t.subjects.filter((s) => s.role === "leader").map((s) => [s.name, s.supervisionKind]);
    expect(leaders).toEqual([
      ["主管领导", "primary"],
      ["协管领导", "assist"],
    ]);
    const posts = t.subjects.filter((s) => s.role === "post");
    expect(new Set(posts.map((s) => s.postName))).toEqual(new Set(["院长", "副院长", "电梯检验员"]));
    expect(posts.filter((s) => s.postName === "电梯检验员").map((s) => s.personId).sort()).toEqual(f.inspectors.map((i) => i.personId).sort());
  });

  it("gives each the year's list in force (published 15 March) and whether they had signed it by that day", async () => {
    const t = await getTrace(h.db, { unitId: f.unit.id, date: ACCIDENT_DAY });
    const head = t.subjects.find((s) => s.role === "head")!;
    expect(head.list).toMatchObject({ year: LAST, ownerType: "unit", versionNo: 1, publishedDate: `${LAST}-03-15` });
    // The 院长 signed on 20 August: after the accident, so not signed on the day.
    expect(head.signature).toBeNull();
    const b = t.subjects.find((s) => s.personId === f.primary.personId)!;
    expect(b.list).toMatchObject({ year: LAST, ownerType: "leader", versionNo: 1 });
    expect(b.signature).toEqual({ signedAt: `${LAST}-03-20 10:00`, versionNo: 1, isCurrent: true });
    const inspector = t.subjects.find((s) => s.postName === "电梯检验员")!;
    expect(inspector.list).toMatchObject({ ownerType: "post", year: LAST });
    expect(inspector.signature).toBeNull();
    // A week later, the 院长's signature counts.
    const later = await getTrace(h.db, { unitId: f.unit.id, date: `${LAST}-08-21` });
    expect(later.subjects.find((s) => s.role === "head")!.signature).toMatchObject({ versionNo: 1, isCurrent: true });
  });

  it("has no list in force before the first publication", async () => {
    const t = await getTrace(h.db, { unitId: f.unit.id, date: `${LAST}-03-14` });
    expect(t.subjects.find((s) => s.role === "head")!.list).toBeNull();
  });

  it("lists the unit's records and each person's training of the 12 months before", async () => {
    const t = await getTrace(h.db, { unitId: f.unit.id, date: ACCIDENT_DAY });
    const r = f.records;
    // The unit's own, the one concerning it, and the one fulfilling its duty: newest first.
    expect(t.records.map((x) => x.id)).toEqual([r.check.id, r.inspection.id, r.meeting.id]);
    expect(t.records.every((x) => x.occurredOn >= `${LAST - 1}-08-15` && x.occurredOn <= ACCIDENT_DAY)).toBe(true);
    expect(t.records.find((x) => x.id === r.check.id)).toMatchObject({ kind: "hazard_check", viaItem: true, leadName: "韩院长" });
    expect(t.records.find((x) => x.id === r.meeting.id)!.viaItem).toBe(false);
    const head = t.subjects.find((s) => s.role === "head")!;
    expect(head.trainings.map((x) => x.title)).toEqual([TRAINING]);
    expect(t.subjects.find((s) => s.personId === f.primary.personId)!.trainings).toEqual([{ id: r.training.id, date: `${LAST}-04-10`, title: TRAINING }]);
  });

  it("narrows the records to one duty item when a key is given", async () => {
    const t = await getTrace(h.db, { unitId: f.unit.id, date: ACCIDENT_DAY, itemKey: f.unitItem.itemKey });
    expect(t.records.map((x) => [x.id, x.kind])).toEqual([[f.records.check.id, "hazard_check"]]);
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
