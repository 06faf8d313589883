// 单位 × 类别覆盖矩阵: published items per unit and category (the unit's own list plus its posts' lists),
// with posts × lists beside it, so an empty cell or an uncovered post stands out.
import { DUTY_CATEGORIES, type DutyCategory } from "@/lib/duties/categories";
import { UNIT_LEVEL_KINDS, type CoverageInput, type UnitKind } from "./types";
import { unitTreeOrder } from "./units";

export type MatrixRow = {
  unitId: number;
  unitName: string;
  unitKind: UnitKind;
  depth: number;
  counts: Record<DutyCategory, number>;
  total: number;
  emptyCells: number;
  hasPublishedUnitList: boolean;
  posts: number;
  postsWithPublishedList: number;
};

export type CoverageMatrix = {
  categories: readonly DutyCategory[];
  rows: MatrixRow[];
  columnTotals: Record<DutyCategory, number>;
  total: number;
  emptyCells: number;
};

const zeroCounts = () => Object.fromEntries(DUTY_CATEGORIES.map((c) => [c, 0])) as Record<DutyCategory, number>;

export function computeMatrix(input: CoverageInput): CoverageMatrix {
  const published = new Map(
    input.lists.filter((l) => l.publishedVersionNo !== null && l.ownerType !== "leader").map((l) => [l.id, l]),
  );
  const countsByUnit = new Map<number, Record<DutyCategory, number>>();
  for (const i of input.items) {
    const list = published.get(i.listId);
    if (!list) continue;
    let counts = countsByUnit.get(list.unitId);
    if (!counts) countsByUnit.set(list.unitId, (counts = zeroCounts()));
    counts[i.category]++;
  }
  const postsByUnit = new Map<number, number>();
  for (const p of input.posts) postsByUnit.set(p.unitId, (postsByUnit.get(p.unitId) ?? 0) + 1);
  const postIds = new Set(input.posts.map((p) => p.id));
  const postsWithList = new Map<number, number>();
  const unitsWithList = new Set<number>();
  for (const l of published.values()) {
    if (l.ownerType === "unit") unitsWithList.add(l.unitId);
    else if (l.postId !== null && postIds.has(l.postId))
      postsWithList.set(l.unitId, (postsWithList.get(l.unitId) ?? 0) + 1);
  }

  const columnTotals = zeroCounts();
  let total = 0;
  let emptyCells = 0;
  const rows: MatrixRow[] = [];
  for (const { unit, depth } of unitTreeOrder(input.units)) {
    if (!UNIT_LEVEL_KINDS.includes(unit.kind)) continue;
    const counts = countsByUnit.get(unit.id) ?? zeroCounts();
    let rowTotal = 0;
    let rowEmpty = 0;
    for (const c of DUTY_CATEGORIES) {
      rowTotal += counts[c];
      columnTotals[c] += counts[c];
      if (counts[c] === 0) rowEmpty++;
    }
    total += rowTotal;
    emptyCells += rowEmpty;
    rows.push({
      unitId: unit.id,
      unitName: unit.name,
      unitKind: unit.kind,
      depth,
      counts,
      total: rowTotal,
      emptyCells: rowEmpty,
      hasPublishedUnitList: unitsWithList.has(unit.id),
      posts: postsByUnit.get(unit.id) ?? 0,
      postsWithPublishedList: postsWithList.get(unit.id) ?? 0,
    });
  }
  return { categories: DUTY_CATEGORIES, rows, columnTotals, total, emptyCells };
}
