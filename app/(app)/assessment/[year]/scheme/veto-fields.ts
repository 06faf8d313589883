// The veto-rule form: effect and grade, the consequences it carries, and the unit groups and kinds it
// applies to (none ticked: every assessed unit), posted as one checkbox each.
import { z } from "zod";
import { bool, enumOf, text } from "@/lib/validation";
import { code, optionalKey } from "./scheme-save";

export const VETO_EFFECTS = ["force_grade", "zero_score", "cap_grade"] as const;
export const CONSEQUENCES = ["lose_honours", "no_excellent", "rectification"] as const;
export const UNIT_GROUPS = ["general", "regulatory", "technical", "field"] as const;
export const ASSESSED_UNIT_KINDS = ["section", "affiliated", "branch"] as const;

const boxes = <P extends string, K extends string>(prefix: P, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [`${prefix}_${k}`, bool])) as { [X in `${P}_${K}`]: typeof bool };

export const vetoFields = {
  code,
  name: text(100),
  basis: text(1000, { multiline: true }),
  effect: enumOf(VETO_EFFECTS),
  effectGrade: optionalKey,
  ...boxes("consequence", CONSEQUENCES),
  ...boxes("group", UNIT_GROUPS),
  ...boxes("kind", ASSESSED_UNIT_KINDS),
};

type VetoInput = z.output<z.ZodObject<typeof vetoFields>>;

export function vetoFrom(input: VetoInput) {
  const ticked = <K extends string>(prefix: string, keys: readonly K[]) =>
    keys.filter((k) => (input as Record<string, unknown>)[`${prefix}_${k}`] === true);
  return {
    code: input.code,
    name: input.name,
    basis: input.basis,
    effect: input.effect,
    effectGrade: input.effectGrade ?? null,
    consequences: ticked("consequence", CONSEQUENCES),
    appliesTo: { groups: ticked("group", UNIT_GROUPS), kinds: ticked("kind", ASSESSED_UNIT_KINDS) },
  };
}
