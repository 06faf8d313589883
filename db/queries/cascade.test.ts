// Integration: the signing cascade (层层签订) is one rule, read alike by the pledge generator, the signing
// board, the dashboard and "what needs me" — on a small org where the 局长 and a section head have left
// (inactive) and acting holders (代理) stand in, a leader who supervises the section has left too, and so
// has one staff member. Inactive people are expected to sign nothing; the acting holder signs for the post.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { makeHolder, makeHolding, makePerson, makePublishedLists, makeSupervision, makeUnit } from "@/db/factories/cascade";
import { generatePledges } from "@/server/pledges/generate";
import { levelProgress } from "@/lib/signing/tree";
import { getBoardEdges } from "./signing-board";
import { getSigningProgress } from "./dashboard";
import { listPledgesOfYear } from "./pledges";
import { listConfirmationsOf } from "./list-confirmations";

const Y = 2031; // any year: every date below is computed from it
const TODAY = `${Y}-06-15`;
const START = `${Y - 1}-01-01`;

let h: Awaited<ReturnType<typeof openTestDb>>;
const ids: Record<string, number> = {};
const lists: Record<string, number> = {};

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    const bureau = await makeUnit(tx, { name: "示例局", kind: "bureau" });
    const team = await makeUnit(tx, { name: "局领导", kind: "leadership", parentId: bureau });
    const section = await makeUnit(tx, { name: "甲科", kind: "section", parentId: bureau, sortOrder: 1 });
    ids.section = section;
    const holder = (post: string, kind: Parameters<typeof makeHolder>[1]["kind"], person: string, unitId: number, isActive = true, sortOrder = 0) =>
      makeHolder(tx, { unitId, post, kind, person, startDate: START, isActive, sortOrder });

    // 局长: the primary holder has left; the acting holder (代理局长) stands in.
    const director = await holder("局长", "director", "老局长", team, false);
    ids.acting = await makePerson(tx, { name: "代局长" });
    await makeHolding(tx, { personId: ids.acting, postId: director.postId, startDate: `${Y}-03-01`, type: "acting" });
    const deputyA = await holder("副局长（甲）", "deputy_director", "甲副局长", team, true, 1);
    const deputyB = await holder("副局长（乙）", "deputy_director", "乙副局长", team, false, 2);
    Object.assign(ids, { deputyA: deputyA.personId, deputyB: deputyB.personId });
    // Both supervise 甲科 as 主管; 乙副局长 has left.
    await makeSupervision(tx, { year: Y, leaderId: deputyA.personId, unitId: section });
    await makeSupervision(tx, { year: Y, leaderId: deputyB.personId, unitId: section });

    // 甲科: its head has left, an acting head stands in; one of three staff members has left.
    const head = await holder("科长", "head", "原科长", section, false);
    ids.actingHead = await makePerson(tx, { name: "代科长" });
    await makeHolding(tx, { personId: ids.actingHead, postId: head.postId, startDate: `${Y}-02-01`, type: "acting" });
    const staff = [
      await holder("科员一", "staff", "科员一", section, true, 1),
      await holder("科员二", "staff", "科员二", section, false, 2),
      await holder("科员三", "staff", "科员三", section, true, 3),
    ];
    ids.gone = staff[1].personId;

    // Every list is published, so no relation is hidden by a missing list.
    const at = new Date(`${Y}-03-10T02:00:00Z`);
    const owner = (ownerType: "unit" | "post" | "leader", unitId: number, postId: number | null, leaderId: number | null) => ({ year: Y, ownerType, unitId, postId, leaderId });
    const [dl, al, bl, ul] = await makePublishedLists(
      tx,
      [
        owner("leader", team, null, ids.acting),
        owner("leader", team, null, deputyA.personId),
        owner("leader", team, null, deputyB.personId),
        owner("unit", section, null, null),
        ...staff.map((s) => owner("post", section, s.postId, null)),
      ],
      at,
    );
    Object.assign(lists, { director: dl, deputyA: al, deputyB: bl, unit: ul });
    return { value: null, audit: { action: "test.seed" } };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

/** Who signs with whom: [level, party A, party B]. */
const EXPECTED = [
  [0, null, "代局长"],
  [1, "代局长", "甲副局长"],
  [2, "甲副局长", "代科长"],
  [3, "代科长", "科员一"],
  [3, "代科长", "科员三"],
];
const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

describe("one signing cascade for pledges, board and dashboard", () => {
  it("the board expects the active holders, the acting ones in place of those who left", async () => {
    const board = await getBoardEdges(h.db, Y, TODAY);
    expect(board.edges.every((e) => e.isExpected)).toBe(true);
    expect(sorted(board.edges.map((e) => [e.level, e.aName, e.bName]))).toEqual(sorted(EXPECTED));
  });

  it("the generator makes a pledge for exactly the board's relations, and the dashboard counts them as the board does", async () => {
    const r = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await generatePledges(tx, Y, new Date(`${TODAY}T04:00:00Z`)),
      audit: { action: "pledge.generate" },
    }));
    expect(r.created).toEqual({ 1: 1, 2: 1, 3: 2 });
    expect(r.skipped).toEqual({ 1: 0, 2: 0, 3: 0 });
    const pledges = await listPledgesOfYear(h.db, Y);
    expect(sorted(pledges.map((p) => [p.level, p.partyAName, p.partyBName]))).toEqual(sorted(EXPECTED.filter(([level]) => level !== 0)));

    const board = await getBoardEdges(h.db, Y, TODAY);
    expect(board.edges.filter((e) => !e.isExpected)).toEqual([]);
    expect(board.edges.filter((e) => e.level > 0).map((e) => e.pledgeId).sort()).toEqual(pledges.map((p) => p.id).sort());

    const dashboard = await getSigningProgress(h.db, Y, TODAY);
    expect(dashboard.map((l) => [l.pledgesTotal, l.listsTotal])).toEqual([
      [1, 2],
      [1, 1],
      [2, 2],
    ]);
    expect(dashboard).toEqual(
      levelProgress(board.edges, false).map((l) => ({
        level: l.level,
        pledgesDone: l.pledges.done,
        pledgesTotal: l.pledges.total,
        listsDone: l.lists.done,
        listsTotal: l.lists.total,
      })),
    );
  });

  it("asks the acting holders, not those who left, to confirm the lists of their relations", async () => {
    const mine = async (personId: number) => (await listConfirmationsOf(h.db, personId, Y, TODAY)).map((c) => c.listId);
    expect(await mine(ids.acting)).toEqual([lists.director]);
    expect(await mine(ids.actingHead)).toEqual([lists.unit]);
    expect(await mine(ids.deputyB)).toEqual([]);
    expect(await mine(ids.gone)).toEqual([]);
  });
});
