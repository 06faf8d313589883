// The coverage page's whole computation: gaps, their counts and the matrix, optionally for one unit's subtree.
import { computeGaps, countGaps } from "./gaps";
import { computeMatrix, type CoverageMatrix } from "./matrix";
import type { CoverageInput, Gap, GapKind } from "./types";
import { subtreeIds } from "./units";

export type CoverageResult = {
  gaps: Gap[];
  counts: Record<GapKind, { gaps: number; items: number }>;
  matrix: CoverageMatrix;
};

/** With `unitId`, only gaps and matrix rows of that unit and the units below it; who closes a gap is
 * still worked out from the whole bureau (a unit's 分管 leader sits outside it). */
export function computeCoverage(input: CoverageInput, opts: { unitId?: number } = {}): CoverageResult {
  const all = computeGaps(input);
  if (opts.unitId === undefined) return { gaps: all, counts: countGaps(all), matrix: computeMatrix(input) };
  const inScope = subtreeIds(input.units, opts.unitId);
  const gaps = all.filter((g) => inScope.has(g.unitId));
  const matrix = computeMatrix({ ...input, units: input.units.filter((u) => inScope.has(u.id)) });
  return { gaps, counts: countGaps(gaps), matrix };
}
