import { describe, expect, it } from "vitest";
import { parseTraceParams } from "./params";

describe("parseTraceParams", () => {
  it("reads a date, a unit and an item key", () => {
    expect(parseTraceParams({ date: "2025-08-14", unit: "14", item: "3f2a-9c" })).toEqual({
      accidentId: null,
      date: "2025-08-14",
      unitId: 14,
      itemKey: "3f2a-9c",
      invalid: [],
    });
  });
  it("drops malformed fields and says which", () => {
    const r = parseTraceParams({ date: "2025-13-45", unit: "1 or 1=1", item: "<script>", accident: "-3" });
    expect([r.date, r.unitId, r.itemKey, r.accidentId]).toEqual([null, null, null, null]);
    expect(r.invalid.sort()).toEqual(["accident", "date", "item", "unit"]);
  });
});
