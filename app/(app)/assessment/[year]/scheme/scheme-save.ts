// What every scheme edit shares: field rules for codes, keys and optional points, taking the draft (with
// its version) inside the transaction, and turning a problem the save would add into a refusal at the field.
import { z } from "zod";
import type { AuditedTx } from "@/db/audited";
import { checkedChange, getSchemeById, lockDraftScheme } from "@/db/queries/assessment-scheme";
import { ActionError } from "@/server/action";
import type { SchemeProblem } from "@/lib/assessment/scheme-check";
import { nfkc, points } from "@/lib/validation";

const blankToUndefined = (v: unknown) => (v === "" || v == null ? undefined : v);

/** An item, category or veto-rule code: letters, digits, `.`, `-`, `_`; up to 20. */
export const code = z
  .string({ error: "validation.required" })
  .transform(nfkc)
  .pipe(
    z
      .string()
      .min(1, { error: "validation.required" })
      .max(20, { error: "validation.tooLong" })
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, { error: "scheme.errors.code" }),
  );
export const optionalCode = z.preprocess(blankToUndefined, code.optional()).optional();

/** A grade-band or bonus-tier key (referenced by veto rules and awards): lower-case ASCII. */
export const key = z
  .string({ error: "validation.required" })
  .transform(nfkc)
  .pipe(z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, { error: "scheme.errors.key" }));
export const optionalKey = z.preprocess(blankToUndefined, key.optional()).optional();

export const optionalPoints = z.preprocess(blankToUndefined, points.optional()).optional();

/** Takes the draft for this transaction (version bumped); refuses when it is not a draft or is stale. */
export async function takeDraft(tx: AuditedTx, schemeId: number, expectedVersion: number | null) {
  const row = await lockDraftScheme(tx, schemeId, expectedVersion);
  if (row) return row;
  const scheme = await getSchemeById(tx, schemeId);
  if (!scheme) throw new ActionError("errors.notFound");
  if (scheme.status !== "draft") throw new ActionError("scheme.errors.notDraft");
  throw new ActionError("errors.conflict");
}

/** The refusal message of a problem: the same kind as scheme.check.*, worded for "not saved". */
export const refusalKey = (p: SchemeProblem) => p.key.replace("scheme.check.", "scheme.refused.");

/**
 * Runs a change on a taken draft; when it would add a problem the whole transaction is rolled back and the
 * first added problem is reported at the field `fieldOf` names (or for the form when it names none).
 */
export async function saveChecked<T>(
  tx: AuditedTx,
  schemeId: number,
  change: () => Promise<T>,
  fieldOf: (p: SchemeProblem) => string | undefined,
  tolerate?: (p: SchemeProblem) => boolean,
): Promise<T> {
  const r = await checkedChange(tx, schemeId, change, tolerate);
  if (r.added.length) {
    const first = r.added[0];
    throw new ActionError(refusalKey(first), fieldOf(first));
  }
  return r.value;
}

/** Slot fields of a repeated group (rule1Label, rule2Label …) for a strict schema, with exact key types. */
export function slotFields<P extends string, N extends number, S extends Record<string, z.ZodType>>(
  prefix: P,
  slots: readonly N[],
  fields: S,
) {
  const out: Record<string, z.ZodType> = {};
  for (const n of slots) for (const [k, v] of Object.entries(fields)) out[`${prefix}${n}${k}`] = v;
  return out as { [K in keyof S & string as `${P}${N}${K}`]: S[K] };
}

/** The parsed values of one slot, by field suffix. */
export function slot(input: object, prefix: string, n: number): Record<string, unknown> {
  const rec = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(rec))
    if (k.startsWith(`${prefix}${n}`) && !/\d/.test(k[prefix.length + String(n).length] ?? ""))
      out[k.slice(prefix.length + String(n).length)] = rec[k];
  return out;
}

/** A slot is used when any of its fields has a value. */
export const isUsed = (s: Record<string, unknown>) =>
  Object.values(s).some((v) => v !== undefined && v !== null && v !== "" && v !== false);
