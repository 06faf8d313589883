// The coverage page's query string (?year=&unit=&kind=&page=): a bad field is dropped and reported, not fatal.
import type { z } from "zod";
import { GAP_KINDS, type GapKind } from "@/lib/coverage/types";
import { enumOf, id, year as yearSchema } from "@/lib/validation";

export type SearchParams = Record<string, string | string[] | undefined>;
export type CoverageParams = { year: number; unitId?: number; kind?: GapKind; page: number; invalid: string[] };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseCoverageParams(sp: SearchParams, workingYear: number): CoverageParams {
  const invalid: string[] = [];
  const field = <S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined => {
    const raw = one(sp[name]);
    if (raw === undefined || raw === "") return undefined;
    const r = schema.safeParse(raw);
    if (!r.success) invalid.push(name);
    return r.success ? r.data : undefined;
  };
  const pageRaw = one(sp.page);
  return {
    year: field("year", yearSchema) ?? workingYear,
    unitId: field("unit", id),
    kind: field("kind", enumOf(GAP_KINDS)),
    page: pageRaw && /^\d{1,6}$/.test(pageRaw) ? Math.max(1, Number(pageRaw)) : 1,
    invalid,
  };
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
