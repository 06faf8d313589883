// Query parameters of the duty-history page: `item` (a duty's stable key) and `date` (default today).
import { z } from "zod";

const itemKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9-]+$/);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => {
    const parsed = new Date(`${d}T00:00:00Z`);
    const year = Number(d.slice(0, 4));
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === d && year >= 1990 && year <= 2100;
  });

export type HistoryParams = { item: string | null; date: string; isItemInvalid: boolean; isDateInvalid: boolean };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseHistoryParams(
  raw: { item?: string | string[]; date?: string | string[] },
  today: string,
): HistoryParams {
  const rawItem = first(raw.item)?.trim() || undefined;
  const rawDate = first(raw.date)?.trim() || undefined;
  const item = rawItem === undefined ? null : itemKey.safeParse(rawItem);
  const date = rawDate === undefined ? null : isoDate.safeParse(rawDate);
  return {
    item: item?.success ? item.data : null,
    date: date?.success ? date.data : today,
    isItemInvalid: item !== null && !item.success,
    isDateInvalid: date !== null && !date.success,
  };
}
