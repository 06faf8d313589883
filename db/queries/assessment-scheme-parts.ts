// Writes to a draft scheme's categories, items and veto rules. Callers first take the scheme with
// lockDraftScheme (draft only, version bumped) in the same transaction, then check the result with
// scheme-check; the 0009 triggers keep a locked scheme's rows frozen whatever the caller does.
import { and, eq, sql } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import { rowsOf, type Db } from "../client";
import {
  schemeCategories,
  schemeItems,
  schemeVetoRules,
  type DeductionRuleJson,
  type VetoAppliesJson,
} from "../schema";
import { now } from "@/lib/clock";

export type CategoryInput = { code: string; name: string; points: number };
export type ItemInput = {
  categoryId: number;
  code: string;
  content: string;
  maxPoints: number;
  scoringRule: string;
  deductionRules: DeductionRuleJson[];
};
export type VetoRuleInput = {
  code: string;
  name: string;
  basis: string;
  effect: "force_grade" | "zero_score" | "cap_grade";
  effectGrade: string | null;
  consequences: string[];
  appliesTo: VetoAppliesJson;
};

// Only the editable columns, whatever object the caller passes (never an id, scheme or version).
const categoryCols = (c: CategoryInput) => ({ code: c.code, name: c.name, points: c.points });
const itemCols = (i: ItemInput) => ({
  categoryId: i.categoryId,
  code: i.code,
  content: i.content,
  maxPoints: i.maxPoints,
  scoringRule: i.scoringRule,
  deductionRules: i.deductionRules,
});
const vetoCols = (v: VetoRuleInput) => ({
  code: v.code,
  name: v.name,
  basis: v.basis,
  effect: v.effect,
  effectGrade: v.effectGrade,
  consequences: v.consequences,
  appliesTo: v.appliesTo,
});

export async function getCategory(db: Db, id: number) {
  const [row] = await db.select().from(schemeCategories).where(eq(schemeCategories.id, id));
  return row;
}

export async function getItem(db: Db, id: number) {
  const [row] = await db.select().from(schemeItems).where(eq(schemeItems.id, id));
  return row;
}

export async function getVetoRule(db: Db, id: number) {
  const [row] = await db.select().from(schemeVetoRules).where(eq(schemeVetoRules.id, id));
  return row;
}

/** Whether a code is already used in the scheme by another row of the same table. */
export async function isCodeTaken(
  db: Db,
  table: "category" | "item" | "veto",
  schemeId: number,
  code: string,
  exceptId?: number,
) {
  const t = table === "category" ? schemeCategories : table === "item" ? schemeItems : schemeVetoRules;
  const [row] = await db
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.schemeId, schemeId), eq(t.code, code), exceptId ? sql`${t.id} <> ${exceptId}` : undefined));
  return !!row;
}

const nextOrder = (table: typeof schemeCategories | typeof schemeItems | typeof schemeVetoRules, schemeId: number) =>
  sql`(select coalesce(max(x.sort_order), 0) + 1 from ${table} x where x.scheme_id = ${schemeId})`;

export async function createCategory(tx: AuditedTx, schemeId: number, c: CategoryInput) {
  const [row] = await tx
    .insert(schemeCategories)
    .values({ schemeId, ...categoryCols(c), sortOrder: nextOrder(schemeCategories, schemeId) })
    .returning();
  return row;
}

export async function updateCategory(tx: AuditedTx, id: number, c: CategoryInput) {
  const [row] = await tx
    .update(schemeCategories)
    .set({ ...categoryCols(c), updatedAt: now() })
    .where(eq(schemeCategories.id, id))
    .returning();
  return row;
}

/** Deletes a category with no items; undefined when it still has some. */
export async function deleteCategory(tx: AuditedTx, id: number) {
  const [row] = await tx
    .delete(schemeCategories)
    .where(
      and(eq(schemeCategories.id, id), sql`not exists (select 1 from ${schemeItems} i where i.category_id = ${id})`),
    )
    .returning();
  return row;
}

export async function createItem(tx: AuditedTx, schemeId: number, i: ItemInput) {
  const [row] = await tx
    .insert(schemeItems)
    .values({ schemeId, ...itemCols(i), sortOrder: nextOrder(schemeItems, schemeId) })
    .returning();
  return row;
}

/** Guarded by the item's version; undefined when someone changed it first. */
export async function updateItem(tx: AuditedTx, id: number, version: number, i: ItemInput) {
  const [row] = await tx
    .update(schemeItems)
    .set({ ...itemCols(i), version: sql`${schemeItems.version} + 1`, updatedAt: now() })
    .where(and(eq(schemeItems.id, id), eq(schemeItems.version, version)))
    .returning();
  return row;
}

export async function deleteItem(tx: AuditedTx, id: number, version: number) {
  const [row] = await tx
    .delete(schemeItems)
    .where(and(eq(schemeItems.id, id), eq(schemeItems.version, version)))
    .returning();
  return row;
}

/**
 * The points table (分值分配) in one go: categories' points and items' maxima by id, all within the
 * scheme. Returns how many rows changed. Two statements whatever the number of rows.
 */
export async function updatePoints(
  tx: AuditedTx,
  schemeId: number,
  categories: Map<number, number>,
  items: Map<number, number>,
) {
  let changed = 0;
  const values = (m: Map<number, number>) =>
    sql.join(
      [...m].map(([id, p]) => sql`(${id}::int, ${p}::numeric)`),
      sql`, `,
    );
  if (categories.size) {
    const r = await tx.execute(sql`
      update scheme_categories c set points = v.p, updated_at = now()
      from (values ${values(categories)}) as v(id, p)
      where c.id = v.id and c.scheme_id = ${schemeId} and c.points <> v.p returning c.id`);
    changed += rowsOf(r).length;
  }
  if (items.size) {
    const r = await tx.execute(sql`
      update scheme_items i set max_points = v.p, version = i.version + 1, updated_at = now()
      from (values ${values(items)}) as v(id, p)
      where i.id = v.id and i.scheme_id = ${schemeId} and i.max_points <> v.p returning i.id`);
    changed += rowsOf(r).length;
  }
  return changed;
}

export async function createVetoRule(tx: AuditedTx, schemeId: number, v: VetoRuleInput) {
  const [row] = await tx
    .insert(schemeVetoRules)
    .values({ schemeId, ...vetoCols(v), sortOrder: nextOrder(schemeVetoRules, schemeId) })
    .returning();
  return row;
}

export async function updateVetoRule(tx: AuditedTx, id: number, v: VetoRuleInput) {
  const [row] = await tx
    .update(schemeVetoRules)
    .set({ ...vetoCols(v), updatedAt: now() })
    .where(eq(schemeVetoRules.id, id))
    .returning();
  return row;
}

export async function deleteVetoRule(tx: AuditedTx, id: number) {
  const [row] = await tx.delete(schemeVetoRules).where(eq(schemeVetoRules.id, id)).returning();
  return row;
}
