// The one reading of URL parameters for pages: field helpers for path segments and query values, and the
// reader that gives each query field its value or, when it is malformed, its default. Path segments are
// written by the application's own links, so they are read exactly (ASCII digits, no spaces); query values
// also come from forms people type into, so they are read like form fields (full-width digits and spaces
// around the value are forgiven, as lib/validation does). server/page-params.ts turns a bad path segment
// into a 404.
import { z } from "zod";
import { nfkc, optionalDate, routeId, text } from "@/lib/validation";
import { YEAR_MAX, YEAR_MIN } from "@/lib/years/bounds";

export type RawParam = string | string[] | undefined;
export type RawParams = Record<string, RawParam>;

/** A query parameter's value: the first when it is repeated (as URLSearchParams.get reads it); empty is absent. */
export function firstValue(v: RawParam): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s === "" ? undefined : s;
}

const year = z
  .string()
  .regex(/^[0-9]{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(YEAR_MIN).max(YEAR_MAX));

/** Path segments: `[id]` and `[year]`. Anything else than the exact digits is a 404. */
export const pathParam = {
  /** A database id: ASCII digits, 1 to 2,147,483,647 (PostgreSQL's int4); leading zeros are read as written. */
  id: routeId,
  /** A year the application works with (lib/years/bounds). */
  year,
};

/** Characters a search term has no use for (C0 and C1 controls, zero-widths, direction overrides). */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** A query value read like a form field: NFKC (full-width １２ is 12) and trimmed. */
const typed = <T>(schema: z.ZodType<T, string>) => z.string().transform(nfkc).pipe(schema);

/** Query fields. Each is optional (absent or empty is `undefined`); give one a default with `.default(v)`.
 * A malformed value is the field's default too, and readSearchParams reports it. */
export const queryParam = {
  id: typed(routeId).optional(),
  year: typed(year).optional(),
  /** A list page: up to six digits (as the pagers have always read it), and 1 for anything else; never
   * reported, since the pager's own links write it. */
  page: z
    .string()
    .optional()
    .transform((v) => {
      const s = v === undefined ? "" : nfkc(v);
      return /^[0-9]{1,6}$/.test(s) ? Math.max(1, Number(s)) : 1;
    }),
  /** A version number of a document, up to six digits: the duty list diff's `from` and `to`. */
  version: typed(
    z
      .string()
      .regex(/^[0-9]{1,6}$/)
      .transform(Number)
      .pipe(z.number().int().min(1)),
  ).optional(),
  /** One of a fixed set of values, exactly as written (they are codes the page's own controls send). */
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional(),
  /** A checkbox-like switch: on only as `1`; anything else is off. */
  flag: z
    .string()
    .optional()
    .transform((v) => v === "1"),
  /** Free text to search for: NFKC, control characters dropped, trimmed, cut to `max` characters; never
   * refused; empty is absent. */
  q: (max: number) =>
    z
      .string()
      .optional()
      .transform(
        (v) =>
          nfkc(v ?? "")
            .replace(CONTROL, "")
            .trim()
            .slice(0, max) || undefined,
      ),
  /** Text to filter by, read like a form's text field (lib/validation text): longer than `max` or with
   * control characters it is refused (and reported); empty is absent. */
  text: (max: number) => text(max, { optional: true }).transform((s) => s ?? undefined),
  /** A calendar date, YYYY-MM-DD (lib/validation date). */
  date: optionalDate.transform((s) => s ?? undefined),
  /** A duty item's stable key (letters, digits and hyphens, at most 64), trimmed; blank is absent. */
  itemKey: z
    .string()
    .optional()
    .transform((s) => s?.trim() || undefined)
    .pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9-]{1,64}$/)
        .optional(),
    ),
};

/** The fields a page reads, by parameter name. */
export type ParamShape = Record<string, z.ZodType>;
export type ParamValues<S extends ParamShape> = { [K in keyof S]: z.output<S[K]> };

/** The path segments as the fields of `shape` read them (other segments are left alone), or null when one
 * of them is malformed. */
export function readPathParams<S extends ParamShape>(shape: S, raw: RawParams): ParamValues<S> | null {
  const read = z.object(shape).safeParse(raw);
  return read.success ? (read.data as ParamValues<S>) : null;
}

export type SearchParamsRead<S extends ParamShape> = {
  values: ParamValues<S>;
  /** The fields whose value was malformed and so replaced by the default, in the order of the shape. */
  invalid: (keyof S & string)[];
};

/**
 * Reads each field of `shape` from the query on its own: one bad field never spoils the others. A field
 * whose value is malformed gets what it gives for an absent value (its default), and is named in `invalid`
 * so a page can say which of the filters it ignored. A blank value is malformed for a number, and absent
 * for text, a date or a key.
 */
export function readSearchParams<S extends ParamShape>(shape: S, raw: RawParams): SearchParamsRead<S> {
  const values: Record<string, unknown> = {};
  const invalid: (keyof S & string)[] = [];
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const field = shape[key];
    const read = field.safeParse(firstValue(raw[key]));
    if (read.success) {
      values[key] = read.data;
      continue;
    }
    const fallback = field.safeParse(undefined);
    // A programming error, not a visitor's: every query field is optional or has a default.
    if (!fallback.success) throw new Error(`The query field "${key}" has no default: make it optional or give it one.`);
    values[key] = fallback.data;
    invalid.push(key);
  }
  return { values: values as ParamValues<S>, invalid };
}
