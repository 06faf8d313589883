import { describe, expect, it } from "vitest";
import { parseHistoryParams } from "./params";

describe("parseHistoryParams", () => {
  const today = "2026-06-01";
  it("accepts a key and a date, defaulting the date to today", () => {
    expect(parseHistoryParams({ item: "8a5b3f36-0d21-4404-8ce9-4414c71d4dd0", date: "2026-02-28" }, today)).toEqual({
      item: "8a5b3f36-0d21-4404-8ce9-4414c71d4dd0",
      date: "2026-02-28",
      isItemInvalid: false,
      isDateInvalid: false,
    });
    expect(parseHistoryParams({ item: "abc" }, today).date).toBe(today);
  });
  it("rejects keys with other characters or over 64 long, and impossible dates", () => {
    expect(parseHistoryParams({ item: "a b" }, today)).toMatchObject({ item: null, isItemInvalid: true });
    expect(parseHistoryParams({ item: "x'; drop" }, today)).toMatchObject({ item: null, isItemInvalid: true });
    expect(parseHistoryParams({ item: "a".repeat(65) }, today)).toMatchObject({ item: null, isItemInvalid: true });
    expect(parseHistoryParams({ item: "a", date: "2026-02-30" }, today)).toMatchObject({
      date: today,
      isDateInvalid: true,
    });
    expect(parseHistoryParams({ item: "a", date: "20260201" }, today)).toMatchObject({ isDateInvalid: true });
  });
  it("treats a missing item as no item, not an invalid one", () => {
    expect(parseHistoryParams({}, today)).toMatchObject({ item: null, isItemInvalid: false, isDateInvalid: false });
  });
});
