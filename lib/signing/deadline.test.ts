import { describe, expect, it } from "vitest";
import { deadlineOf, isPastDeadline, normaliseMonthDay } from "./deadline";

describe("signing deadline", () => {
  it("defaults to 31 March and rejects days that do not exist", () => {
    expect(normaliseMonthDay(null)).toBe("03-31");
    expect(normaliseMonthDay("04-30")).toBe("04-30");
    expect(normaliseMonthDay("04-31")).toBe("03-31");
    expect(normaliseMonthDay("13-01")).toBe("03-31");
    expect(normaliseMonthDay("3-31")).toBe("03-31");
  });
  it("is overdue from the day after the deadline of that year", () => {
    expect(isPastDeadline(2026, "03-31", "2026-03-31")).toBe(false);
    expect(isPastDeadline(2026, "03-31", "2026-04-01")).toBe(true);
    expect(isPastDeadline(2026, "06-30", "2026-04-01")).toBe(false);
  });
  it("a past year is always overdue, a future year never", () => {
    expect(isPastDeadline(2025, "12-31", "2026-01-01")).toBe(true);
    expect(isPastDeadline(2027, "01-01", "2026-12-31")).toBe(false);
  });
  it("29 February falls back to the 28th in a common year", () => {
    expect(deadlineOf(2027, "02-29")).toBe("2027-02-28");
    expect(deadlineOf(2028, "02-29")).toBe("2028-02-29");
  });
});
