// The trace page's query string: an accident (which fills date and unit), or a date and a unit, and
// optionally a duty item key. Anything malformed is dropped and reported, never fatal.
import { queryParam, readSearchParams, type RawParams } from "@/lib/url-params";

export type TraceParams = { accidentId: number | null; date: string | null; unitId: number | null; itemKey: string | null; invalid: string[] };

const FIELDS = { accident: queryParam.id, unit: queryParam.id, date: queryParam.date, item: queryParam.itemKey };

export function parseTraceParams(sp: RawParams): TraceParams {
  const { values, invalid } = readSearchParams(FIELDS, sp);
  return {
    accidentId: values.accident ?? null,
    unitId: values.unit ?? null,
    date: values.date ?? null,
    itemKey: values.item ?? null,
    invalid,
  };
}
