"use server";
// Control indicators (控制指标): the office sets each unit's target and actual (version-checked, until the
// year is locked) and, while the scheme is a draft, adds indicators that deduction rules can read.
import { z } from "zod";
import {
  createIndicator,
  getIndicator,
  getIndicatorValue,
  isAssessedUnit,
  upsertIndicatorValue,
} from "@/db/queries/assessment-indicators";
import { ActionError, defineAction } from "@/server/action";
import { amount, enumOf, id, text } from "@/lib/validation";
import { code, takeDraft } from "../scheme/scheme-save";

const optionalAmount = z.preprocess((v) => (v === "" || v == null ? undefined : v), amount.optional()).optional();
const optionalVersion = z.preprocess((v) => (v === "" || v == null ? undefined : v), id.optional()).optional();

export const setIndicatorValueAction = defineAction({
  name: "indicator.value.set",
  permission: "indicator.manage",
  schema: z.strictObject({
    indicatorId: id,
    unitId: id,
    target: amount,
    actual: optionalAmount,
    version: optionalVersion,
  }),
  run: async ({ input, tx, viewer }) => {
    const ind = await getIndicator(tx, input.indicatorId);
    if (!ind) throw new ActionError("errors.notFound");
    if (ind.schemeStatus === "locked") throw new ActionError("errors.immutable");
    if (!(await isAssessedUnit(tx, input.unitId))) throw new ActionError("errors.notFound");
    const current = await getIndicatorValue(tx, input.indicatorId, input.unitId);
    // A form opened before someone else saved this cell carries no or an older version: refuse, showing theirs.
    if (current && current.version !== input.version) throw new ActionError("indicators.errors.stale", "target");
    const row = await upsertIndicatorValue(tx, {
      indicatorId: input.indicatorId,
      unitId: input.unitId,
      target: input.target,
      actual: input.actual ?? null,
      version: current ? current.version : null,
      userId: viewer.userId,
    });
    if (!row) throw new ActionError("indicators.errors.stale", "target");
    return {
      value: { version: row.version },
      audit: {
        action: "indicator.value.set",
        objectType: "indicator_value",
        objectId: row.id,
        before: current ? { target: current.target, actual: current.actual } : undefined,
        after: { indicator: ind.indicator.code, unitId: input.unitId, target: row.target, actual: row.actual },
      },
    };
  },
});

export const createIndicatorAction = defineAction({
  name: "indicator.create",
  permission: "indicator.manage",
  schema: z.strictObject({
    schemeId: id,
    code,
    name: text(100),
    measure: text(40),
    direction: enumOf(["higher_better", "lower_better"] as const),
  }),
  run: async ({ input, tx }) => {
    await takeDraft(tx, input.schemeId, null);
    const row = await createIndicator(tx, input);
    if (!row) throw new ActionError("scheme.errors.codeTaken", "code");
    return {
      value: { id: row.id },
      audit: { action: "indicator.create", objectType: "indicator", objectId: row.id, after: input },
    };
  },
});
