// Input rules shared by the org admin actions (on top of lib/validation), and small helpers for them.
import { z } from "zod";
import { nfkc, text } from "@/lib/validation";
import { now as clockNow, shanghaiDate, shanghaiYear } from "@/lib/clock";

/** Codes and staff numbers: letters, digits, dot, dash, underscore (full-width forms are folded by NFKC). */
const CODE = /^[A-Za-z0-9._-]+$/;

export const code = (max: number) => text(max).pipe(z.string().regex(CODE, { error: "validation.invalid" }));

export const staffNo = code(32);

/** Optional phone (missing, null or "" → null): digits, spaces, + - ( ) only, so no control characters. */
export const phone = z
  .union([z.string(), z.null()], { error: "validation.invalid" })
  .optional()
  .transform((v) => (v == null ? "" : nfkc(v)))
  .pipe(
    z
      .string()
      .max(30, { error: "validation.tooLong" })
      .regex(/^[0-9+\-() ]*$/, { error: "validation.invalid" }),
  )
  .transform((s) => (s === "" ? null : s));

/** An optional choice from an enum: "" or missing becomes null; anything else must be in the list. */
export const optionalEnumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum([...values, ""] as unknown as readonly [T[number] | "", ...(T[number] | "")[]], { error: "validation.choice" })
    .optional()
    .transform((v) => (v ? (v as T[number]) : null));

/** An integer in [min, max], from a number or a (NFKC) numeric string. */
export const intIn = (min: number, max: number) =>
  z
    .union([z.number(), z.string()], { error: "validation.required" })
    .transform((v) => (typeof v === "string" ? nfkc(v) : v))
    .pipe(z.union([z.number(), z.string().min(1, { error: "validation.required" })]))
    .transform((v) => Number(v))
    .pipe(z.number({ error: "validation.invalid" }).int({ error: "validation.invalid" }).min(min, { error: "validation.invalid" }).max(max, { error: "validation.invalid" }));

/** Version counters for optimistic checks. */
export const version = intIn(1, 2_147_483_647);

/** Today and this year as the bureau sees them. */
export function today(): { date: string; year: number } {
  const now = clockNow();
  return { date: shanghaiDate(now), year: shanghaiYear(now) };
}

/** The fields whose value changed, as a minimal before/after pair for the audit log. */
export function changes<T extends Record<string, unknown>>(before: T, patch: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (v !== undefined && before[k] !== v) {
      b[k] = before[k];
      a[k] = v;
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}
