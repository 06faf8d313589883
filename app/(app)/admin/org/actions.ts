"use server";
// Create a unit in the org tree (system administrator only).
import { z } from "zod";
import { unitGroup, unitKind } from "@/db/schema";
import { createUnit, getUnit, getUnitByCode } from "@/db/queries/org";
import { ActionError, defineAction } from "@/server/action";
import { enumOf, optionalId, text } from "@/lib/validation";
import { code, optionalEnumOf } from "./fields";

export const createUnitAction = defineAction({
  name: "org.unit.create",
  permission: "org.manage",
  schema: z.strictObject({
    name: text(100),
    code: code(32),
    kind: enumOf(unitKind.enumValues),
    group: optionalEnumOf(unitGroup.enumValues),
    parentId: optionalId,
  }),
  async run({ input, tx }) {
    // Only a bureau may stand at the top of a tree; everything else hangs under an active unit.
    if (input.parentId == null && input.kind !== "bureau") throw new ActionError("validation.required", "parentId");
    if (input.parentId != null) {
      const parent = await getUnit(tx, input.parentId);
      if (!parent) throw new ActionError("errors.reference", "parentId");
      if (!parent.isActive) throw new ActionError("org.errors.parentInactive", "parentId");
    }
    if (await getUnitByCode(tx, input.code)) throw new ActionError("errors.duplicate", "code");
    const unit = await createUnit(tx, input);
    return {
      value: { id: unit.id },
      audit: {
        action: "org.unit.create",
        objectType: "unit",
        objectId: unit.id,
        after: { name: unit.name, code: unit.code, kind: unit.kind, group: unit.group, parentId: unit.parentId },
      },
    };
  },
});
