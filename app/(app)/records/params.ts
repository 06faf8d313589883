// The records list's query string, field by field: a bad field is dropped (and reported), never fatal.
import type { z } from "zod";
import { RECORD_KINDS, type RecordFilter } from "@/db/queries/records";
import { enumOf, optionalId, text } from "@/lib/validation";

export type SearchParams = Record<string, string | string[] | undefined>;
export const PAGE_SIZE = 30;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseRecordFilter(sp: SearchParams): { filter: RecordFilter; form: Record<string, string | undefined>; invalid: string[] } {
  const invalid: string[] = [];
  const field = <S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined => {
    const raw = one(sp[name]);
    if (raw === undefined || raw === "") return undefined;
    const r = schema.safeParse(raw);
    if (!r.success) invalid.push(name);
    return r.success ? r.data : undefined;
  };
  const kind = field("kind", enumOf(RECORD_KINDS));
  const unitId = field("unit", optionalId) ?? undefined;
  const yearRaw = one(sp.year);
  const year = yearRaw && /^\d{4}$/.test(yearRaw) && +yearRaw >= 2000 && +yearRaw <= 2100 ? Number(yearRaw) : undefined;
  if (yearRaw && year === undefined) invalid.push("year");
  const person = field("person", text(40, { optional: true })) ?? undefined;
  const pageRaw = one(sp.page);
  const page = pageRaw && /^\d{1,6}$/.test(pageRaw) ? Math.max(1, Number(pageRaw)) : 1;
  return {
    filter: { kind, unitId, year, person, page, pageSize: PAGE_SIZE },
    form: { kind, unit: unitId ? String(unitId) : undefined, year: year ? String(year) : undefined, person },
    invalid,
  };
}
