// The records list's query string, field by field: a bad field is dropped (and reported), never fatal.
import { RECORD_KINDS, type RecordFilter } from "@/db/queries/records";
import { queryParam, readSearchParams, type RawParams } from "@/lib/url-params";

export type SearchParams = RawParams;
export const PAGE_SIZE = 30;

const FIELDS = {
  kind: queryParam.oneOf(RECORD_KINDS),
  unit: queryParam.id,
  year: queryParam.year,
  person: queryParam.text(40),
  page: queryParam.page,
};

export function parseRecordFilter(sp: SearchParams): { filter: RecordFilter; form: Record<string, string | undefined>; invalid: string[] } {
  const { values, invalid } = readSearchParams(FIELDS, sp);
  const { kind, unit: unitId, year, person, page } = values;
  return {
    filter: { kind, unitId, year, person, page, pageSize: PAGE_SIZE },
    form: { kind, unit: unitId ? String(unitId) : undefined, year: year ? String(year) : undefined, person },
    invalid,
  };
}
