"use server";
// The year's scheme as a whole: create or copy last year's (office), settings and the points table (office,
// draft only, checked), approve (committee chair), publish and return to draft (office).
import { changedFields } from "@/lib/audit/changes";
import { z } from "zod";
import { getSchemeByYear, loadSchemeDef } from "@/db/queries/assessment-scoring";
import {
  copyScheme,
  createAssessmentsForScheme,
  createScheme,
  getSchemeById,
  schemeProblems,
  updateSchemeSettings,
  updateSchemeStatus,
} from "@/db/queries/assessment-scheme";
import { updatePoints } from "@/db/queries/assessment-scheme-parts";
import type { AuditedTx } from "@/db/audited";
import { ActionError, defineAction } from "@/server/action";
import type { Viewer } from "@/lib/authz";
import { count, enumOf, id, optionalText, points, text, year } from "@/lib/validation";
import { pointsCell, pointsInput } from "./points-fields";
import { saveChecked, takeDraft } from "./scheme-save";
import { BAND_SLOTS, parseBands, parseTiers, settingsSlotFields, TIER_SLOTS } from "./settings-fields";
import { now } from "@/lib/clock";

export const createSchemeAction = defineAction({
  name: "scheme.create",
  permission: "scheme.manage",
  schema: z.strictObject({ year, title: text(200) }),
  run: async ({ input, tx }) => {
    const row = await createScheme(tx, { year: input.year, title: input.title, totalPoints: 100 });
    if (!row) throw new ActionError("scheme.errors.yearExists", "year");
    return {
      value: { id: row.id },
      audit: { action: "scheme.create", objectType: "assessment_scheme", objectId: row.id, after: input },
    };
  },
});

export const copySchemeAction = defineAction({
  name: "scheme.copy",
  permission: "scheme.manage",
  schema: z.strictObject({ year }),
  run: async ({ input, tx }) => {
    if (await getSchemeByYear(tx, input.year)) throw new ActionError("scheme.errors.yearExists", "year");
    if (!(await getSchemeByYear(tx, input.year - 1))) throw new ActionError("scheme.errors.noPrevious", "year");
    const r = await copyScheme(tx, input.year - 1, input.year);
    if (!r) throw new ActionError("scheme.errors.yearExists", "year");
    return {
      value: { id: r.id },
      audit: {
        action: "scheme.copy",
        objectType: "assessment_scheme",
        objectId: r.id,
        after: { from: input.year - 1, to: input.year, ...r },
      },
    };
  },
});

export const updateSettingsAction = defineAction({
  name: "scheme.settings",
  permission: "scheme.manage",
  schema: z.strictObject({
    schemeId: id,
    version: id,
    title: text(200),
    bonusCap: points,
    bonusMode: enumOf(["sum", "highest"] as const),
    publicityDays: count.pipe(
      z.number().min(1, { error: "scheme.errors.publicityDays" }).max(60, { error: "scheme.errors.publicityDays" }),
    ),
    ...settingsSlotFields,
  }),
  run: async ({ input, tx }) => {
    const before = await takeDraft(tx, input.schemeId, input.version);
    const settings = {
      title: input.title,
      bonusCap: input.bonusCap,
      bonusMode: input.bonusMode,
      publicityDays: input.publicityDays,
      bonusTiers: parseTiers(input),
      gradeBands: parseBands(input),
    };
    await saveChecked(
      tx,
      input.schemeId,
      () => updateSchemeSettings(tx, input.schemeId, settings),
      (p) => {
        const m = p.path?.match(/^(bands|bonusTiers)\.(\d+)\.(\w+)$/);
        if (m) return `${m[1] === "bands" ? "band" : "tier"}${Number(m[2]) + 1}${m[3] === "min" ? "Min" : "Points"}`;
        if (p.path === "bands") return `band${BAND_SLOTS[0]}Key`;
        if (p.path === "bonusTiers") return `tier${TIER_SLOTS[0]}Key`;
        return p.path === "bonusCap" ? "bonusCap" : undefined;
      },
    );
    return {
      value: null,
      audit: { action: "scheme.settings", objectType: "assessment_scheme", objectId: input.schemeId, ...changedFields(before, settings) },
    };
  },
});

export const updatePointsAction = defineAction({
  name: "scheme.points",
  permission: "scheme.manage",
  schema: pointsInput,
  run: async ({ input, tx }) => {
    const scheme = await takeDraft(tx, input.schemeId, input.version);
    const view = await loadSchemeDef(tx, input.schemeId);
    const cats = new Map<number, number>();
    const items = new Map<number, number>();
    for (const [k, v] of Object.entries(input)) {
      const m = k.match(pointsCell);
      if (!m) continue;
      const rowId = Number(m[2]);
      const known =
        m[1] === "cat" ? view.categories.some((c) => c.id === rowId) : view.items.some((i) => i.id === rowId);
      if (!known) throw new ActionError("errors.notFound", k);
      (m[1] === "cat" ? cats : items).set(rowId, v as number);
    }
    const catId = new Map(view.categories.map((c) => [c.code, c.id]));
    const itemId = new Map(view.items.map((i) => [i.code, i.id]));
    const changed = await saveChecked(
      tx,
      input.schemeId,
      async () => (
        await updateSchemeSettings(tx, input.schemeId, { totalPoints: input.totalPoints }),
        updatePoints(tx, input.schemeId, cats, items)
      ),
      (p) => {
        const m = p.path?.match(/^(categories|items)\.(.+)\.(points|maxPoints)$/);
        if (m) return m[1] === "categories" ? `cat_${catId.get(m[2])}` : `item_${itemId.get(m[2])}`;
        return p.path === "totalPoints" ? "totalPoints" : undefined;
      },
    );
    const before = Object.fromEntries([
      ["totalPoints", scheme.totalPoints],
      ...view.categories.map((c) => [c.code, c.points]),
      ...view.items.map((i) => [i.code, i.maxPoints]),
    ]);
    const after = Object.fromEntries([
      ["totalPoints", input.totalPoints],
      ...view.categories.map((c) => [c.code, cats.get(c.id) ?? c.points]),
      ...view.items.map((i) => [i.code, items.get(i.id) ?? i.maxPoints]),
    ]);
    return {
      value: { changed },
      audit: { action: "scheme.points", objectType: "assessment_scheme", objectId: input.schemeId, ...changedFields(before, after) },
    };
  },
});

const statusInput = z.strictObject({ schemeId: id, version: id });

async function moveStatus(
  tx: AuditedTx,
  viewer: Viewer,
  schemeId: number,
  version: number,
  from: "draft" | "approved",
  to: "draft" | "approved" | "published",
  comment?: string | null,
) {
  const scheme = await getSchemeById(tx, schemeId);
  if (!scheme) throw new ActionError("errors.notFound");
  if (scheme.status !== from) throw new ActionError("assessment.errors.wrongState");
  if (to === "approved" && (await schemeProblems(tx, schemeId)).length)
    throw new ActionError("scheme.errors.hasProblems");
  const row = await updateSchemeStatus(tx, schemeId, version, { from, to, by: viewer.userId, now: now() });
  if (!row) throw new ActionError("errors.conflict");
  const opened = to === "published" ? await createAssessmentsForScheme(tx, schemeId) : undefined;
  const step = to === "approved" ? "approve" : to === "published" ? "publish" : "return";
  return {
    value: { status: to },
    audit: {
      action: `scheme.${step}`,
      objectType: "assessment_scheme",
      objectId: schemeId,
      before: { status: from },
      after: {
        status: to,
        year: scheme.year,
        ...(opened !== undefined ? { assessmentsOpened: opened } : {}),
        ...(comment ? { comment } : {}),
      },
    },
  };
}

export const approveSchemeAction = defineAction({
  name: "scheme.approve",
  permission: "scheme.approve",
  schema: statusInput,
  target: async (db, input) => {
    const scheme = await getSchemeById(db, input.schemeId);
    return scheme ? { year: scheme.year } : undefined;
  },
  run: ({ input, tx, viewer }) => moveStatus(tx, viewer, input.schemeId, input.version, "draft", "approved"),
});

export const publishSchemeAction = defineAction({
  name: "scheme.publish",
  permission: "scheme.manage",
  schema: statusInput,
  run: ({ input, tx, viewer }) => moveStatus(tx, viewer, input.schemeId, input.version, "approved", "published"),
});

export const returnSchemeAction = defineAction({
  name: "scheme.return",
  permission: "scheme.manage",
  schema: z.strictObject({ schemeId: id, version: id, comment: optionalText(500) }),
  run: ({ input, tx, viewer }) =>
    moveStatus(tx, viewer, input.schemeId, input.version, "approved", "draft", input.comment),
});
