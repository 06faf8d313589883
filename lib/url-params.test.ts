import { describe, expect, it } from "vitest";
import { firstValue, pathParam, queryParam, readPathParams, readSearchParams } from "./url-params";
import { YEAR_MAX, YEAR_MIN } from "./years/bounds";

const path = (id: string) => readPathParams({ id: pathParam.id }, { id })?.id ?? null;
const pathYear = (year: string) => readPathParams({ year: pathParam.year }, { year })?.year ?? null;
const query = <T>(field: Parameters<typeof readSearchParams>[0][string], raw: string | string[] | undefined) => {
  const r = readSearchParams({ f: field }, { f: raw });
  return { value: r.values.f as T, invalid: r.invalid.length > 0 };
};

describe("path ids", () => {
  it("reads decimal ids within int4, leading zeros as written", () => {
    expect(path("1")).toBe(1);
    expect(path("007")).toBe(7);
    expect(path("2147483647")).toBe(2_147_483_647);
  });
  it("refuses what is not exactly the digits of a possible id", () => {
    for (const bad of ["0", "-1", "2147483648", "99999999999", "1e3", " 1", "1 ", "１２", "0x1b", "1.0", "12abc", ""]) {
      expect(path(bad), bad).toBeNull();
    }
  });
  it("refuses a repeated segment and a missing one", () => {
    expect(readPathParams({ id: pathParam.id }, { id: ["1", "2"] })).toBeNull();
    expect(readPathParams({ id: pathParam.id }, {})).toBeNull();
  });
  it("reads several segments and leaves the others alone", () => {
    expect(
      readPathParams({ year: pathParam.year, unitId: pathParam.id }, { year: "2026", unitId: "14", other: "x" }),
    ).toEqual({ year: 2026, unitId: 14 });
    expect(readPathParams({ year: pathParam.year, unitId: pathParam.id }, { year: "2026", unitId: "x" })).toBeNull();
  });
});

describe("path years", () => {
  it("takes four digits within the application's years", () => {
    expect(pathYear(String(YEAR_MIN))).toBe(YEAR_MIN);
    expect(pathYear("2026")).toBe(2026);
    expect(pathYear(String(YEAR_MAX))).toBe(YEAR_MAX);
  });
  it("refuses years outside them and anything else", () => {
    for (const bad of [
      String(YEAR_MIN - 1),
      String(YEAR_MAX + 1),
      "0000",
      "9999",
      "202",
      "02026",
      "２０２６",
      " 2026",
      "2026.0",
      "2e3",
    ]) {
      expect(pathYear(bad), bad).toBeNull();
    }
  });
});

describe("firstValue", () => {
  it("reads the first of a repeated parameter, and empty as absent", () => {
    expect(firstValue(["3", "4"])).toBe("3");
    expect(firstValue("3")).toBe("3");
    expect(firstValue("")).toBeUndefined();
    expect(firstValue([])).toBeUndefined();
    expect(firstValue(undefined)).toBeUndefined();
  });
});

describe("query ids", () => {
  it("reads ids as a form field does: full-width digits and surrounding spaces forgiven", () => {
    expect(query(queryParam.id, "12")).toEqual({ value: 12, invalid: false });
    expect(query(queryParam.id, "１２")).toEqual({ value: 12, invalid: false });
    expect(query(queryParam.id, " 1")).toEqual({ value: 1, invalid: false });
    expect(query(queryParam.id, "007")).toEqual({ value: 7, invalid: false });
    expect(query(queryParam.id, ["5", "6"])).toEqual({ value: 5, invalid: false });
  });
  it("treats absent and empty as absent, not as invalid", () => {
    expect(query(queryParam.id, undefined)).toEqual({ value: undefined, invalid: false });
    expect(query(queryParam.id, "")).toEqual({ value: undefined, invalid: false });
  });
  it("drops and reports what is not an id", () => {
    for (const bad of ["0", "-3", "1e3", "99999999999", "2147483648", "1 or 1=1", "0x1b", "1.5", " "]) {
      expect(query(queryParam.id, bad), bad).toEqual({ value: undefined, invalid: true });
    }
  });
  it("falls back to a default when given one", () => {
    expect(query(queryParam.id.default(9), "x")).toEqual({ value: 9, invalid: true });
    expect(query(queryParam.id.default(9), undefined)).toEqual({ value: 9, invalid: false });
  });
});

describe("query years", () => {
  it("reads a year within the bounds, else the default", () => {
    expect(query(queryParam.year, "2026")).toEqual({ value: 2026, invalid: false });
    expect(query(queryParam.year, "２０２６")).toEqual({ value: 2026, invalid: false });
    expect(query(queryParam.year.default(2026), "1999")).toEqual({ value: 2026, invalid: true });
    for (const bad of ["99999", "2101", "1e3", "2026.0", "-2026", "abc"]) {
      expect(query(queryParam.year, bad), bad).toEqual({ value: undefined, invalid: true });
    }
  });
});

describe("query pages", () => {
  it("reads a page number, and page 1 for anything else without reporting it", () => {
    expect(query(queryParam.page, "3")).toEqual({ value: 3, invalid: false });
    expect(query(queryParam.page, "000003")).toEqual({ value: 3, invalid: false });
    expect(query(queryParam.page, "999999")).toEqual({ value: 999_999, invalid: false });
    expect(query(queryParam.page, "１２")).toEqual({ value: 12, invalid: false });
    expect(query(queryParam.page, ["4", "5"])).toEqual({ value: 4, invalid: false });
    for (const bad of [undefined, "", "0", "-2", "1234567", "99999999999", "1e3", "x", "2.5"]) {
      expect(query(queryParam.page, bad), String(bad)).toEqual({ value: 1, invalid: false });
    }
  });
});

describe("query versions", () => {
  it("reads a positive version of at most six digits", () => {
    expect(query(queryParam.version, "2")).toEqual({ value: 2, invalid: false });
    expect(query(queryParam.version, "0")).toEqual({ value: undefined, invalid: true });
    expect(query(queryParam.version, "1234567")).toEqual({ value: undefined, invalid: true });
  });
});

describe("enum filters, switches, text and keys", () => {
  const status = queryParam.oneOf(["open", "closed"] as const);
  it("takes one of the values exactly as written", () => {
    expect(query(status, "open")).toEqual({ value: "open", invalid: false });
    expect(query(status, "OPEN")).toEqual({ value: undefined, invalid: true });
    expect(query(status, " open")).toEqual({ value: undefined, invalid: true });
    expect(query(status.default("closed"), "x")).toEqual({ value: "closed", invalid: true });
  });
  it("switches on only with 1", () => {
    expect(query(queryParam.flag, "1")).toEqual({ value: true, invalid: false });
    expect(query(queryParam.flag, "true")).toEqual({ value: false, invalid: false });
    expect(query(queryParam.flag, undefined)).toEqual({ value: false, invalid: false });
  });
  it("cuts free text to its cap, normalised, and never refuses it", () => {
    expect(query(queryParam.q(64), "  ＡＢＣ  ")).toEqual({ value: "ABC", invalid: false });
    expect(query(queryParam.q(4), "abcdefgh")).toEqual({ value: "abcd", invalid: false });
    expect(query(queryParam.q(64), "   ")).toEqual({ value: undefined, invalid: false });
    expect(query(queryParam.q(64), "a\u0000b\u202Ec\u200B")).toEqual({ value: "abc", invalid: false });
  });
  it("reads an item key trimmed, and drops anything else", () => {
    expect(query(queryParam.itemKey, " 3f2a-9c ")).toEqual({ value: "3f2a-9c", invalid: false });
    expect(query(queryParam.itemKey, "<script>")).toEqual({ value: undefined, invalid: true });
    expect(query(queryParam.itemKey, "a".repeat(65))).toEqual({ value: undefined, invalid: true });
  });
});

describe("readSearchParams", () => {
  it("reads each field on its own and names the bad ones in the order of the shape", () => {
    const r = readSearchParams(
      {
        kind: queryParam.oneOf(["a", "b"] as const),
        unit: queryParam.id,
        year: queryParam.year.default(2026),
        page: queryParam.page,
      },
      { kind: "c", unit: "4", year: "１９９９", page: "x", other: "ignored" },
    );
    expect(r.values).toEqual({ kind: undefined, unit: 4, year: 2026, page: 1 });
    expect(r.invalid).toEqual(["kind", "year"]);
  });
  it("refuses, as a programming error, a field with no default", () => {
    expect(() => readSearchParams({ id: pathParam.id }, { id: "x" })).toThrow(/no default/);
  });
});
