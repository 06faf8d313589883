import { describe, expect, it } from "vitest";
import { arrangeSheet } from "./rows";

const item = (
  itemKey: string,
  kind: "business" | "safety",
  category: "supervision" | "internal" | "training",
  pairedKey: string | null = null,
) => ({
  itemKey,
  kind,
  category,
  pairedKey,
});

describe("arrangeSheet", () => {
  it("puts each business duty beside its safety duties, and unpaired safety duties on rows of their own", () => {
    const out = arrangeSheet([
      item("b1", "business", "supervision"),
      item("s1", "safety", "supervision", "b1"),
      item("s2", "safety", "internal", "b1"),
      item("t1", "safety", "training"),
      item("b2", "business", "supervision"),
      item("s3", "safety", "internal", "gone"),
    ]);
    expect(
      out.map((c) => [c.category, c.rows.map((r) => [r.business?.itemKey ?? null, r.safety.map((s) => s.itemKey)])]),
    ).toEqual([
      [
        "supervision",
        [
          ["b1", ["s1", "s2"]],
          ["b2", []],
        ],
      ],
      ["training", [[null, ["t1"]]]],
      ["internal", [[null, ["s3"]]]],
    ]);
  });

  it("is empty for no items", () => {
    expect(arrangeSheet([])).toEqual([]);
  });
});
