import { describe, expect, it } from "vitest";
import { parseYearParam, pickerYears, workingYearOf } from "./working-year";

describe("workingYearOf", () => {
  it("is the calendar year once it is prepared", () => expect(workingYearOf([2025, 2026, 2027], 2027)).toBe(2027));
  it("stays on last year until the rollover prepares the new one", () => expect(workingYearOf([2025, 2026], 2027)).toBe(2026));
  it("ignores a next year prepared in December", () => expect(workingYearOf([2026, 2027], 2026)).toBe(2026));
  it("is the calendar year on a new installation", () => expect(workingYearOf([], 2031)).toBe(2031));
  it("takes an old prepared year when several years were skipped", () => expect(workingYearOf([2024], 2031)).toBe(2024));
});

describe("pickerYears and parseYearParam", () => {
  it("offers the years with data, the working year and the next, newest first", () =>
    expect(pickerYears([2025, 2026], 2026)).toEqual([2027, 2026, 2025]));
  it("falls back to the working year on junk", () => {
    expect(parseYearParam("abc", 2026)).toBe(2026);
    expect(parseYearParam("1999", 2026)).toBe(2026);
    expect(parseYearParam("2101", 2026)).toBe(2026);
    expect(parseYearParam("", 2026)).toBe(2026);
    expect(parseYearParam(undefined, 2026)).toBe(2026);
    expect(parseYearParam("2025", 2026)).toBe(2025);
  });
  it("reads a year as every query value is read: the first of a repeated one, full-width digits forgiven", () => {
    expect(parseYearParam(["2025", "2027"], 2026)).toBe(2025);
    expect(parseYearParam("２０２５", 2026)).toBe(2025);
  });
});
