import { describe, expect, it } from "vitest";
import { canonicalListContent, contentHash, diffItems, type ItemContent } from "./content";

const item = (key: string, sortOrder: number, extra: Partial<ItemContent> = {}): ItemContent => ({
  itemKey: key,
  text: `职责${key}`,
  category: "supervision",
  kind: "business",
  responsibilityType: "direct",
  legalBasis: "《安全生产法》第二十二条",
  scope: "本科室",
  standard: "按期完成",
  cadence: "yearly",
  evidenceRequired: null,
  pairedKey: null,
  supervisedUnitId: null,
  sortOrder,
  ...extra,
});
const list = { year: 2026, ownerType: "unit", unitId: 3, postId: null, leaderId: null };

describe("content hash", () => {
  it("is the same for the same items in any array order, and changes with any field", () => {
    const a = contentHash(canonicalListContent(list, [item("a", 1), item("b", 2)]));
    expect(contentHash(canonicalListContent(list, [item("b", 2), item("a", 1)]))).toBe(a);
    expect(contentHash(canonicalListContent(list, [item("a", 1), item("b", 2, { scope: "全局" })]))).not.toBe(a);
    expect(contentHash(canonicalListContent({ ...list, year: 2025 }, [item("a", 1), item("b", 2)]))).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("diffItems", () => {
  it("reports added, removed, changed fields and moves by item key", () => {
    const before = [item("a", 1), item("b", 2), item("c", 3)];
    const after = [item("c", 1), item("a", 2, { text: "新职责" }), item("d", 3)];
    const d = diffItems(before, after);
    expect(d.find((x) => x.itemKey === "a")).toMatchObject({ type: "changed", fields: ["text"] });
    expect(d.find((x) => x.itemKey === "b")).toMatchObject({ type: "removed" });
    expect(d.find((x) => x.itemKey === "c")).toMatchObject({ type: "moved" });
    expect(d.find((x) => x.itemKey === "d")).toMatchObject({ type: "added" });
  });
  it("is empty for identical lists", () => {
    expect(diffItems([item("a", 1)], [item("a", 1)])).toEqual([]);
  });
});
