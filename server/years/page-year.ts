// The year a year-scoped page shows: `?year=` when it is a plausible year, else the working year; and the
// date the organisation is read on for it (orgDateOf). The bureau's years are read once per request (one
// query, shared by every component of the page that asks).
import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getYearsInfo, type YearsInfo } from "@/db/queries/years";
import { calendarYear, orgDateOf, today } from "@/lib/clock";
import { parseYearParam } from "@/lib/years/working-year";

export const loadYearsInfo = cache(async (): Promise<YearsInfo> => getYearsInfo(await getDb(), calendarYear()));

export type PageYear = { year: number; asOf: string; info: YearsInfo };

export async function pageYear(raw: string | string[] | undefined): Promise<PageYear> {
  const info = await loadYearsInfo();
  const year = parseYearParam(raw, info.workingYear);
  return { year, asOf: orgDateOf(year, today()), info };
}
