"use server";
// Categories, items (with up to three deduction rules) and veto rules of a draft scheme (office). Each save
// is checked: one that would add a problem (e.g. an item's points no longer adding up to its category's)
// is refused at the field and nothing is saved; adding, moving or removing rows may unbalance sums, which
// then block approval until the points table evens them out.
import { changedFields } from "@/lib/audit/changes";
import { z } from "zod";
import type { AuditedTx } from "@/db/audited";
import {
  createCategory,
  createItem,
  createVetoRule,
  deleteCategory,
  deleteItem,
  deleteVetoRule,
  getCategory,
  getItem,
  getVetoRule,
  isCodeTaken,
  updateCategory,
  updateItem,
  updateVetoRule,
} from "@/db/queries/assessment-scheme-parts";
import { ActionError, defineAction } from "@/server/action";
import { SUM_KEYS, type SchemeProblem } from "@/lib/assessment/scheme-check";
import { id, points, text } from "@/lib/validation";
import { code, saveChecked, takeDraft } from "./scheme-save";
import { itemFields, rulesFrom, ruleField } from "./item-fields";
import { vetoFields, vetoFrom } from "./veto-fields";

const tolerateSums = (p: SchemeProblem) => SUM_KEYS.has(p.key);
const audit = (action: string, objectType: string, objectId: number, before?: unknown, after?: unknown) => ({
  action,
  objectType,
  objectId,
  ...(before !== undefined ? { before: before as Record<string, unknown> } : {}),
  ...(after !== undefined ? { after: after as Record<string, unknown> } : {}),
});

async function codeFree(
  tx: AuditedTx,
  table: "category" | "item" | "veto",
  schemeId: number,
  c: string,
  exceptId?: number,
) {
  if (await isCodeTaken(tx, table, schemeId, c, exceptId)) throw new ActionError("scheme.errors.codeTaken", "code");
}

// ——— categories ———

const categoryInput = { code, name: text(100), points };

export const createCategoryAction = defineAction({
  name: "scheme.category.create",
  permission: "scheme.manage",
  schema: z.strictObject({ schemeId: id, ...categoryInput }),
  run: async ({ input, tx }) => {
    const { schemeId, ...c } = input;
    await takeDraft(tx, schemeId, null);
    await codeFree(tx, "category", schemeId, c.code);
    const row = await saveChecked(
      tx,
      schemeId,
      () => createCategory(tx, schemeId, c),
      () => "points",
      tolerateSums,
    );
    return {
      value: { id: row.id },
      audit: audit("scheme.category.create", "scheme_category", row.id, undefined, { schemeId, ...c }),
    };
  },
});

export const updateCategoryAction = defineAction({
  name: "scheme.category.update",
  permission: "scheme.manage",
  schema: z.strictObject({ categoryId: id, version: id, ...categoryInput }),
  run: async ({ input, tx }) => {
    const { categoryId, version, ...c } = input;
    const current = await getCategory(tx, categoryId);
    if (!current) throw new ActionError("errors.notFound");
    await takeDraft(tx, current.schemeId, version);
    await codeFree(tx, "category", current.schemeId, c.code, categoryId);
    await saveChecked(
      tx,
      current.schemeId,
      () => updateCategory(tx, categoryId, c),
      (p) => (p.path?.startsWith("categories.") || p.path === "totalPoints" ? "points" : undefined),
    );
    const before = { code: current.code, name: current.name, points: current.points };
    return { value: null, audit: audit("scheme.category.update", "scheme_category", categoryId, before, c) };
  },
});

export const deleteCategoryAction = defineAction({
  name: "scheme.category.delete",
  permission: "scheme.manage",
  schema: z.strictObject({ categoryId: id, version: id }),
  run: async ({ input, tx }) => {
    const current = await getCategory(tx, input.categoryId);
    if (!current) throw new ActionError("errors.notFound");
    await takeDraft(tx, current.schemeId, input.version);
    const row = await saveChecked(
      tx,
      current.schemeId,
      () => deleteCategory(tx, input.categoryId),
      () => undefined,
      tolerateSums,
    );
    if (!row) throw new ActionError("scheme.errors.categoryNotEmpty");
    return {
      value: null,
      audit: audit("scheme.category.delete", "scheme_category", input.categoryId, {
        code: current.code,
        name: current.name,
        points: current.points,
      }),
    };
  },
});

// ——— items ———

/** Problems of an item save, placed at the field that causes them. */
const itemFieldOf = (p: SchemeProblem) => {
  const rule = p.path?.match(/^items\.[^.]+\.rules\.(\d+)\.(\w+)$/);
  if (rule) return ruleField(Number(rule[1]), rule[2]);
  if (p.path?.startsWith("categories.") || p.path?.endsWith(".maxPoints")) return "maxPoints";
  return p.path?.endsWith(".category") ? "categoryId" : undefined;
};

export const createItemAction = defineAction({
  name: "scheme.item.create",
  permission: "scheme.manage",
  schema: z.strictObject({ schemeId: id, ...itemFields }),
  run: async ({ input, tx }) => {
    await takeDraft(tx, input.schemeId, null);
    const category = await getCategory(tx, input.categoryId);
    if (!category || category.schemeId !== input.schemeId) throw new ActionError("validation.choice", "categoryId");
    await codeFree(tx, "item", input.schemeId, input.code);
    const item = {
      categoryId: input.categoryId,
      code: input.code,
      content: input.content,
      maxPoints: input.maxPoints,
      scoringRule: input.scoringRule,
      deductionRules: rulesFrom(input, []),
    };
    const row = await saveChecked(
      tx,
      input.schemeId,
      () => createItem(tx, input.schemeId, item),
      itemFieldOf,
      tolerateSums,
    );
    return {
      value: { id: row.id },
      audit: audit("scheme.item.create", "scheme_item", row.id, undefined, { schemeId: input.schemeId, ...item }),
    };
  },
});

export const updateItemAction = defineAction({
  name: "scheme.item.update",
  permission: "scheme.manage",
  schema: z.strictObject({ itemId: id, version: id, ...itemFields }),
  run: async ({ input, tx }) => {
    const current = await getItem(tx, input.itemId);
    if (!current) throw new ActionError("errors.notFound");
    await takeDraft(tx, current.schemeId, null);
    const category = await getCategory(tx, input.categoryId);
    if (!category || category.schemeId !== current.schemeId) throw new ActionError("validation.choice", "categoryId");
    await codeFree(tx, "item", current.schemeId, input.code, current.id);
    const item = {
      categoryId: input.categoryId,
      code: input.code,
      content: input.content,
      maxPoints: input.maxPoints,
      scoringRule: input.scoringRule,
      deductionRules: rulesFrom(input, current.deductionRules),
    };
    // Moving an item to another category is structural: both categories' sums may change.
    const moved = input.categoryId !== current.categoryId;
    const row = await saveChecked(
      tx,
      current.schemeId,
      () => updateItem(tx, current.id, input.version, item),
      itemFieldOf,
      moved ? tolerateSums : undefined,
    );
    if (!row) throw new ActionError("errors.conflict");
    const { before, after } = changedFields(current, item);
    return { value: null, audit: audit("scheme.item.update", "scheme_item", current.id, before, after) };
  },
});

export const deleteItemAction = defineAction({
  name: "scheme.item.delete",
  permission: "scheme.manage",
  schema: z.strictObject({ itemId: id, version: id }),
  run: async ({ input, tx }) => {
    const current = await getItem(tx, input.itemId);
    if (!current) throw new ActionError("errors.notFound");
    await takeDraft(tx, current.schemeId, null);
    const row = await saveChecked(
      tx,
      current.schemeId,
      () => deleteItem(tx, current.id, input.version),
      () => undefined,
      tolerateSums,
    );
    if (!row) throw new ActionError("errors.conflict");
    return {
      value: null,
      audit: audit("scheme.item.delete", "scheme_item", current.id, {
        code: current.code,
        content: current.content,
        maxPoints: current.maxPoints,
      }),
    };
  },
});

// ——— veto rules ———

export const createVetoRuleAction = defineAction({
  name: "scheme.veto.create",
  permission: "scheme.manage",
  schema: z.strictObject({ schemeId: id, ...vetoFields }),
  run: async ({ input, tx }) => {
    await takeDraft(tx, input.schemeId, null);
    await codeFree(tx, "veto", input.schemeId, input.code);
    const rule = vetoFrom(input);
    const row = await saveChecked(
      tx,
      input.schemeId,
      () => createVetoRule(tx, input.schemeId, rule),
      () => "effectGrade",
    );
    return {
      value: { id: row.id },
      audit: audit("scheme.veto.create", "scheme_veto_rule", row.id, undefined, { schemeId: input.schemeId, ...rule }),
    };
  },
});

export const updateVetoRuleAction = defineAction({
  name: "scheme.veto.update",
  permission: "scheme.manage",
  schema: z.strictObject({ ruleId: id, version: id, ...vetoFields }),
  run: async ({ input, tx }) => {
    const current = await getVetoRule(tx, input.ruleId);
    if (!current) throw new ActionError("errors.notFound");
    await takeDraft(tx, current.schemeId, input.version);
    await codeFree(tx, "veto", current.schemeId, input.code, current.id);
    const rule = vetoFrom(input);
    await saveChecked(
      tx,
      current.schemeId,
      () => updateVetoRule(tx, current.id, rule),
      () => "effectGrade",
    );
    const { before, after } = changedFields(current, rule);
    return { value: null, audit: audit("scheme.veto.update", "scheme_veto_rule", current.id, before, after) };
  },
});

export const deleteVetoRuleAction = defineAction({
  name: "scheme.veto.delete",
  permission: "scheme.manage",
  schema: z.strictObject({ ruleId: id, version: id }),
  run: async ({ input, tx }) => {
    const current = await getVetoRule(tx, input.ruleId);
    if (!current) throw new ActionError("errors.notFound");
    await takeDraft(tx, current.schemeId, input.version);
    await deleteVetoRule(tx, current.id);
    return {
      value: null,
      audit: audit("scheme.veto.delete", "scheme_veto_rule", current.id, { code: current.code, name: current.name }),
    };
  },
});
