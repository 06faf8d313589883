// The hazard ledger's query string, field by field: a bad value is dropped, never fatal.
import { queryParam, readSearchParams, type RawParams } from "@/lib/url-params";
import { HAZARD_LEVELS, HAZARD_STATUSES } from "@/lib/records/hazard-workflow";

export type SearchParams = RawParams;

export const PAGE_SIZE = 30;

const FIELDS = {
  status: queryParam.oneOf(HAZARD_STATUSES),
  level: queryParam.oneOf(HAZARD_LEVELS),
  unit: queryParam.id,
  overdue: queryParam.flag,
  page: queryParam.page,
};

export function parseHazardParams(sp: SearchParams) {
  const { status, level, unit, overdue, page } = readSearchParams(FIELDS, sp).values;
  const filter = { status, level, unitId: unit, overdue, page, pageSize: PAGE_SIZE };
  const form = {
    status: filter.status,
    level: filter.level,
    unit: filter.unitId ? String(filter.unitId) : undefined,
    overdue: filter.overdue ? "1" : undefined,
  };
  return { filter, form };
}
