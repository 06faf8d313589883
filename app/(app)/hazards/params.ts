// The hazard ledger's query string, field by field: a bad value is dropped, never fatal.
import { HAZARD_LEVELS, HAZARD_STATUSES, type HazardLevel, type HazardStatus } from "@/lib/records/hazard-workflow";

export type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export const PAGE_SIZE = 30;

export function parseHazardParams(sp: SearchParams) {
  const status = one(sp.status);
  const level = one(sp.level);
  const unitRaw = one(sp.unit);
  const pageRaw = one(sp.page);
  const unitId = unitRaw && /^\d{1,9}$/.test(unitRaw) ? Number(unitRaw) : undefined;
  const filter = {
    status: (HAZARD_STATUSES as readonly string[]).includes(status ?? "") ? (status as HazardStatus) : undefined,
    level: (HAZARD_LEVELS as readonly string[]).includes(level ?? "") ? (level as HazardLevel) : undefined,
    unitId: unitId && unitId > 0 ? unitId : undefined,
    overdue: one(sp.overdue) === "1",
    page: pageRaw && /^\d{1,6}$/.test(pageRaw) ? Math.max(1, Number(pageRaw)) : 1,
    pageSize: PAGE_SIZE,
  };
  const form = {
    status: filter.status,
    level: filter.level,
    unit: filter.unitId ? String(filter.unitId) : undefined,
    overdue: filter.overdue ? "1" : undefined,
  };
  return { filter, form };
}
