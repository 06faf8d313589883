// Writes to responsibility lists: working-copy edits and publishing an immutable version.
import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import type { AuditedTx } from "../audited";
import { listItems, listVersionItems, listVersions, responsibilityLists, type NewListItem } from "../schema";
import { now as clockNow } from "@/lib/clock";

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
    .set({ status: "draft", version: sql`${responsibilityLists.version} + 1`, updatedAt: clockNow() })
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

/** Updates one working-copy item, guarded by its version; returns the row or null on a conflict. */
export async function updateItem(tx: AuditedTx, itemId: number, expectedVersion: number, patch: Partial<ItemInput>) {
  const [row] = await tx
    .update(listItems)
    .set({ ...patch, version: sql`${listItems.version} + 1`, updatedAt: clockNow() })
    .where(and(eq(listItems.id, itemId), eq(listItems.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export async function deleteItem(tx: AuditedTx, itemId: number, expectedVersion: number) {
  const [row] = await tx
    .delete(listItems)
    .where(and(eq(listItems.id, itemId), eq(listItems.version, expectedVersion)))
    .returning();
  if (row) {
    // Safety items paired with the removed business item lose their pairing rather than pointing nowhere.
    await tx
      .update(listItems)
      .set({ pairedKey: null, updatedAt: clockNow() })
      .where(and(eq(listItems.listId, row.listId), eq(listItems.pairedKey, row.itemKey)));
  }
  return row ?? null;
}

/** Swaps an item with its neighbour in the list's order. */
export async function moveItem(tx: AuditedTx, listId: number, itemId: number, direction: "up" | "down") {
  const items = await tx
    .select({ id: listItems.id, sortOrder: listItems.sortOrder })
    .from(listItems)
    .where(eq(listItems.listId, listId))
    .orderBy(asc(listItems.sortOrder), asc(listItems.id));
  const i = items.findIndex((x) => x.id === itemId);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= items.length) return false;
  // Renumber densely so equal sort orders cannot stall a move.
  const order = items.map((x) => x.id);
  [order[i], order[j]] = [order[j], order[i]];
  await tx.execute(sql`update list_items set sort_order = v.ord, updated_at = now()
    from (select unnest(${sql.raw(`ARRAY[${order.join(",")}]::int[]`)}) as id, generate_series(1, ${order.length}) as ord) v
    where list_items.id = v.id and list_items.list_id = ${listId}`);
  return true;
}

export async function nextSortOrder(tx: AuditedTx, listId: number) {
  const [r] = await tx
    .select({ n: sql<number>`coalesce(max(${listItems.sortOrder}), 0) + 1`.mapWith(Number) })
    .from(listItems)
    .where(eq(listItems.listId, listId));
  return r?.n ?? 1;
}

/** Copies a template's items into a list, keeping the template's business↔safety pairing. */
export async function createItemsFromTemplate(
  tx: AuditedTx,
  listId: number,
  templates: { ref: string; pairedRef: string | null; text: string; category: ItemInput["category"]; kind: ItemInput["kind"]; responsibilityType: ItemInput["responsibilityType"]; legalBasis: string | null; scope: string | null; standard: string | null; cadence: ItemInput["cadence"]; evidenceRequired: string | null }[],
) {
  const start = await nextSortOrder(tx, listId);
  const keys = new Map(templates.map((t) => [t.ref, randomUUID()]));
  return createItems(
    tx,
    templates.map((t, i) => ({
      listId,
      itemKey: keys.get(t.ref)!,
      pairedKey: t.pairedRef ? (keys.get(t.pairedRef) ?? null) : null,
      supervisedUnitId: null,
      text: t.text,
      category: t.category,
      kind: t.kind,
      responsibilityType: t.responsibilityType,
      legalBasis: t.legalBasis,
      scope: t.scope,
      standard: t.standard,
      cadence: t.cadence,
      evidenceRequired: t.evidenceRequired,
      sortOrder: start + i,
    })),
  );
}

/**
 * Starts year `to` from year `from`: every list of `from` whose owner has no list in `to` is copied as a
 * draft with the items of its latest published version (item keys kept, so history follows the duty).
 */
export async function createYearFromPrevious(tx: AuditedTx, from: number, to: number) {
  const created = await tx.execute(sql`
    insert into responsibility_lists (year, owner_type, unit_id, post_id, leader_id, status)
    select ${to}, l.owner_type, l.unit_id, l.post_id, l.leader_id, 'draft'
    from responsibility_lists l
    where l.year = ${from} and l.published_version_no is not null
      and not exists (select 1 from responsibility_lists n where n.year = ${to} and n.owner_type = l.owner_type
        and n.unit_id = l.unit_id and n.post_id is not distinct from l.post_id and n.leader_id is not distinct from l.leader_id)
    returning id`);
  await tx.execute(sql`
    insert into list_items (list_id, item_key, paired_key, supervised_unit_id, text, category, kind, responsibility_type,
      legal_basis, scope, standard, cadence, evidence_required, sort_order)
    select n.id, vi.item_key, vi.paired_key, vi.supervised_unit_id, vi.text, vi.category, vi.kind, vi.responsibility_type,
      vi.legal_basis, vi.scope, vi.standard, vi.cadence, vi.evidence_required, vi.sort_order
    from responsibility_lists n
    join responsibility_lists l on l.year = ${from} and l.owner_type = n.owner_type and l.unit_id = n.unit_id
      and l.post_id is not distinct from n.post_id and l.leader_id is not distinct from n.leader_id
    join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
    join list_version_items vi on vi.version_id = v.id
    where n.year = ${to} and not exists (select 1 from list_items x where x.list_id = n.id)`);
  const rows = Array.isArray(created) ? created : (created as unknown as { rows: unknown[] }).rows;
  return rows.length;
}
