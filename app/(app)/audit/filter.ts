// The audit page's query string, parsed field by field: a bad field is dropped (and reported), not fatal.
import type { z } from "zod";
import type { AuditFilter } from "@/db/queries/audit";
import { enumOf, optionalDate, text } from "@/lib/validation";

export const RESULTS = ["ok", "denied", "failed"] as const;
export type SearchParams = Record<string, string | string[] | undefined>;

/** The filter as the form shows it (strings), and as the query takes it (dates at Shanghai day bounds). */
export type ParsedAuditFilter = {
  form: { actor?: string; action?: string; objectType?: string; result?: string; from?: string; to?: string };
  query: AuditFilter;
  invalid: string[];
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const DAY_MS = 86_400_000;
const shanghaiStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

export function parseAuditFilter(sp: SearchParams): ParsedAuditFilter {
  const invalid: string[] = [];
  const field = <S extends z.ZodType>(name: string, schema: S): z.output<S> | undefined => {
    const raw = one(sp[name]);
    if (raw === undefined || raw === "") return undefined;
    const r = schema.safeParse(raw);
    if (!r.success) invalid.push(name);
    return r.success ? r.data : undefined;
  };
  const actor = field("actor", text(64, { optional: true })) ?? undefined;
  const action = field("action", text(64, { optional: true })) ?? undefined;
  const objectType = field("objectType", text(64, { optional: true })) ?? undefined;
  const result = field("result", enumOf(RESULTS));
  const from = field("from", optionalDate) ?? undefined;
  const to = field("to", optionalDate) ?? undefined;
  const pageRaw = one(sp.page);
  const pageNum = pageRaw && /^\d{1,6}$/.test(pageRaw) ? Number(pageRaw) : 1;
  return {
    form: { actor, action, objectType, result, from, to },
    query: {
      actor,
      action,
      objectType,
      result,
      from: from ? shanghaiStart(from) : undefined,
      to: to ? new Date(shanghaiStart(to).getTime() + DAY_MS - 1) : undefined,
      page: Math.max(1, pageNum),
      pageSize: 50,
    },
    invalid,
  };
}
