// The signing board's query string (?year=&unit=&leader=): a bad field is dropped and reported, not fatal.
import { queryParam, readSearchParams, type RawParams } from "@/lib/url-params";

export type SearchParams = RawParams;
export type SigningParams = { year: number; unitId?: number; leaderId?: number; invalid: string[] };

export function parseSigningParams(sp: SearchParams, workingYear: number): SigningParams {
  const { values, invalid } = readSearchParams(
    { year: queryParam.year.default(workingYear), unit: queryParam.id, leader: queryParam.id },
    sp,
  );
  return { year: values.year, unitId: values.unit, leaderId: values.leader, invalid };
}
