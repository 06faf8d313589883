import { describe, expect, it } from "vitest";
import { parseRecordFilter } from "./params";

describe("parseRecordFilter", () => {
  it("reads the filters and the page", () => {
    const r = parseRecordFilter({ kind: "inspection", unit: "12", year: "2026", person: "钱卫东", page: "3" });
    expect(r.filter).toEqual({ kind: "inspection", unitId: 12, year: 2026, person: "钱卫东", page: 3, pageSize: 30 });
    expect(r.invalid).toEqual([]);
  });
  it("drops and reports bad fields instead of failing", () => {
    const r = parseRecordFilter({ kind: "party", unit: "x1", year: "99999", page: "-2" });
    expect(r.filter).toEqual({ kind: undefined, unitId: undefined, year: undefined, person: undefined, page: 1, pageSize: 30 });
    expect(r.invalid.sort()).toEqual(["kind", "unit", "year"]);
  });
});
