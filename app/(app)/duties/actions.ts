"use server";
// Duty-list edits (committee office anywhere; a unit's head or liaison for the unit), publishing and the
// new-year rollover (committee office). Only the working copy changes; published versions are immutable.
import { changedFields } from "@/lib/audit/changes";
import { z } from "zod";
import type { Db } from "@/db/client";
import { ActionError, defineAction } from "@/server/action";
import { enumOf, id, optionalText, text, year } from "@/lib/validation";
import { getListHeader, getPost, getWorkingItem, listTemplates, listWorkingItems } from "@/db/queries/duties";
import {
  createItems,
  createItemsFromTemplate,
  createLists,
  createYearFromPrevious,
  deleteItem,
  moveItem,
  nextSortOrder,
  publishList,
  updateItem,
  updateListToDraft,
} from "@/db/queries/duty-writes";
import { DUTY_CATEGORIES, TEMPLATE_KEYS } from "@/db/schema";
import type { AuditedTx } from "@/db/audited";
import { createListEvent } from "@/db/queries/signoff";
import { now } from "@/lib/clock";

const EDITABLE = new Set(["draft", "published"]);

const itemFields = {
  text: text(2000, { multiline: true }),
  category: enumOf(DUTY_CATEGORIES),
  kind: enumOf(["business", "safety"] as const),
  responsibilityType: enumOf(["first", "leadership", "direct", "post"] as const),
  legalBasis: optionalText(500),
  scope: optionalText(500),
  standard: optionalText(1000, { multiline: true }),
  cadence: enumOf(["once", "monthly", "quarterly", "yearly", "on_event"] as const),
  evidenceRequired: optionalText(500),
  pairedKey: optionalText(64),
};

async function listTarget(db: Db, listId: number) {
  const list = await getListHeader(db, listId);
  return list ? { unitIds: [list.unitId] } : undefined;
}

async function itemTarget(db: Db, itemId: number) {
  const row = await getWorkingItem(db, itemId);
  return row ? { unitIds: [row.list.unitId] } : undefined;
}

async function editableList(tx: AuditedTx, listId: number) {
  const list = await getListHeader(tx, listId);
  if (!list) throw new ActionError("errors.notFound");
  if (!EDITABLE.has(list.status)) throw new ActionError("duties.editor.locked");
  return list;
}

async function checkPairing(tx: AuditedTx, listId: number, kind: string, pairedKey: string | null, selfKey?: string) {
  if (!pairedKey) return;
  if (kind !== "safety") throw new ActionError("duties.editor.pairOnlySafety", "pairedKey");
  const items = await listWorkingItems(tx, listId);
  const target = items.find((i) => i.itemKey === pairedKey);
  if (!target || target.kind !== "business" || target.itemKey === selfKey) throw new ActionError("duties.editor.pairInvalid", "pairedKey");
}

export const createListAction = defineAction({
  name: "duty.list.create",
  permission: "duty.edit",
  schema: z.strictObject({
    year,
    unitId: id,
    postId: z.union([id, z.literal("")]).optional().transform((v) => (v === "" || v === undefined ? null : v)),
    templateKey: z.union([enumOf(TEMPLATE_KEYS), z.literal("")]).optional().transform((v) => v || null),
  }),
  target: async (_db, input) => ({ unitIds: [input.unitId] }),
  run: async ({ input, tx }) => {
    if (input.postId) {
      const post = await getPost(tx, input.postId);
      if (!post || post.unitId !== input.unitId) throw new ActionError("duties.editor.postNotInUnit", "postId");
    }
    const [list] = await createLists(tx, [
      { year: input.year, ownerType: input.postId ? "post" : "unit", unitId: input.unitId, postId: input.postId, leaderId: null },
    ]);
    if (input.templateKey) {
      const templates = (await listTemplates(tx)).filter((t) => t.templateKey === input.templateKey);
      await createItemsFromTemplate(tx, list.id, templates);
    }
    return { value: { id: list.id }, audit: { action: "duty.list.create", objectType: "list", objectId: list.id, after: input } };
  },
});

export const createItemAction = defineAction({
  name: "duty.item.create",
  permission: "duty.edit",
  schema: z.strictObject({ listId: id, ...itemFields }),
  target: (db, input) => listTarget(db, input.listId),
  run: async ({ input, tx }) => {
    const list = await editableList(tx, input.listId);
    await checkPairing(tx, list.id, input.kind, input.pairedKey);
    const { listId, ...fields } = input;
    const [item] = await createItems(tx, [{ listId, ...fields, supervisedUnitId: null, sortOrder: await nextSortOrder(tx, listId) }]);
    await updateListToDraft(tx, listId);
    return { value: { id: item.id }, audit: { action: "duty.item.create", objectType: "list_item", objectId: item.id, after: { listId, ...fields } } };
  },
});

export const updateItemAction = defineAction({
  name: "duty.item.update",
  permission: "duty.edit",
  schema: z.strictObject({ itemId: id, version: id, ...itemFields }),
  target: (db, input) => itemTarget(db, input.itemId),
  run: async ({ input, tx }) => {
    const current = await getWorkingItem(tx, input.itemId);
    if (!current) throw new ActionError("errors.notFound");
    await editableList(tx, current.list.id);
    await checkPairing(tx, current.list.id, input.kind, input.pairedKey, current.item.itemKey);
    const { itemId, version, ...fields } = input;
    const row = await updateItem(tx, itemId, version, fields);
    if (!row) throw new ActionError("errors.conflict");
    await updateListToDraft(tx, current.list.id);
    return {
      value: { id: row.id },
      audit: { action: "duty.item.update", objectType: "list_item", objectId: itemId, ...changedFields(current.item, fields) },
    };
  },
});

export const deleteItemAction = defineAction({
  name: "duty.item.delete",
  permission: "duty.edit",
  schema: z.strictObject({ itemId: id, version: id }),
  target: (db, input) => itemTarget(db, input.itemId),
  run: async ({ input, tx }) => {
    const current = await getWorkingItem(tx, input.itemId);
    if (!current) throw new ActionError("errors.notFound");
    await editableList(tx, current.list.id);
    const row = await deleteItem(tx, input.itemId, input.version);
    if (!row) throw new ActionError("errors.conflict");
    await updateListToDraft(tx, current.list.id);
    return { value: null, audit: { action: "duty.item.delete", objectType: "list_item", objectId: input.itemId, before: { text: row.text, itemKey: row.itemKey } } };
  },
});

export const moveItemAction = defineAction({
  name: "duty.item.move",
  permission: "duty.edit",
  schema: z.strictObject({ itemId: id, direction: enumOf(["up", "down"] as const) }),
  target: (db, input) => itemTarget(db, input.itemId),
  run: async ({ input, tx }) => {
    const current = await getWorkingItem(tx, input.itemId);
    if (!current) throw new ActionError("errors.notFound");
    await editableList(tx, current.list.id);
    const moved = await moveItem(tx, current.list.id, input.itemId, input.direction);
    if (moved) await updateListToDraft(tx, current.list.id);
    return { value: moved, audit: { action: "duty.item.move", objectType: "list_item", objectId: input.itemId, after: { direction: input.direction } } };
  },
});

export const addFromTemplateAction = defineAction({
  name: "duty.list.addTemplate",
  permission: "duty.edit",
  schema: z.strictObject({ listId: id, templateKey: enumOf(TEMPLATE_KEYS) }),
  target: (db, input) => listTarget(db, input.listId),
  run: async ({ input, tx }) => {
    await editableList(tx, input.listId);
    const templates = (await listTemplates(tx)).filter((t) => t.templateKey === input.templateKey);
    const created = await createItemsFromTemplate(tx, input.listId, templates);
    await updateListToDraft(tx, input.listId);
    return { value: created.length, audit: { action: "duty.list.addTemplate", objectType: "list", objectId: input.listId, after: { templateKey: input.templateKey, items: created.length } } };
  },
});

export const publishListAction = defineAction({
  name: "duty.list.publish",
  permission: "duty.publish",
  schema: z.strictObject({ listId: id, version: id }),
  target: (db, input) => listTarget(db, input.listId),
  run: async ({ input, tx, viewer }) => {
    const list = await getListHeader(tx, input.listId);
    if (!list) throw new ActionError("errors.notFound");
    if (list.status !== "draft" && list.status !== "approved") throw new ActionError("duties.editor.nothingToPublish");
    const r = await publishList(tx, input.listId, input.version, viewer.userId, now());
    if (!r) throw new ActionError("errors.conflict");
    await createListEvent(tx, { listId: list.id, step: "publish", fromStatus: list.status, toStatus: "published", actorUserId: viewer.userId });
    return {
      value: { versionNo: r.version.versionNo },
      audit: { action: "duty.list.publish", objectType: "list", objectId: input.listId, after: { versionNo: r.version.versionNo, contentHash: r.version.contentHash, items: r.version.itemCount } },
    };
  },
});

export const startYearAction = defineAction({
  name: "duty.year.start",
  permission: "duty.publish",
  schema: z.strictObject({ from: year }),
  run: async ({ input, tx }) => {
    const created = await createYearFromPrevious(tx, input.from, input.from + 1);
    return { value: created, audit: { action: "duty.year.start", objectType: "year", objectId: input.from + 1, after: { from: input.from, lists: created } } };
  },
});
