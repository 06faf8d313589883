// Query parameters of the duty-history page: `item` (a duty's stable key) and `date` (default today).
import { queryParam, readSearchParams, type RawParams } from "@/lib/url-params";
import { YEAR_MAX } from "@/lib/years/bounds";

/** History reaches back further than the application's years: duties held before it was installed. */
const date = queryParam.date.refine(
  (d) => d === undefined || (Number(d.slice(0, 4)) >= 1990 && Number(d.slice(0, 4)) <= YEAR_MAX),
);

export type HistoryParams = { item: string | null; date: string; isItemInvalid: boolean; isDateInvalid: boolean };

export function parseHistoryParams(raw: RawParams, today: string): HistoryParams {
  const { values, invalid } = readSearchParams({ item: queryParam.itemKey, date }, raw);
  return {
    item: values.item ?? null,
    date: values.date ?? today,
    isItemInvalid: invalid.includes("item"),
    isDateInvalid: invalid.includes("date"),
  };
}
