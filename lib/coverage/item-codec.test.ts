import { describe, expect, it } from "vitest";
import { DUTY_CATEGORIES } from "@/lib/duties/categories";
import { decodeItems, encodeItems } from "./item-codec";
import type { CoverageItem } from "./types";

const items: CoverageItem[] = [
  {
    listId: 7,
    itemKey: "3f2c-b",
    kind: "business",
    category: "hazard",
    pairedKey: null,
    supervisedUnitId: null,
    hasScope: true,
    hasStandard: false,
  },
  {
    listId: 7,
    itemKey: "键-s",
    kind: "safety",
    category: "internal",
    pairedKey: "3f2c-b",
    supervisedUnitId: 12,
    hasScope: false,
    hasStandard: true,
  },
];

describe("item wire format", () => {
  it("round-trips, with empty key and 0 as null", () => {
    expect(decodeItems(encodeItems(items))).toEqual(items);
  });
  it("reads nothing from a year without items", () => {
    expect(decodeItems(null)).toEqual([]);
    expect(decodeItems("")).toEqual([]);
  });
  it("packs every category and flag combination", () => {
    const all = DUTY_CATEGORIES.flatMap((category, n) =>
      [0, 1, 2, 3, 4, 5, 6, 7].map((bits): CoverageItem => ({
        listId: n + 1,
        itemKey: `k${n}-${bits}`,
        kind: bits & 1 ? "safety" : "business",
        category,
        pairedKey: null,
        supervisedUnitId: null,
        hasScope: (bits & 2) !== 0,
        hasStandard: (bits & 4) !== 0,
      })),
    );
    expect(decodeItems(encodeItems(all))).toEqual(all);
  });
  it("refuses records with the wrong number of fields rather than shifting them", () => {
    expect(() => decodeItems(encodeItems(items).replace("3f2c-b", "3f\x1f2c"))).toThrow(/malformed/);
    expect(() => decodeItems("1\x1fk\x1f\x1f0\x1f999")).toThrow(/category/);
  });
});
