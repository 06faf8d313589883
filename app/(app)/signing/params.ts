// The signing board's query string (?year=&unit=&leader=): a bad field is dropped and reported, not fatal.
import type { z } from "zod";
import { id, year as yearSchema } from "@/lib/validation";

export type SearchParams = Record<string, string | string[] | undefined>;
export type SigningParams = { year: number; unitId?: number; leaderId?: number; invalid: string[] };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseSigningParams(sp: SearchParams, workingYear: number): SigningParams {
  const invalid: string[] = [];
  const field = <S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined => {
    const raw = one(sp[name]);
    if (raw === undefined || raw === "") return undefined;
    const r = schema.safeParse(raw);
    if (!r.success) invalid.push(name);
    return r.success ? r.data : undefined;
  };
  return {
    year: field("year", yearSchema) ?? workingYear,
    unitId: field("unit", id),
    leaderId: field("leader", id),
    invalid,
  };
}
