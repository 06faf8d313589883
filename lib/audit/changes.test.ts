import { describe, expect, it } from "vitest";
import { changedFields } from "./changes";

describe("changedFields", () => {
  it("keeps only the fields whose value changed, arrays and objects compared by content", () => {
    const current = { a: 1, b: "x", rules: [{ k: 1 }], same: [1, 2], extra: true };
    const next = { a: 2, b: "x", rules: [{ k: 2 }], same: [1, 2] };
    expect(changedFields(current, next)).toEqual({ before: { a: 1, rules: [{ k: 1 }] }, after: { a: 2, rules: [{ k: 2 }] } });
  });
  it("is empty when nothing changed", () => {
    expect(changedFields({ a: null }, { a: null })).toEqual({ before: {}, after: {} });
  });
});
