// Writes to responsibility lists: working-copy edits and publishing an immutable version.
import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import type { AuditedTx } from "../audited";
import { listItems, listVersionItems, listVersions, responsibilityLists, type NewListItem } from "../schema";

export type ListOwner = {
  year: number;
  ownerType: "unit" | "post" | "leader";
  unitId: number;
  postId: number | null;
  leaderId: number | null;
};

export type ItemInput = Omit<NewListItem, "id" | "listId" | "version" | "createdAt" | "updatedAt">;

export async function createLists(tx: AuditedTx, owners: ListOwner[]) {
  if (!owners.length) return [];
  return tx.insert(responsibilityLists).values(owners).returning();
}

/** Appends items to lists' working copies (after the current last item). */
export async function createItems(tx: AuditedTx, rows: (Omit<ItemInput, "itemKey"> & { itemKey?: string; listId: number })[]) {
  if (!rows.length) return [];
  const values: NewListItem[] = rows.map((r, i) => ({ ...r, itemKey: r.itemKey || randomUUID(), sortOrder: r.sortOrder ?? i + 1 }));
  const out = [];
  for (let i = 0; i < values.length; i += 1000) {
    out.push(...(await tx.insert(listItems).values(values.slice(i, i + 1000)).returning()));
  }
  return out;
}

/** Marks a list as changed since its last publication (the working copy differs). */
export async function updateListToDraft(tx: AuditedTx, listId: number) {
  await tx
    .update(responsibilityLists)
    .set({ status: "draft", version: sql`${responsibilityLists.version} + 1`, updatedAt: new Date() })
    .where(eq(responsibilityLists.id, listId));
}

/**
 * Publishes a list's working copy as the next immutable version with its content hash. Guarded by the
 * list's version (optimistic lock): returns null when someone else changed it first.
 */
export async function publishList(
  tx: AuditedTx,
  listId: number,
  expectedVersion: number | null,
  publishedBy: number | null,
  now: Date,
) {
  const [list] = await tx
    .update(responsibilityLists)
    .set({
      status: "published",
      publishedVersionNo: sql`coalesce(${responsibilityLists.publishedVersionNo}, 0) + 1`,
      version: sql`${responsibilityLists.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(responsibilityLists.id, listId),
        expectedVersion == null ? sql`true` : eq(responsibilityLists.version, expectedVersion),
      ),
    )
    .returning();
  if (!list) return null;
  const items = await tx.select().from(listItems).where(eq(listItems.listId, listId)).orderBy(asc(listItems.sortOrder), asc(listItems.id));
  const hash = contentHash(canonicalListContent(list, items));
  const [version] = await tx
    .insert(listVersions)
    .values({ listId, versionNo: list.publishedVersionNo!, contentHash: hash, itemCount: items.length, publishedAt: now, publishedBy })
    .returning();
  if (items.length) {
    await tx.insert(listVersionItems).values(
      items.map((i) => ({
        versionId: version.id,
        itemKey: i.itemKey,
        pairedKey: i.pairedKey,
        supervisedUnitId: i.supervisedUnitId,
        text: i.text,
        category: i.category,
        kind: i.kind,
        responsibilityType: i.responsibilityType,
        legalBasis: i.legalBasis,
        scope: i.scope,
        standard: i.standard,
        cadence: i.cadence,
        evidenceRequired: i.evidenceRequired,
        sortOrder: i.sortOrder,
      })),
    );
  }
  return { list, version };
}
