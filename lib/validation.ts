// Shared input rules: NFKC, no control characters, capped lengths, strict objects. Error messages are
// message keys (messages/*.json → validation.*), shown translated beside the field.
import { z } from "zod";

/** Half of a UTF-16 surrogate pair without its other half: not a character at all. PostgreSQL would store
 * U+FFFD in its place (postgres.js encodes it so), silently changing what the person wrote. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `s` is well-formed Unicode text (no lone surrogates). */
export const isWellFormedText = (s: string) => !LONE_SURROGATE.test(s);

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** For numbers, codes and identifiers: full NFKC (full-width １００ reads as 100). */
export const nfkc = (s: string) => s.normalize("NFKC").trim();

/** For prose: NFC, and full-width ASCII letters and digits folded to ASCII — but Chinese punctuation
 * (，。：（）) is kept as written, which NFKC would turn into ASCII. Lone surrogates pass through unchanged
 * (NFC leaves them), so `text`/`optionalText` refuse them after it with `validation.brokenText`. */
export const normalizeText = (s: string) =>
  s
    .normalize("NFC")
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim();

function textBase(max: number, multiline: boolean) {
  return z
    .string({ error: "validation.required" })
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .max(max, { error: "validation.tooLong" })
        .refine(isWellFormedText, { error: "validation.brokenText", abort: true })
        .refine((s) => !CONTROL.test(s) && (multiline || !/[\r\n\t]/.test(s)), { error: "validation.controlChars" }),
    );
}

type TextOpts = { multiline?: boolean };

/** Required text: NFKC, trimmed, no control characters, at most `max` characters, not empty.
 * With `optional: true`, the same as optionalText. */
export function text(max: number, opts?: TextOpts & { optional?: false }): z.ZodType<string, unknown>;
export function text(max: number, opts: TextOpts & { optional: true }): z.ZodType<string | null, unknown>;
export function text(max: number, opts: TextOpts & { optional?: boolean } = {}): z.ZodType<string | null, unknown> {
  if (opts.optional) return optionalText(max, opts);
  return textBase(max, !!opts.multiline).pipe(z.string().min(1, { error: "validation.required" }));
}

/** Optional text: empty or missing becomes null. */
export function optionalText(max: number, opts: TextOpts = {}) {
  return z
    .union([z.string(), z.null(), z.undefined()])
    .transform((v) => v ?? "")
    .pipe(textBase(max, !!opts.multiline))
    .transform((s) => (s ? s : null));
}

/** A decimal number written as digits only: "0x1b", "1e3", " 12.0" are not ids (Number() would take them). */
const decimalOrNaN = (v: string) => (/^\d{1,10}$/.test(nfkc(v)) ? Number(nfkc(v)) : NaN);

export const id = z
  .union([z.number(), z.string()], { error: "validation.required" })
  .transform((v) => (typeof v === "string" ? decimalOrNaN(v) : v))
  .pipe(z.number({ error: "validation.invalid" }).int({ error: "validation.invalid" }).positive({ error: "validation.required" }).max(2_147_483_647, { error: "validation.invalid" }));

export const optionalId = z
  .union([z.number(), z.string(), z.null(), z.undefined()])
  .transform((v) => (v === "" || v == null ? null : typeof v === "string" ? decimalOrNaN(v) : v))
  .pipe(z.number({ error: "validation.invalid" }).int({ error: "validation.invalid" }).positive({ error: "validation.invalid" }).max(2_147_483_647, { error: "validation.invalid" }).nullable());

/** An id in a URL path: ASCII digits only, within int4. */
export const routeId = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().positive().max(2_147_483_647));

export const year = z
  .union([z.number(), z.string()], { error: "validation.required" })
  .transform((v) => (typeof v === "string" ? Number(nfkc(v)) : v))
  .pipe(z.number({ error: "validation.invalid" }).int({ error: "validation.invalid" }).min(2000, { error: "validation.yearRange" }).max(2100, { error: "validation.yearRange" }));

function validDate(s: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const date = z
  .string({ error: "validation.required" })
  .transform(nfkc)
  .pipe(z.string().min(1, { error: "validation.required" }).refine(validDate, { error: "validation.date" }));

export const optionalDate = z
  .union([z.string(), z.null(), z.undefined()])
  .transform((v) => (v == null ? "" : nfkc(v)))
  .pipe(z.string().refine((s) => s === "" || validDate(s), { error: "validation.date" }))
  .transform((s) => (s === "" ? null : s));

export const bool = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: "validation.choice" });

export type FieldErrors = Record<string, string>;

/** Flattens zod issues to one message key per field; unknown fields become a form error. */
export function fieldErrorsOf(error: z.ZodError): { fieldErrors: FieldErrors; formError?: string } {
  const fieldErrors: FieldErrors = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      formError = "validation.unknownField";
      continue;
    }
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    // Our schemas give message keys (validation.*, or a feature's own); zod's own English texts are replaced.
    const msg = /^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/.test(issue.message) ? issue.message : "validation.invalid";
    if (key === "_form") formError ??= msg;
    else fieldErrors[key] ??= msg;
  }
  return { fieldErrors, formError };
}

const numberString = (pattern: RegExp, error: string) =>
  z
    .union([z.string(), z.number()], { error: "validation.required" })
    .transform((v) => (typeof v === "number" ? String(v) : nfkc(v)))
    .pipe(z.string().min(1, { error: "validation.required" }).regex(pattern, { error }))
    .transform(Number);

/** A score or points value: full-width digits read as ASCII; 0 to 9999.9 with at most one decimal.
 * Negative numbers, 1e309, NaN and Infinity do not match and are refused with a message. Whether it is
 * within the item's maximum is checked against the scheme in the action. */
export const points = numberString(/^\d{1,4}(\.\d)?$/, "validation.score");
/** A whole count of occurrences, 0 to 9999. */
export const count = numberString(/^\d{1,4}$/, "validation.count");
/** An indicator value: 0 to 9,999,999,999.99. */
export const amount = numberString(/^\d{1,10}(\.\d{1,2})?$/, "validation.amount");
