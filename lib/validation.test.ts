import { describe, expect, it } from "vitest";
import { z } from "zod";
import { date, fieldErrorsOf, id, text, year } from "./validation";

const schema = z.strictObject({ name: text(10), year, day: date, unitId: id });

function errors(input: unknown) {
  const r = schema.safeParse(input);
  return r.success ? null : fieldErrorsOf(r.error);
}

describe("input rules", () => {
  it("normalises full-width digits and letters (NFKC)", () => {
    const r = schema.parse({ name: " ＡＢ科 ", year: "２０２６", day: "2026-03-31", unitId: "１２" });
    expect(r).toEqual({ name: "AB科", year: 2026, day: "2026-03-31", unitId: 12 });
  });
  it("keeps Chinese punctuation in prose", () => {
    expect(text(50).parse("依法履职，做好监管（每季度）：１次")).toBe("依法履职，做好监管（每季度）：1次");
  });
  it("rejects control characters, over-long text and empty text with message keys", () => {
    expect(errors({ name: "a\u0000b", year: 2026, day: "2026-01-01", unitId: 1 })?.fieldErrors.name).toBe("validation.controlChars");
    expect(errors({ name: "x".repeat(11), year: 2026, day: "2026-01-01", unitId: 1 })?.fieldErrors.name).toBe("validation.tooLong");
    expect(errors({ name: "   ", year: 2026, day: "2026-01-01", unitId: 1 })?.fieldErrors.name).toBe("validation.required");
  });
  it("rejects lone surrogates (half of an emoji, a cut string) with a message, and keeps whole pairs", async () => {
    const { optionalText } = await import("./validation");
    for (const bad of ["a\uD83Db", "\uDE00x", "end\uD800", "\uDC00\uD800"]) {
      expect(errors({ name: bad, year: 2026, day: "2026-01-01", unitId: 1 })?.fieldErrors.name).toBe("validation.brokenText");
      expect(optionalText(50, { multiline: true }).safeParse(bad).error?.issues[0].message).toBe("validation.brokenText");
    }
    expect(text(10).parse("好😀")).toBe("好😀");
  });
  it("rejects impossible dates, NaN ids and years out of range", () => {
    const e = errors({ name: "a", year: "1e309", day: "2026-02-30", unitId: "abc" });
    expect(e?.fieldErrors).toEqual({ year: "validation.invalid", day: "validation.date", unitId: "validation.invalid" });
  });
  it("rejects unknown fields such as status", () => {
    expect(errors({ name: "a", year: 2026, day: "2026-01-01", unitId: 1, status: "approved" })?.formError).toBe("validation.unknownField");
  });
});

describe("ids are decimal digits within int4", () => {
  it("refuses hexadecimal, exponent and fractional forms, and ids over int4", async () => {
    const { id, optionalId, routeId } = await import("./validation");
    for (const bad of ["0x1b", "1e3", "12.0", "-3", "2147483648", "99999999999"]) {
      expect(id.safeParse(bad).success).toBe(false);
      expect(optionalId.safeParse(bad).success).toBe(false);
      expect(routeId.safeParse(bad).success).toBe(false);
    }
    expect(id.parse("１２")).toBe(12);
    expect(id.parse(" 7 ")).toBe(7);
    expect(optionalId.parse("")).toBeNull();
    expect(routeId.parse("2147483647")).toBe(2147483647);
    expect(routeId.safeParse("１２").success).toBe(false);
  });
});
