// The item form's fields, including up to three deduction rules posted as rule1Label … rule3Indicator, and
// how they become the item's rules (keys kept per slot, so occurrences recorded against a rule still match).
import { z } from "zod";
import type { DeductionRuleJson } from "@/db/schema";
import { ActionError } from "@/server/action";
import { enumOf, id, optionalText, points, text } from "@/lib/validation";
import { code, isUsed, optionalCode, optionalPoints, slot, slotFields } from "./scheme-save";

export const RULE_SLOTS = [1, 2, 3] as const;
export const RULE_KINDS = ["per_occurrence", "per_percent_shortfall"] as const;

export const itemFields = {
  categoryId: id,
  code,
  content: text(1000, { multiline: true }),
  maxPoints: points,
  scoringRule: text(2000, { multiline: true }),
  ...slotFields("rule", RULE_SLOTS, {
    Label: optionalText(60).optional(),
    Kind: z.preprocess((v) => (v === "" || v == null ? undefined : v), enumOf(RULE_KINDS).optional()).optional(),
    Points: optionalPoints,
    Indicator: optionalCode,
  }),
};

/** The form field of a rule's property (index from 0, as in scheme-check paths). */
export const ruleField = (index: number, prop: string) =>
  `rule${index + 1}${prop === "key" ? "Label" : prop.charAt(0).toUpperCase() + prop.slice(1)}`;

/** The filled rule slots; rules beyond the form's three (if any were stored) are kept as they are. */
export function rulesFrom(input: object, existing: DeductionRuleJson[]): DeductionRuleJson[] {
  const used = new Set(existing.map((r) => r.key));
  const freshKey = () => {
    let n = 1;
    while (used.has(`r${n}`)) n++;
    used.add(`r${n}`);
    return `r${n}`;
  };
  const rules = RULE_SLOTS.flatMap((n) => {
    const s = slot(input, "rule", n);
    if (!isUsed(s)) return [];
    for (const f of ["Label", "Kind", "Points"])
      if (s[f] === undefined || s[f] === null) throw new ActionError("validation.required", `rule${n}${f}`);
    const kind = s.Kind as DeductionRuleJson["kind"];
    const rule: DeductionRuleJson = {
      key: existing[n - 1]?.key ?? freshKey(),
      label: s.Label as string,
      kind,
      points: s.Points as number,
    };
    return [
      kind === "per_percent_shortfall" ? { ...rule, indicator: (s.Indicator as string | undefined) ?? "" } : rule,
    ];
  });
  return [...rules, ...existing.slice(RULE_SLOTS.length)];
}
