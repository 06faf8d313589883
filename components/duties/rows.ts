// Arranges a list version's items for the sheet: by category, each business duty beside the safety
// duties that belong to it (管业务必须管安全); a safety duty with no business duty gets a row of its own.
import { DUTY_CATEGORIES, type DutyCategory } from "@/lib/duties/categories";

type Arrangeable = { itemKey: string; pairedKey: string | null; kind: "business" | "safety"; category: DutyCategory };

export type SheetRow<T> = { business: T | null; safety: T[] };
export type SheetCategory<T> = { category: DutyCategory; rows: SheetRow<T>[] };

/** Items arrive in list order; rows and paired safety duties keep it. Categories follow DUTY_CATEGORIES. */
export function arrangeSheet<T extends Arrangeable>(items: T[]): SheetCategory<T>[] {
  const businessKeys = new Set(items.filter((i) => i.kind === "business").map((i) => i.itemKey));
  const pairedTo = new Map<string, T[]>();
  for (const i of items) {
    if (i.kind === "safety" && i.pairedKey && businessKeys.has(i.pairedKey)) {
      pairedTo.set(i.pairedKey, [...(pairedTo.get(i.pairedKey) ?? []), i]);
    }
  }
  const byCategory = new Map<DutyCategory, SheetRow<T>[]>();
  for (const i of items) {
    let row: SheetRow<T> | null = null;
    if (i.kind === "business") row = { business: i, safety: pairedTo.get(i.itemKey) ?? [] };
    else if (!i.pairedKey || !businessKeys.has(i.pairedKey)) row = { business: null, safety: [i] };
    if (row) byCategory.set(i.category, [...(byCategory.get(i.category) ?? []), row]);
  }
  return DUTY_CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({
    category,
    rows: byCategory.get(category)!,
  }));
}
