// Canonical content of a list version, its SHA-256, and the diff between two versions: plain functions.
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/audit/chain";

export const ITEM_FIELDS = [
  "text",
  "category",
  "kind",
  "responsibilityType",
  "legalBasis",
  "scope",
  "standard",
  "cadence",
  "evidenceRequired",
  "pairedKey",
  "supervisedUnitId",
] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

export type ItemContent = {
  itemKey: string;
  text: string;
  category: string;
  kind: string;
  responsibilityType: string;
  legalBasis: string | null;
  scope: string | null;
  standard: string | null;
  cadence: string;
  evidenceRequired: string | null;
  pairedKey: string | null;
  supervisedUnitId: number | null;
  sortOrder: number;
};

/** What a signature or a version hash covers: the owner, the year and every item in order. */
export function canonicalListContent(
  list: { year: number; ownerType: string; unitId: number; postId: number | null; leaderId: number | null },
  items: ItemContent[],
): string {
  const ordered = [...items].sort((a, b) => a.sortOrder - b.sortOrder || a.itemKey.localeCompare(b.itemKey));
  return canonicalJson({
    year: list.year,
    owner: { type: list.ownerType, unitId: list.unitId, postId: list.postId, leaderId: list.leaderId },
    items: ordered.map((i) => Object.fromEntries([["itemKey", i.itemKey], ...ITEM_FIELDS.map((f) => [f, i[f] ?? null])])),
  });
}

export function contentHash(content: string): string {
  return createHash("sha256").update(content).digest("hex");
}

export type ItemDiff =
  | { type: "added"; itemKey: string; after: ItemContent }
  | { type: "removed"; itemKey: string; before: ItemContent }
  | { type: "changed"; itemKey: string; before: ItemContent; after: ItemContent; fields: ItemField[] }
  | { type: "moved"; itemKey: string; before: ItemContent; after: ItemContent };

/** Items compared by their stable key: added, removed, changed (which fields) and reordered. */
export function diffItems(before: ItemContent[], after: ItemContent[]): ItemDiff[] {
  const old = new Map(before.map((i) => [i.itemKey, i]));
  const out: ItemDiff[] = [];
  const rank = (list: ItemContent[]) =>
    new Map([...list].sort((a, b) => a.sortOrder - b.sortOrder).map((i, idx) => [i.itemKey, idx]));
  const oldRank = rank(before);
  const newRank = rank(after);
  for (const a of after) {
    const b = old.get(a.itemKey);
    if (!b) {
      out.push({ type: "added", itemKey: a.itemKey, after: a });
      continue;
    }
    const fields = ITEM_FIELDS.filter((f) => (a[f] ?? null) !== (b[f] ?? null));
    if (fields.length) out.push({ type: "changed", itemKey: a.itemKey, before: b, after: a, fields });
    else if (oldRank.get(a.itemKey) !== newRank.get(a.itemKey)) out.push({ type: "moved", itemKey: a.itemKey, before: b, after: a });
  }
  const present = new Set(after.map((i) => i.itemKey));
  for (const b of before) if (!present.has(b.itemKey)) out.push({ type: "removed", itemKey: b.itemKey, before: b });
  return out;
}
