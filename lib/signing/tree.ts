// The cascade as a tree (局长 → leaders → heads of their units → staff), filtered by unit or leader, with
// progress per level and who blocks most. Plain functions over the board rows.
import { rowState, type RowState, type Waiting } from "./status";
import type { BoardEdge } from "./types";

export type BoardFilter = { unitId?: number; leaderId?: number };

export type TreeNode = { edge: BoardEdge; state: RowState; children: TreeNode[] };

const byOrder = (p: BoardEdge, q: BoardEdge) =>
  p.level - q.level || p.unitOrder - q.unitOrder || p.postOrder - q.postOrder || p.bId - q.bId || (p.unitId ?? 0) - (q.unitId ?? 0);

/**
 * The rows a filter keeps. Unit: its staff (3), its head (2), and the leader rows (0–1) of its 主管 leader —
 * or of the leaders themselves when it is the leadership team. Leader: their own row (0–1), the heads they
 * lead (2) and those heads' staff (3); the 局长 also keeps the level-1 rows, which he signs as party A.
 * Rows the org no longer has (stale pledges) are never in the tree.
 */
export function filterEdges(edges: BoardEdge[], f: BoardFilter): BoardEdge[] {
  const current = edges.filter((e) => e.isExpected);
  if (f.unitId == null && f.leaderId == null) return current;
  let kept = current;
  if (f.unitId != null) {
    const u = f.unitId;
    const leaders = new Set(kept.filter((e) => e.level === 2 && e.unitId === u).map((e) => e.aId));
    kept = kept.filter((e) => (e.level >= 2 ? e.unitId === u : e.unitId === u || leaders.has(e.bId)));
  }
  if (f.leaderId != null) {
    const l = f.leaderId;
    const heads = new Set(kept.filter((e) => e.level === 2 && e.aId === l).map((e) => `${e.bId}:${e.unitId}`));
    kept = kept.filter((e) => {
      if (e.level === 0) return e.bId === l;
      if (e.level === 1) return e.bId === l || e.aId === l;
      if (e.level === 2) return e.aId === l;
      return heads.has(`${e.aId}:${e.unitId}`);
    });
  }
  return kept;
}

/**
 * Nests the rows: level 1 under the 局长's row, level 2 under their leader's row (the 局长's own units
 * directly under his), level 3 under their head's row in the same unit. A row whose parent is not shown
 * (filtered out, or a leader without a level-1 row) becomes a top-level node.
 */
export function buildTree(edges: BoardEdge[], pastDeadline: boolean): TreeNode[] {
  const nodes = [...edges].sort(byOrder).map((edge) => ({ edge, state: rowState(edge, pastDeadline), children: [] as TreeNode[] }));
  const leaderRow = new Map<number, TreeNode>();
  const headRow = new Map<string, TreeNode>();
  for (const n of nodes) {
    if (n.edge.level === 0 || n.edge.level === 1) {
      // The 局长's own row wins over any other row of his.
      if (!leaderRow.has(n.edge.bId) || n.edge.level === 0) leaderRow.set(n.edge.bId, n);
    }
    if (n.edge.level === 2) headRow.set(`${n.edge.bId}:${n.edge.unitId}`, n);
  }
  const roots: TreeNode[] = [];
  for (const n of nodes) {
    const { level, aId, unitId } = n.edge;
    let parent: TreeNode | undefined;
    if ((level === 1 || level === 2) && aId != null) parent = leaderRow.get(aId);
    if (level === 3 && aId != null) parent = headRow.get(`${aId}:${unitId}`);
    if (parent && parent !== n) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}

export type Tally = { done: number; total: number; percent: number };
export type LevelProgress = { level: 1 | 2 | 3; pledges: Tally; lists: Tally; resign: number; overdue: number };

export const tally = (done: number, total: number): Tally => ({
  done,
  total,
  // Floor: 100% only when everything is done.
  percent: total === 0 ? 0 : Math.floor((done * 100) / total),
});

/** Per level: pledges complete / due, list confirmations current / due (the 局长's own list counts in level
 * 1), lists to re-sign, and rows overdue. */
export function levelProgress(edges: BoardEdge[], pastDeadline: boolean): LevelProgress[] {
  return ([1, 2, 3] as const).map((level) => {
    const rows = edges.filter((e) => (level === 1 ? e.level <= 1 : e.level === level));
    const states = rows.map((e) => rowState(e, pastDeadline));
    const withPledge = states.filter((s) => s.hasPledge);
    return {
      level,
      pledges: tally(withPledge.filter((s) => s.pledge.state === "complete").length, withPledge.length),
      lists: tally(states.filter((s) => s.isListDone).length, states.length),
      resign: states.filter((s) => s.list.state === "resign").length,
      overdue: states.filter((s) => s.isOverdue).length,
    };
  });
}

/** The people most often waited for (签署, 会签, 签字, 审核), most first; unnamed steps are left out. */
export function topBlockers(edges: BoardEdge[], limit = 10): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  const add = (w: Waiting | undefined) => {
    if (w?.name) counts.set(w.name, (counts.get(w.name) ?? 0) + 1);
  };
  for (const e of edges) {
    const s = rowState(e, false);
    if (s.pledge.state === "waiting") add(s.pledge.waiting);
    if (s.list.state === "waiting" || s.list.state === "resign") add(s.list.waiting);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((p, q) => q.count - p.count || p.name.localeCompare(q.name, "zh"))
    .slice(0, limit);
}

/** Lists to sign again (内容已变更), once per list and signer. */
export function resignRows(edges: BoardEdge[]): BoardEdge[] {
  const seen = new Set<string>();
  return [...edges].sort(byOrder).filter((e) => {
    const k = `${e.listId}:${e.bId}`;
    if (e.signature !== "stale" || e.listId == null || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The units and leaders the filter offers, from the unfiltered rows. */
export function filterOptions(edges: BoardEdge[]) {
  const units = new Map<number, { id: number; name: string; order: number }>();
  const leaders = new Map<number, { id: number; name: string }>();
  for (const e of edges.filter((x) => x.isExpected)) {
    if (e.unitId != null && e.unitName) units.set(e.unitId, { id: e.unitId, name: e.unitName, order: e.unitOrder });
    if (e.level <= 1) leaders.set(e.bId, { id: e.bId, name: e.bName });
    if (e.level === 2 && e.aId != null && e.aName) leaders.set(e.aId, { id: e.aId, name: e.aName });
  }
  return {
    units: [...units.values()].sort((p, q) => p.order - q.order || p.id - q.id).map(({ id, name }) => ({ id, name })),
    leaders: [...leaders.values()].sort((p, q) => p.id - q.id),
  };
}
