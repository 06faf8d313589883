// Integration: "what needs me", 我的责任 and the signing board agree on who must confirm which list — on a
// small bureau made here (局长, two deputies, three units with heads and staff, every list of the year
// published), for every person the board counts, and as signatures are made (first, current, stale).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../test-utils";
import { build, makeBureau, makeListSignature, type Bureau } from "../factories";
import { listResponsibilityLists } from "./duties";
import { listConfirmationsOf } from "./list-confirmations";
import { getNeedsMe } from "./needs-me";
import { getBoardEdges } from "./signing-board";
import { forYear, type Viewer } from "@/lib/authz";
import { calendarYear } from "@/lib/clock";
import { unitScopeOf } from "@/lib/records/scope";
import { filterEdges, levelProgress } from "@/lib/signing/tree";
import type { BoardEdge } from "@/lib/signing/types";

const Y = calendarYear();
const TODAY = `${Y}-11-27`;

let h: Awaited<ReturnType<typeof openTestDb>>;
let b: Bureau;
beforeAll(async () => {
  h = await openTestDb();
  b = await build(h.db, (tx) => makeBureau(tx, { years: [Y], lists: { year: Y, publishedAt: `${Y}-03-10T10:00:00+08:00` } }));
});
afterAll(async () => {
  await h?.cleanup();
});

const expected = async () => filterEdges((await getBoardEdges(h.db, Y, TODAY)).edges, {});
/** The lists the board waits on a person to confirm: published, not covered by a current signature. */
const boardWaits = (edges: BoardEdge[], personId: number) =>
  [...new Set(edges.filter((e) => e.bId === personId && e.listStatus === "published" && e.signature !== "current").map((e) => e.listId!))].sort(
    (a, b) => a - b,
  );
const needsConfirm = async (personId: number) => {
  const r = await getNeedsMe(h.db, { userId: 0, personId, roles: ["staff"], headedUnitIds: [], supervisedUnitIds: [] }, Y, TODAY);
  return r.lists
    .filter((l) => l.action === "confirm" || l.action === "resign")
    .map((l) => l.listId)
    .sort((a, b) => a - b);
};
const listsDone = (edges: BoardEdge[]) => levelProgress(edges, false).map((l) => l.lists.done);

/** A confirm signature as the sign action makes it: over the list's canonical working content. */
const signAs = (who: { userId: number; personId: number }, listId: number, content?: string) =>
  build(h.db, (tx) => makeListSignature(tx, { listId, userId: who.userId, personId: who.personId, content }));

describe("list confirmations: the board and what people see", () => {
  it("every person the board counts sees exactly the published lists it waits on them for", async () => {
    const edges = await expected();
    const people = [...new Set(edges.map((e) => e.bId))];
    // The whole cascade: the 局长, 2 leaders, 3 heads and 6 staff — nobody has confirmed yet.
    const everyone = [b.director, b.safety, b.deputy, ...b.units.flatMap((u) => [u.head, ...u.staff])].map((m) => m.personId);
    expect(people.sort((x, y) => x - y)).toEqual(everyone.sort((x, y) => x - y));
    let waiting = 0;
    for (const personId of people) {
      const board = boardWaits(edges, personId);
      expect(await needsConfirm(personId), `person ${personId}`).toEqual(board);
      const mine = await listConfirmationsOf(h.db, personId, Y, TODAY);
      expect(mine.filter((c) => c.action).map((c) => c.listId), `person ${personId}`).toEqual(board);
      waiting += board.length;
    }
    // One list each: their leader list, their unit's list, their post's list.
    expect(waiting).toBe(everyone.length);
  });

  it("a staff member's confirmation, as the sign action makes it, counts once on the board and ends the to-do", async () => {
    const qi = { ...b.units[1].staff[0], id: b.units[1].staff[0].userId };
    const before = await expected();
    const [listId] = boardWaits(before, qi.personId!);
    const row = before.find((e) => e.bId === qi.personId && e.listId === listId)!;
    expect(row.level).toBe(3);
    const r = await getNeedsMe(h.db, { userId: qi.id, personId: qi.personId, roles: ["staff"], headedUnitIds: [], supervisedUnitIds: [] }, Y, TODAY);
    expect(r.lists).toContainEqual(expect.objectContaining({ listId, action: "confirm", ownerType: "post", unitName: "质量监督科" }));

    expect(listId).toBe(b.lists.post.get(b.units[1].staffPostId));
    await signAs(qi, listId);
    const after = await expected();
    const done = (edges: BoardEdge[]) => listsDone(edges)[2];
    expect(done(after)).toBe(done(before) + 1);
    expect(after.find((e) => e.bId === qi.personId && e.listId === listId)!.signature).toBe("current");
    expect(await needsConfirm(qi.personId!)).not.toContain(listId);
    const [c] = (await listConfirmationsOf(h.db, qi.personId!, Y, TODAY)).filter((x) => x.listId === listId);
    expect(c).toMatchObject({ signature: "current", action: null, isPublished: true });
    expect(c.signedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("a head confirms the unit's list, a leader their own; a signature of other content asks to confirm again", async () => {
    const chief = { ...b.units[1].head, id: b.units[1].head.userId };
    const deputy = b.safety;
    const edges = await expected();
    const unitRow = edges.find((e) => e.level === 2 && e.bId === chief.personId)!;
    expect(unitRow).toMatchObject({ unitName: "质量监督科", listId: b.lists.unit.get(b.units[1].id), aId: b.units[1].leader.personId });
    const leaderRow = edges.find((e) => e.level === 1 && e.bId === deputy.personId)!;
    expect(await needsConfirm(chief.personId!)).toEqual([unitRow.listId]);
    expect(await needsConfirm(deputy.personId!)).toEqual([leaderRow.listId]);
    expect(leaderRow.listId).toBe(b.lists.leader.get(deputy.personId));

    await signAs(chief, unitRow.listId!, "an older text");
    const stale = await expected();
    expect(stale.find((e) => e.level === 2 && e.bId === chief.personId)!.signature).toBe("stale");
    const r = await getNeedsMe(h.db, { userId: chief.id, personId: chief.personId, roles: ["unit_head"], headedUnitIds: [], supervisedUnitIds: [] }, Y, TODAY);
    expect(r.lists.filter((l) => l.listId === unitRow.listId).map((l) => l.action)).toEqual(["resign"]);
    expect(levelProgress(stale, false)[1].resign).toBe(1);

    await signAs(chief, unitRow.listId!);
    expect(await needsConfirm(chief.personId!)).toEqual([]);
    expect(listsDone(await expected())[1]).toBe(listsDone(edges)[1] + 1);
  });
});

describe("browsing lists (责任清单): the scope is in the query", () => {
  /** What /duties asks for a viewer: the units of their duty.view scope, and the lists they sign. */
  const browse = async (v: Pick<Viewer, "roles" | "headedUnitIds" | "liaisonUnitIds" | "supervisedUnitIds" | "ownUnitIds" | "personId">) => {
    const units = unitScopeOf(v, "duty.view");
    const scope = units === "all" ? undefined : { unitIds: units, personId: v.personId, onDate: TODAY };
    return listResponsibilityLists(h.db, { year: Y, scope });
  };
  const base = { headedUnitIds: [], liaisonUnitIds: [], supervisedUnitIds: [], ownUnitIds: [] };

  it("staff read the lists they sign (their post's), not their unit's or anyone else's", async () => {
    const qi = b.units[1].staff[0];
    const lists = await browse({ ...base, roles: ["staff"], personId: qi.personId });
    expect(lists.map((l) => l.id)).toEqual([b.lists.post.get(b.units[1].staffPostId)]);
    expect(lists.every((l) => l.ownerType === "post" && l.unitName === "质量监督科")).toBe(true);
    expect(await browse({ ...base, roles: ["staff"], personId: null })).toEqual([]);
  });

  it("a unit head reads the unit's lists; a leader the 分管 units' of the year and their own; the office all", async () => {
    const chief = b.units[1].head;
    const quality = b.units[1].id;
    const head = await browse({ ...base, roles: ["unit_head", "staff"], headedUnitIds: [quality], personId: chief.personId });
    expect(new Set(head.map((l) => l.unitName))).toEqual(new Set(["质量监督科"]));
    expect(head.some((l) => l.ownerType === "unit")).toBe(true);
    expect(head).toHaveLength(3);

    const an = b.deputy.personId;
    const sup = (await h.query<{ unit_id: number }>(`select unit_id from supervisions where year = ${Y} and leader_id = ${an}`)).map((r) => r.unit_id);
    const leader = forYear(
      { baseRoles: ["staff"], byYear: { [Y]: { supervisedUnitIds: sup, committeeSeat: null } }, year: Y - 1, roles: ["staff"], supervisedUnitIds: [] },
      Y,
    );
    const lists = await browse({ ...base, ...leader, personId: an });
    expect(leader.roles).toContain("leader");
    expect(sup).toEqual([quality]);
    expect(lists.filter((l) => l.ownerType === "leader").map((l) => l.leaderName)).toEqual(["副局长丙"]);
    // Outside the 分管 units, only what he signs: his leader list and his own post's list.
    const outside = lists.filter((l) => !sup.includes(l.unitId));
    expect(outside.map((l) => l.ownerType).sort()).toEqual(["leader", "post"]);
    expect(new Set(lists.filter((l) => sup.includes(l.unitId)).map((l) => l.unitId))).toEqual(new Set(sup));

    const all = await listResponsibilityLists(h.db, { year: Y });
    expect(await browse({ ...base, roles: ["committee_office"], personId: null })).toHaveLength(all.length);
  });
});
