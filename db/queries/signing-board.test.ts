// Integration: the signing board and "what needs me" on the demo bureau — a fixed number of queries, the
// cascade's counts, pledges and list signatures as they change, a post handover, and the viewers' to-dos.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit } from "../audited";
import type { Db } from "../client";
import { seedDemoIfEmpty } from "../scripts/seed";
import { getSigningBoard, SIGNING_BOARD_QUERY_COUNT } from "./signing-board";
import { getNeedsMe, type NeedsMeViewer } from "./needs-me";
import { generatePledges } from "@/server/pledges/generate";
import { isPastDeadline } from "@/lib/signing/deadline";
import { openHandovers } from "@/lib/signing/handover";
import { buildTree, filterEdges, levelProgress, type TreeNode } from "@/lib/signing/tree";
import { calendarYear } from "@/lib/clock";

/** The demo's years on the clock (DUALDUTY_NOW moves it): this year in progress, last year closed. */
const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;
const TODAY = `${Y}-11-27`;
const p: Record<string, number> = {};
let officeUserId = 0;

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
  const people = await h.query<{ id: number; name: string }>(
    `select id, name from people where name in ('杜明远', '安志刚', '鄂振华', '钱卫东', '齐小萌', '冯建华', '欧阳晓雯')`,
  );
  for (const r of people) p[r.name] = r.id;
  officeUserId = (await h.query<{ id: number }>(`select id from users where username = 'office'`))[0].id;
});
afterAll(async () => {
  await h?.cleanup();
});

/** Counts the statements a call sends, whatever the driver. */
function counting(db: Db) {
  const counter = { n: 0 };
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if ((prop === "execute" || prop === "select") && typeof v === "function")
        return (...a: unknown[]) => (counter.n++, v.apply(target, a));
      return v;
    },
  });
  return { db: proxy, counter };
}

const board = async () => {
  const { db, counter } = counting(h.db);
  const b = await getSigningBoard(db, Y, TODAY);
  expect(counter.n).toBe(SIGNING_BOARD_QUERY_COUNT);
  return b;
};
const find = (nodes: TreeNode[], pred: (n: TreeNode) => boolean): TreeNode | undefined => {
  for (const n of nodes) {
    if (pred(n)) return n;
    const c = find(n.children, pred);
    if (c) return c;
  }
};
const unitListOf = async (unit: string) =>
  (await h.query<{ id: number }>(`select l.id from responsibility_lists l join units u on u.id = l.unit_id
    where l.year = ${Y} and l.owner_type = 'unit' and u.name = '${unit}'`))[0].id;
const hashes = async (listId: number) =>
  (await h.query<{ content_hash: string }>(`select content_hash from list_versions where list_id = ${listId} order by version_no`)).map(
    (r) => r.content_hash,
  );
/** A confirm signature by a person (the user account only has to exist: the board follows the person). */
const sign = (listId: number, personId: number, hash: string, at = `${Y}-04-01T02:00:00Z`, userId = officeUserId) =>
  h.query(`insert into list_signatures (list_id, role, signer_user_id, signer_person_id, content, content_hash, method, signed_at)
    values (${listId}, 'confirm', ${userId}, ${personId}, 'x', '${hash}', 'password', '${at}')`);
const pledge = async (level: number, a: number, b: number, unitId: number, status: string, listId: number | null = null) =>
  (await h.query<{ id: number }>(`insert into pledges (year, kind, level, party_a_id, party_b_id, unit_id, list_id, title, content, content_hash, status)
    values (${Y}, '${level === 3 ? "commitment" : "responsibility"}', ${level}, ${a}, ${b}, ${unitId}, ${listId}, 't', 'c', 'h', '${status}')
    returning id`))[0].id;

describe("the signing board", () => {
  it("builds the demo cascade from the org in two queries when no pledge exists", async () => {
    const b = await board();
    expect(b.pledgeCount).toBe(0);
    expect(b.deadlineMonthDay).toBe("03-31");
    // 局长's own list; 5 other leaders; one head for each of the 20 units; every deputy and staff member.
    expect([0, 1, 2, 3].map((l) => b.edges.filter((e) => e.level === l).length)).toEqual([1, 5, 20, 125]);
    expect(b.edges.every((e) => e.pledgeId == null && e.isExpected)).toBe(true);
    const tree = buildTree(b.edges, true);
    expect(tree).toHaveLength(1);
    expect(tree[0].edge.bName).toBe("杜明远");
    // The 产品质量监督检验所 moved to the chief engineer this year; the acting head heads 纤维检验所 under him.
    const e = find(tree, (n) => n.edge.bName === "鄂振华")!;
    expect(e.children.map((c) => c.edge.unitName)).toEqual(["产品质量监督检验所", "纤维检验所"]);
    expect(find(e.children, (n) => n.edge.unitName === "纤维检验所")!.edge.bName).toBe("冯建华");
    const qian = find(tree, (n) => n.edge.bName === "钱卫东")!;
    expect(qian.edge.aName).toBe("安志刚");
    expect(qian.children.map((c) => c.edge.bName)).toContain("齐小萌");
    const progress = levelProgress(b.edges, isPastDeadline(Y, b.deadlineMonthDay, TODAY));
    expect(progress.map((l) => [l.pledges.done, l.pledges.total, l.lists.done, l.lists.total, l.overdue])).toEqual([
      [0, 5, 0, 6, 6],
      [0, 20, 0, 20, 20],
      [0, 125, 0, 125, 125],
    ]);
    expect(levelProgress(b.edges, isPastDeadline(Y, b.deadlineMonthDay, `${Y}-03-01`))[2].overdue).toBe(0);
  });

  it("reads a past year's org on 31 December of that year", async () => {
    const b = await getSigningBoard(h.db, LAST, TODAY);
    const inspect = b.edges.find((e) => e.level === 2 && e.unitName === "产品质量监督检验所")!;
    expect(inspect.aName).toBe("安志刚");
  });

  it("follows pledges and list signatures, marks 需重新签字, and keeps stale pledges out of the tree", async () => {
    const quality = await unitListOf("质量监督科");
    const [v1, v2] = await hashes(quality);
    const unitId = (await h.query<{ id: number }>(`select id from units where name = '质量监督科'`))[0].id;
    await pledge(2, p["安志刚"], p["钱卫东"], unitId, "signed_b", quality);
    // A pair the org does not ask for (鄂振华 does not lead 质量监督科).
    await pledge(2, p["鄂振华"], p["钱卫东"], unitId, "pending", quality);
    await sign(quality, p["钱卫东"], v1);
    let b = await board();
    let row = b.edges.find((e) => e.level === 2 && e.bName === "钱卫东" && e.isExpected)!;
    expect(row).toMatchObject({ pledgeStatus: "signed_b", signature: "stale", listId: quality });
    expect(b.edges.filter((e) => !e.isExpected).map((e) => [e.aName, e.bName])).toEqual([["鄂振华", "钱卫东"]]);
    expect(filterEdges(b.edges, {}).some((e) => !e.isExpected)).toBe(false);
    expect(levelProgress(filterEdges(b.edges, {}), true)[1].resign).toBe(1);

    await sign(quality, p["钱卫东"], v2, `${Y}-06-02T02:00:00Z`);
    b = await board();
    row = b.edges.find((e) => e.level === 2 && e.bName === "钱卫东" && e.isExpected)!;
    expect(row.signature).toBe("current");
    expect(b.pledgeCount).toBe(2);
  });

  it("shows a handover open until the successor signs the post's list and pledge, with the old signatures", async () => {
    const [post] = await h.query<{ post_id: number; person_id: number; name: string; unit_id: number }>(`
      select ph.post_id, ph.person_id, pe.name, po.unit_id from post_holdings ph join posts po on po.id = ph.post_id
      join people pe on pe.id = ph.person_id join units u on u.id = po.unit_id
      where u.name = '质量监督科' and po.name = '质量监督员' and pe.name <> '齐小萌' order by ph.id limit 1`);
    const [list] = await h.query<{ id: number }>(`select id from responsibility_lists where year = ${Y} and post_id = ${post.post_id}`);
    const [hash] = await hashes(list.id);
    await sign(list.id, post.person_id, hash);
    await h.query(`update post_holdings set end_date = '${Y}-05-31' where post_id = ${post.post_id} and person_id = ${post.person_id}`);
    const [succ] = await h.query<{ id: number }>(`insert into people (staff_no, name) values ('T9001', '接任者') returning id`);
    await h.query(`insert into post_holdings (person_id, post_id, type, start_date) values (${succ.id}, ${post.post_id}, 'primary', '${Y}-06-01')`);

    let b = await board();
    const { open } = openHandovers(b.handovers);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      postName: "质量监督员",
      unitName: "质量监督科",
      previousName: post.name,
      previousEnd: `${Y}-05-31`,
      successorName: "接任者",
      successorStart: `${Y}-06-01`,
      missing: ["list", "pledge"],
    });
    expect(open[0].history).toEqual([expect.objectContaining({ kind: "list", targetId: list.id, isCurrent: true })]);
    const staff = b.edges.filter((e) => e.level === 3 && e.unitId === post.unit_id).map((e) => e.bName);
    expect(staff).toContain("接任者");
    expect(staff).not.toContain(post.name);

    // The new holder has a to-do: the board counts their confirmation of the post's list (待确认).
    const needs = await getNeedsMe(h.db, { userId: 0, personId: succ.id, roles: ["staff"], headedUnitIds: [], supervisedUnitIds: [] }, Y, TODAY);
    expect(needs.lists).toEqual([expect.objectContaining({ listId: list.id, action: "confirm" })]);

    const [other] = await h.query<{ id: number }>(`select id from users where username = 'auditor'`);
    await sign(list.id, succ.id, hash, `${Y}-06-03T02:00:00Z`, other.id);
    await pledge(3, p["钱卫东"], succ.id, post.unit_id, "signed_b", list.id);
    b = await board();
    expect(openHandovers(b.handovers)).toEqual({ open: [], closed: 1 });
  });
});

describe("what needs me", () => {
  const viewerOf = async (name: string, extra: Partial<NeedsMeViewer> = {}): Promise<NeedsMeViewer> => {
    const sup = await h.query<{ unit_id: number }>(`select unit_id from supervisions where year = ${Y} and leader_id = ${p[name]}`);
    return { userId: 0, personId: p[name], roles: ["staff"], headedUnitIds: [], supervisedUnitIds: sup.map((s) => s.unit_id), ...extra };
  };
  const needs = async (v: NeedsMeViewer) => {
    const { db, counter } = counting(h.db);
    const r = await getNeedsMe(db, v, Y, TODAY);
    expect(counter.n).toBeLessThanOrEqual(2);
    return r;
  };

  it("the committee office submits drafts and approves confirmed lists", async () => {
    const r = await needs(await viewerOf("欧阳晓雯", { roles: ["committee_office", "staff"] }));
    // Her own post list to confirm (the board counts it), then the office's work.
    expect(r.lists.map((l) => [l.action, l.unitName])).toEqual([
      ["confirm", "特种设备安全监察科"],
      ["submit", "标准化与信息中心"],
    ]);
    await h.query(`update responsibility_lists set status = 'confirmed' where id = ${await unitListOf("计量科")}`);
    const after = await needs(await viewerOf("欧阳晓雯", { roles: ["committee_office", "staff"] }));
    expect(after.lists.map((l) => [l.action, l.unitName])).toContainEqual(["approve", "计量科"]);
  });

  it("a leader reviews submitted lists of the units they supervise and countersigns pledges B has signed", async () => {
    await h.query(`update responsibility_lists set status = 'submitted' where id = ${await unitListOf("认证认可监督管理科")}`);
    await h.query(`update responsibility_lists set status = 'submitted' where id = ${await unitListOf("计量科")}`);
    const r = await needs(await viewerOf("安志刚", { roles: ["leader", "staff"] }));
    expect(r.lists.map((l) => [l.action, l.ownerType, l.unitName])).toEqual([
      ["confirm", "leader", "局领导班子"],
      ["review", "unit", "认证认可监督管理科"],
    ]);
    expect(r.pledges.map((x) => [x.party, x.otherName, x.status])).toEqual([["a", "钱卫东", "signed_b"]]);
    expect(r.total).toBe(3);
  });

  it("a signer signs a reviewed list; party B of a pending pledge signs it", async () => {
    const headed = (await h.query<{ id: number }>(`select id from units where name = '质量监督科'`)).map((u) => u.id);
    const before = await needs(await viewerOf("钱卫东", { roles: ["unit_head", "staff"], headedUnitIds: headed }));
    // As B: the pending pledge with 鄂振华 (the 安志刚 one waits for A); as A: the successor's, signed by B.
    expect(before.pledges.map((x) => [x.party, x.otherName])).toEqual([
      ["b", "鄂振华"],
      ["a", "接任者"],
    ]);
    await h.query(`update responsibility_lists set status = 'reviewed' where id = ${await unitListOf("质量监督科")}`);
    const r = await needs(await viewerOf("钱卫东", { roles: ["unit_head", "staff"], headedUnitIds: headed }));
    expect(r.lists.map((l) => [l.action, l.ownerType, l.unitName])).toContainEqual(["sign", "unit", "质量监督科"]);
  });

  it("asks nothing of an account with no person and no business role, without a query", async () => {
    const { db, counter } = counting(h.db);
    expect(await getNeedsMe(db, { userId: 1, personId: null, roles: ["system_admin"], headedUnitIds: [], supervisedUnitIds: [] }, Y, TODAY)).toEqual({
      lists: [],
      pledges: [],
      total: 0,
    });
    expect(counter.n).toBe(0);
  });
});

describe("the board and the pledge generator agree", () => {
  it("every generated pledge lands on a relation the board expects", async () => {
    const r = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await generatePledges(tx, Y, new Date(`${TODAY}T04:00:00Z`)),
      audit: { action: "pledge.generate" },
    }));
    expect(r.created[1] + r.created[2] + r.created[3]).toBeGreaterThan(100);
    const b = await board();
    // Only the pair inserted above by hand (鄂振华 does not lead 质量监督科) is outside the cascade.
    expect(b.edges.filter((e) => !e.isExpected).map((e) => [e.aName, e.bName])).toEqual([["鄂振华", "钱卫东"]]);
    const matched = b.edges.filter((e) => e.isExpected && e.pledgeId != null).length;
    expect(matched).toBe(r.ids.length + r.existing);
  });
});
