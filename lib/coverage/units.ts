// Unit tree helpers for the coverage rules: display order (depth-first by sort order) and subtrees.
import type { CoverageUnit } from "./types";

function childrenByParent(units: CoverageUnit[]): Map<number | null, CoverageUnit[]> {
  const ids = new Set(units.map((u) => u.id));
  const byParent = new Map<number | null, CoverageUnit[]>();
  for (const u of units) {
    // A unit whose parent is inactive (not in the set) is shown as a root, not lost.
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(u);
    byParent.set(parent, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  return byParent;
}

/** Units depth-first (parent before children, siblings by sort order), each with its depth. */
export function unitTreeOrder(units: CoverageUnit[]): { unit: CoverageUnit; depth: number }[] {
  const byParent = childrenByParent(units);
  const out: { unit: CoverageUnit; depth: number }[] = [];
  const seen = new Set<number>();
  const stack: { unit: CoverageUnit; depth: number }[] = [...(byParent.get(null) ?? [])]
    .reverse()
    .map((unit) => ({ unit, depth: 0 }));
  while (stack.length) {
    const next = stack.pop()!;
    if (seen.has(next.unit.id)) continue;
    seen.add(next.unit.id);
    out.push(next);
    const kids = byParent.get(next.unit.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ unit: kids[i], depth: next.depth + 1 });
  }
  // A cycle in bad data would hide units: append whatever the walk missed.
  for (const u of units) if (!seen.has(u.id)) out.push({ unit: u, depth: 0 });
  return out;
}

/** The unit and every unit below it. */
export function subtreeIds(units: CoverageUnit[], rootId: number): Set<number> {
  const byParent = childrenByParent(units);
  const out = new Set<number>([rootId]);
  const stack = [rootId];
  while (stack.length) {
    for (const child of byParent.get(stack.pop()!) ?? []) {
      if (!out.has(child.id)) {
        out.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return out;
}
