import { describe, expect, it } from "vitest";
import { A, cascade, D, edge, H1, H2 } from "./test-fixture";
import { buildTree, filterEdges, filterOptions, levelProgress, resignRows, tally, topBlockers, type TreeNode } from "./tree";

const shape = (nodes: TreeNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? { [n.edge.bName]: shape(n.children) } : n.edge.bName));

describe("the cascade tree", () => {
  it("nests leaders under the 局长, heads under their leader (his own units under him), staff under their head", () => {
    expect(shape(buildTree(cascade(), false))).toEqual([{ 杜: ["沈", { 安: [{ 钱: ["齐"] }] }, { 徐: ["王", "李"] }] }]);
  });
  it("a row whose parent is not shown becomes a top-level node", () => {
    const rows = cascade().filter((e) => e.level !== 2);
    expect(shape(buildTree(rows, false))).toEqual([{ 杜: ["沈", "安"] }, "王", "李", "齐"]);
  });
  it("marks overdue rows after the deadline only", () => {
    const overdue = (past: boolean) => {
      const out: string[] = [];
      const walk = (ns: TreeNode[]) => ns.forEach((n) => (n.state.isOverdue && out.push(n.edge.bName), walk(n.children)));
      walk(buildTree(cascade(), past));
      return out.sort();
    };
    expect(overdue(false)).toEqual([]);
    expect(overdue(true)).toEqual(["徐", "安", "王", "钱", "齐"].sort());
  });
});

describe("filters", () => {
  const names = (f: Parameters<typeof filterEdges>[1]) => filterEdges(cascade(), f).map((e) => e.bName);
  it("by unit: the unit's head and staff, and its 主管 leader's own row", () => {
    expect(names({ unitId: 20 })).toEqual(["安", "钱", "齐"]);
    expect(names({ unitId: 10 })).toEqual(["杜", "徐", "王", "李"]);
  });
  it("by leader: their row, their heads and those heads' staff; the 局长 also keeps the leaders he signs with", () => {
    expect(names({ leaderId: A })).toEqual(["安", "钱", "齐"]);
    expect(names({ leaderId: D })).toEqual(["杜", "沈", "安", "徐", "王", "李"]);
  });
  it("never shows a pledge the org no longer asks for", () => {
    const rows = [...cascade(), edge({ level: 3, aId: H2, bId: 99, bName: "旧", unitId: 20, isExpected: false })];
    expect(filterEdges(rows, {}).map((e) => e.bName)).not.toContain("旧");
  });
  it("offers the units and leaders of the current relations", () => {
    const o = filterOptions(cascade());
    expect(o.units.map((u) => u.name)).toEqual(["局领导班子", "办公室", "质量监督科"]);
    expect(o.leaders.map((l) => l.name)).toEqual(["杜", "沈", "安"]);
    expect(o.leaders.map((l) => l.id)).not.toContain(H1);
  });
});

describe("progress per level", () => {
  it("counts pledges complete and lists confirmed per level, the 局长's list in level 1", () => {
    const [l1, l2, l3] = levelProgress(cascade(), true);
    expect(l1).toEqual({ level: 1, pledges: tally(1, 2), lists: tally(2, 3), resign: 0, overdue: 1 });
    expect(l2).toEqual({ level: 2, pledges: tally(0, 2), lists: tally(0, 2), resign: 1, overdue: 2 });
    expect(l3).toEqual({ level: 3, pledges: tally(1, 3), lists: tally(1, 3), resign: 0, overdue: 2 });
    expect(l1.lists.percent).toBe(66);
  });
  it("an empty level is 0 of 0, not NaN; 100% only when all are done", () => {
    expect(tally(0, 0)).toEqual({ done: 0, total: 0, percent: 0 });
    expect(tally(199, 200).percent).toBe(99);
    expect(tally(3, 3).percent).toBe(100);
  });
  it("with no pledge generated every relation is still counted, as not done", () => {
    const rows = cascade().map((e) => ({ ...e, pledgeId: null, pledgeStatus: null }));
    expect(levelProgress(rows, false).map((l) => [l.pledges.done, l.pledges.total])).toEqual([[0, 2], [0, 2], [0, 3]]);
  });
});

describe("blocking and re-signing", () => {
  it("names the people most waited for", () => {
    // 安: his own list and the review of 钱's; 徐: his pledge and a re-sign; 齐: pledge and list; 杜: one 会签.
    expect(topBlockers(cascade())).toEqual([
      { name: "安", count: 2 },
      { name: "齐", count: 2 },
      { name: "徐", count: 2 },
      { name: "杜", count: 1 },
    ]);
    expect(topBlockers(cascade(), 1)).toHaveLength(1);
  });
  it("lists each stale signature once", () => {
    expect(resignRows([...cascade(), ...cascade()]).map((e) => [e.listId, e.bName])).toEqual([[110, "徐"]]);
  });
});
