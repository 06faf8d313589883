// The numeric inputs of the scoring forms (lib/validation.ts): what a person may type and what is refused.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { amount, count, fieldErrorsOf, points } from "@/lib/validation";

function check(schema: z.ZodType, value: unknown) {
  const r = z.strictObject({ v: schema }).safeParse({ v: value });
  return r.success
    ? { ok: true as const, value: (r.data as { v: unknown }).v }
    : { ok: false as const, error: fieldErrorsOf(r.error).fieldErrors.v };
}
const ok = (value: unknown) => ({ ok: true, value });
const refused = (error: string) => ({ ok: false, error });

// Hostile or mistaken input every numeric field refuses, with its own message.
const HOSTILE = ["-1", "1e309", "NaN", "Infinity", "-Infinity", "0x10", "1,5", "8分", "<script>", "1 000"];

describe("points (a score)", () => {
  it("reads full-width digits (NFKC) and trims spaces", () => {
    expect(check(points, "１００")).toEqual(ok(100));
    expect(check(points, "７．５")).toEqual(ok(7.5));
    expect(check(points, "  8 ")).toEqual(ok(8));
    expect(check(points, "\u30008\u3000")).toEqual(ok(8));
  });
  it("accepts one decimal and numbers typed as numbers", () => {
    expect(check(points, "7.5")).toEqual(ok(7.5));
    expect(check(points, "0")).toEqual(ok(0));
    expect(check(points, "9999.9")).toEqual(ok(9999.9));
    expect(check(points, 8)).toEqual(ok(8));
    expect(check(points, 7.5)).toEqual(ok(7.5));
  });
  it("refuses two decimals, out-of-range and non-numbers", () => {
    expect(check(points, "7.55")).toEqual(refused("validation.score"));
    expect(check(points, "10000")).toEqual(refused("validation.score"));
    expect(check(points, ".5")).toEqual(refused("validation.score"));
    expect(check(points, "5.")).toEqual(refused("validation.score"));
    for (const v of HOSTILE) expect(check(points, v), v).toEqual(refused("validation.score"));
  });
  it("refuses numbers that are not plain scores even when typed as numbers", () => {
    expect(check(points, -1)).toEqual(refused("validation.score"));
    // NaN and Infinity are not numbers to zod at all: refused before the pattern, as a missing value
    // (a form only ever sends strings, and the strings "NaN" and "Infinity" get validation.score above).
    expect(check(points, Number.NaN)).toEqual(refused("validation.required"));
    expect(check(points, Number.POSITIVE_INFINITY)).toEqual(refused("validation.required"));
    expect(check(points, 7.55)).toEqual(refused("validation.score"));
    expect(check(points, 1e21)).toEqual(refused("validation.score"));
  });
  it("requires a value", () => {
    expect(check(points, "")).toEqual(refused("validation.required"));
    expect(check(points, "   ")).toEqual(refused("validation.required"));
    expect(check(points, undefined)).toEqual(refused("validation.required"));
    expect(check(points, null)).toEqual(refused("validation.required"));
  });
});

describe("count (occurrences)", () => {
  it("accepts whole numbers 0..9999, full-width and padded", () => {
    expect(check(count, "３")).toEqual(ok(3));
    expect(check(count, " 0 ")).toEqual(ok(0));
    expect(check(count, "9999")).toEqual(ok(9999));
    expect(check(count, 8)).toEqual(ok(8));
  });
  it("refuses fractions, negatives, too large and non-numbers", () => {
    for (const v of ["1.5", "10000", 2.5, -1, ...HOSTILE])
      expect(check(count, v), String(v)).toEqual(refused("validation.count"));
  });
  it("requires a value", () => {
    expect(check(count, "")).toEqual(refused("validation.required"));
  });
});

describe("amount (an indicator value)", () => {
  it("accepts up to two decimals, full-width and padded", () => {
    expect(check(amount, "９８．５")).toEqual(ok(98.5));
    expect(check(amount, "97.25")).toEqual(ok(97.25));
    expect(check(amount, " 100 ")).toEqual(ok(100));
    expect(check(amount, 95)).toEqual(ok(95));
    expect(check(amount, "9999999999.99")).toEqual(ok(9999999999.99));
  });
  it("refuses three decimals, negatives, too large and non-numbers", () => {
    for (const v of ["7.555", "99999999999", -0.5, ...HOSTILE])
      expect(check(amount, v), String(v)).toEqual(refused("validation.amount"));
  });
  it("requires a value", () => {
    expect(check(amount, "")).toEqual(refused("validation.required"));
  });
});
