// The trace page's query string: an accident (which fills date and unit), or a date and a unit, and
// optionally a duty item key. Anything malformed is dropped and reported, never fatal.
import { date, optionalId } from "@/lib/validation";

export type TraceParams = { accidentId: number | null; date: string | null; unitId: number | null; itemKey: string | null; invalid: string[] };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseTraceParams(sp: Record<string, string | string[] | undefined>): TraceParams {
  const invalid: string[] = [];
  const accident = optionalId.safeParse(one(sp.accident) ?? "");
  if (!accident.success) invalid.push("accident");
  const unit = optionalId.safeParse(one(sp.unit) ?? "");
  if (!unit.success) invalid.push("unit");
  const rawDate = one(sp.date);
  const d = rawDate ? date.safeParse(rawDate) : null;
  if (d && !d.success) invalid.push("date");
  const rawItem = one(sp.item)?.trim();
  const itemKey = rawItem && /^[A-Za-z0-9-]{1,64}$/.test(rawItem) ? rawItem : null;
  if (rawItem && !itemKey) invalid.push("item");
  return {
    accidentId: accident.success ? accident.data : null,
    unitId: unit.success ? unit.data : null,
    date: d?.success ? d.data : null,
    itemKey,
    invalid,
  };
}
