// The settings form's repeated rows: bonus tiers (key, label, points) and grade bands (key, label, lower
// bound, inclusive), posted as tier1Key … band6Inclusive and read back into the scheme's JSON.
import { ActionError } from "@/server/action";
import { bool, optionalText } from "@/lib/validation";
import type { BonusTierJson, GradeBandJson } from "@/db/schema";
import { isUsed, optionalKey, optionalPoints, slot, slotFields } from "./scheme-save";

export const TIER_SLOTS = [1, 2, 3, 4, 5] as const;
export const BAND_SLOTS = [1, 2, 3, 4, 5, 6] as const;

export const settingsSlotFields = {
  ...slotFields("tier", TIER_SLOTS, { Key: optionalKey, Label: optionalText(40).optional(), Points: optionalPoints }),
  ...slotFields("band", BAND_SLOTS, {
    Key: optionalKey,
    Label: optionalText(40).optional(),
    Min: optionalPoints,
    Inclusive: bool,
  }),
};

function required(s: Record<string, unknown>, field: string, name: string) {
  if (s[field] === undefined || s[field] === null || s[field] === "")
    throw new ActionError("validation.required", name);
  return s[field];
}

/** Filled tier rows, in order; a row with some but not all of its fields is refused at the empty one. */
export function parseTiers(input: object): BonusTierJson[] {
  return TIER_SLOTS.flatMap((n) => {
    const s = slot(input, "tier", n);
    if (!isUsed(s)) return [];
    return [
      {
        key: required(s, "Key", `tier${n}Key`) as string,
        label: required(s, "Label", `tier${n}Label`) as string,
        points: required(s, "Points", `tier${n}Points`) as number,
      },
    ];
  });
}

/** Filled band rows, best first. The inclusive box alone does not make a row. */
export function parseBands(input: object): GradeBandJson[] {
  return BAND_SLOTS.flatMap((n) => {
    const s = slot(input, "band", n);
    const { Inclusive, ...rest } = s;
    if (!isUsed(rest)) return [];
    return [
      {
        key: required(s, "Key", `band${n}Key`) as string,
        label: required(s, "Label", `band${n}Label`) as string,
        min: required(s, "Min", `band${n}Min`) as number,
        inclusive: Inclusive === true,
      },
    ];
  });
}
