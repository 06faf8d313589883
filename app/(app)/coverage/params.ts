// The coverage page's query string (?year=&unit=&kind=&page=): a bad field is dropped and reported, not fatal.
import { GAP_KINDS, type GapKind } from "@/lib/coverage/types";
import { queryParam, readSearchParams, type RawParams } from "@/lib/url-params";

export type SearchParams = RawParams;
export type CoverageParams = { year: number; unitId?: number; kind?: GapKind; page: number; invalid: string[] };

export function parseCoverageParams(sp: SearchParams, workingYear: number): CoverageParams {
  const { values, invalid } = readSearchParams(
    {
      year: queryParam.year.default(workingYear),
      unit: queryParam.id,
      kind: queryParam.oneOf(GAP_KINDS),
      page: queryParam.page,
    },
    sp,
  );
  return { year: values.year, unitId: values.unit, kind: values.kind, page: values.page, invalid };
}

/** The page's own URL with some parameters changed (undefined drops one). */
export function coverageHref(p: { year: number; unitId?: number; kind?: string; page?: number }): string {
  const q = new URLSearchParams();
  q.set("year", String(p.year));
  if (p.unitId) q.set("unit", String(p.unitId));
  if (p.kind) q.set("kind", p.kind);
  if (p.page && p.page > 1) q.set("page", String(p.page));
  return `/coverage?${q.toString()}`;
}
