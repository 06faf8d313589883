"use server";
// Unit detail changes: edit and (de)activate the unit, its posts, holdings and 分管 (system administrator only).
import { z } from "zod";
import { holdingType, postKind, supervisionKind, unitGroup, unitKind } from "@/db/schema";
import {
  createHolding,
  createPost,
  createSupervision,
  deleteSupervision,
  endHolding,
  getHolding,
  getPerson,
  getPersonByStaffNo,
  getPost,
  getSupervision,
  getUnit,
  getUnitByCode,
  hasActiveChildUnits,
  personHoldsPost,
  postHasCurrentHolders,
  setPostActive,
  updateUnit,
  wouldCreateCycle,
} from "@/db/queries/org";
import { ActionError, defineAction } from "@/server/action";
import { bool, date, enumOf, id, optionalId, text, year } from "@/lib/validation";
import { changes, code, intIn, optionalEnumOf, staffNo, today, version } from "../../fields";

export const updateUnitAction = defineAction({
  name: "org.unit.update",
  permission: "org.manage",
  schema: z.strictObject({
    id,
    version,
    name: text(100),
    code: code(32),
    kind: enumOf(unitKind.enumValues),
    group: optionalEnumOf(unitGroup.enumValues),
    parentId: optionalId,
    sortOrder: intIn(0, 9999),
  }),
  async run({ input, tx }) {
    const { id: unitId, version: v, ...patch } = input;
    const before = await getUnit(tx, unitId);
    if (!before) throw new ActionError("errors.notFound");
    if (before.version !== v) throw new ActionError("errors.conflict");
    if (patch.parentId == null && patch.kind !== "bureau") throw new ActionError("validation.required", "parentId");
    if (patch.parentId != null && patch.parentId !== before.parentId) {
      const parent = await getUnit(tx, patch.parentId);
      if (!parent) throw new ActionError("errors.reference", "parentId");
      if (!parent.isActive) throw new ActionError("org.errors.parentInactive", "parentId");
      if (await wouldCreateCycle(tx, unitId, patch.parentId)) throw new ActionError("org.errors.parentCycle", "parentId");
    }
    if (patch.code !== before.code && (await getUnitByCode(tx, patch.code))) throw new ActionError("errors.duplicate", "code");
    const diff = changes(before, patch);
    const after = await updateUnit(tx, unitId, v, patch);
    if (!after) throw new ActionError("errors.conflict");
    return {
      value: { id: unitId, version: after.version },
      audit: { action: "org.unit.update", objectType: "unit", objectId: unitId, before: diff.before, after: diff.after },
    };
  },
});

export const setUnitActiveAction = defineAction({
  name: "org.unit.setActive",
  permission: "org.manage",
  schema: z.strictObject({ id, version, active: bool }),
  async run({ input, tx }) {
    const before = await getUnit(tx, input.id);
    if (!before) throw new ActionError("errors.notFound");
    if (before.version !== input.version || before.isActive === input.active) throw new ActionError("errors.conflict");
    if (input.active && before.parentId != null) {
      const parent = await getUnit(tx, before.parentId);
      if (parent && !parent.isActive) throw new ActionError("org.errors.parentInactive");
    }
    if (!input.active && (await hasActiveChildUnits(tx, input.id))) throw new ActionError("org.errors.hasActiveChildren");
    const after = await updateUnit(tx, input.id, input.version, { isActive: input.active });
    if (!after) throw new ActionError("errors.conflict");
    return {
      value: { id: input.id },
      audit: {
        action: input.active ? "org.unit.activate" : "org.unit.deactivate",
        objectType: "unit",
        objectId: input.id,
        before: { isActive: before.isActive },
        after: { isActive: after.isActive },
      },
    };
  },
});

export const createPostAction = defineAction({
  name: "org.post.create",
  permission: "org.manage",
  schema: z.strictObject({ unitId: id, name: text(100), kind: enumOf(postKind.enumValues) }),
  async run({ input, tx }) {
    const unit = await getUnit(tx, input.unitId);
    if (!unit) throw new ActionError("errors.notFound");
    if (!unit.isActive) throw new ActionError("org.errors.unitInactive");
    const post = await createPost(tx, input);
    return {
      value: { id: post.id },
      audit: {
        action: "org.post.create",
        objectType: "post",
        objectId: post.id,
        after: { unitId: post.unitId, name: post.name, kind: post.kind },
      },
    };
  },
});

export const setPostActiveAction = defineAction({
  name: "org.post.setActive",
  permission: "org.manage",
  schema: z.strictObject({ id, active: bool }),
  async run({ input, tx }) {
    const post = await getPost(tx, input.id);
    if (!post) throw new ActionError("errors.notFound");
    if (!input.active && (await postHasCurrentHolders(tx, input.id, today().date))) {
      throw new ActionError("org.errors.postHasHolders");
    }
    if (input.active) {
      const unit = await getUnit(tx, post.unitId);
      if (!unit?.isActive) throw new ActionError("org.errors.unitInactive");
    }
    const after = await setPostActive(tx, input.id, input.active);
    if (!after) throw new ActionError("errors.conflict");
    return {
      value: { id: input.id },
      audit: {
        action: input.active ? "org.post.activate" : "org.post.deactivate",
        objectType: "post",
        objectId: input.id,
        before: { isActive: post.isActive },
        after: { isActive: after.isActive },
      },
    };
  },
});

export const assignHoldingAction = defineAction({
  name: "org.holding.create",
  permission: "org.manage",
  schema: z.strictObject({
    postId: id,
    staffNo,
    type: enumOf(holdingType.enumValues),
    startDate: date,
  }),
  async run({ input, tx }) {
    const post = await getPost(tx, input.postId);
    if (!post) throw new ActionError("errors.reference", "postId");
    if (!post.isActive) throw new ActionError("org.errors.postInactive", "postId");
    const person = await getPersonByStaffNo(tx, input.staffNo);
    if (!person) throw new ActionError("org.errors.staffNoUnknown", "staffNo");
    if (!person.isActive) throw new ActionError("org.errors.personInactive", "staffNo");
    if (await personHoldsPost(tx, person.id, post.id, today().date)) throw new ActionError("org.errors.alreadyHolds", "staffNo");
    const holding = await createHolding(tx, { personId: person.id, postId: post.id, type: input.type, startDate: input.startDate });
    return {
      value: { id: holding.id },
      audit: {
        action: "org.holding.create",
        objectType: "post_holding",
        objectId: holding.id,
        after: { personId: person.id, postId: post.id, type: holding.type, startDate: holding.startDate },
      },
    };
  },
});

export const endHoldingAction = defineAction({
  name: "org.holding.end",
  permission: "org.manage",
  schema: z.strictObject({ id, endDate: date }),
  async run({ input, tx }) {
    const holding = await getHolding(tx, input.id);
    if (!holding) throw new ActionError("errors.notFound");
    if (holding.endDate) throw new ActionError("errors.conflict");
    if (input.endDate < holding.startDate) throw new ActionError("validation.endBeforeStart", "endDate");
    const after = await endHolding(tx, input.id, input.endDate);
    if (!after) throw new ActionError("errors.conflict");
    return {
      value: { id: input.id },
      audit: {
        action: "org.holding.end",
        objectType: "post_holding",
        objectId: input.id,
        before: { personId: holding.personId, postId: holding.postId, endDate: null },
        after: { personId: holding.personId, postId: holding.postId, endDate: after.endDate },
      },
    };
  },
});

// 分管 is history: a past year's rows are what happened and stay as they are; only this year and later change.
export const createSupervisionAction = defineAction({
  name: "org.supervision.create",
  permission: "org.manage",
  schema: z.strictObject({ unitId: id, year, leaderId: id, kind: enumOf(supervisionKind.enumValues) }),
  async run({ input, tx }) {
    if (input.year < today().year) throw new ActionError("org.errors.pastYear", "year");
    const unit = await getUnit(tx, input.unitId);
    if (!unit) throw new ActionError("errors.notFound");
    const leader = await getPerson(tx, input.leaderId);
    if (!leader) throw new ActionError("errors.reference", "leaderId");
    if (!leader.isActive) throw new ActionError("org.errors.personInactive", "leaderId");
    const row = await createSupervision(tx, input);
    return {
      value: { id: row.id },
      audit: {
        action: "org.supervision.create",
        objectType: "supervision",
        objectId: row.id,
        after: { year: row.year, unitId: row.unitId, leaderId: row.leaderId, kind: row.kind },
      },
    };
  },
});

export const deleteSupervisionAction = defineAction({
  name: "org.supervision.delete",
  permission: "org.manage",
  schema: z.strictObject({ id }),
  async run({ input, tx }) {
    const row = await getSupervision(tx, input.id);
    if (!row) throw new ActionError("errors.notFound");
    if (row.year < today().year) throw new ActionError("org.errors.pastYear");
    const gone = await deleteSupervision(tx, input.id);
    if (!gone) throw new ActionError("errors.conflict");
    return {
      value: { id: input.id },
      audit: {
        action: "org.supervision.delete",
        objectType: "supervision",
        objectId: input.id,
        before: { year: row.year, unitId: row.unitId, leaderId: row.leaderId, kind: row.kind },
      },
    };
  },
});
