// The audit page's query string, parsed field by field: a bad field is dropped (and reported), not fatal.
import type { AuditFilter } from "@/db/queries/audit";
import { queryParam, readSearchParams, type RawParams } from "@/lib/url-params";

export const RESULTS = ["ok", "denied", "failed"] as const;
export type SearchParams = RawParams;

/** The filter as the form shows it (strings), and as the query takes it (dates at Shanghai day bounds). */
export type ParsedAuditFilter = {
  form: { actor?: string; action?: string; objectType?: string; result?: string; from?: string; to?: string };
  query: AuditFilter;
  invalid: string[];
};

const DAY_MS = 86_400_000;
const shanghaiStart = (d: string) => new Date(`${d}T00:00:00+08:00`);

const FIELDS = {
  actor: queryParam.text(64),
  action: queryParam.text(64),
  objectType: queryParam.text(64),
  result: queryParam.oneOf(RESULTS),
  from: queryParam.date,
  to: queryParam.date,
  page: queryParam.page,
};

export function parseAuditFilter(sp: SearchParams): ParsedAuditFilter {
  const { values, invalid } = readSearchParams(FIELDS, sp);
  const { actor, action, objectType, result, from, to, page } = values;
  return {
    form: { actor, action, objectType, result, from, to },
    query: {
      actor,
      action,
      objectType,
      result,
      from: from ? shanghaiStart(from) : undefined,
      to: to ? new Date(shanghaiStart(to).getTime() + DAY_MS - 1) : undefined,
      page,
      pageSize: 50,
    },
    invalid,
  };
}
