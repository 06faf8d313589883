import { describe, expect, it } from "vitest";
import { dueState, periodOf, previousPeriod } from "./cadence";

const state = (cadence: Parameters<typeof dueState>[0]["cadence"], lastDone: string | null, today: string, since = "2025-01-01") =>
  dueState({ cadence, lastDone, today, since });

describe("periods", () => {
  it("months, with February in leap and common years", () => {
    expect(periodOf("monthly", "2026-02-14")).toEqual({ start: "2026-02-01", end: "2026-02-28" });
    expect(periodOf("monthly", "2028-02-29")).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(periodOf("monthly", "2026-12-31")).toEqual({ start: "2026-12-01", end: "2026-12-31" });
  });
  it("quarters start in January, April, July and October", () => {
    expect(periodOf("quarterly", "2026-03-31")).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(periodOf("quarterly", "2026-04-01")).toEqual({ start: "2026-04-01", end: "2026-06-30" });
    expect(periodOf("quarterly", "2026-09-30")).toEqual({ start: "2026-07-01", end: "2026-09-30" });
    expect(periodOf("quarterly", "2026-11-27")).toEqual({ start: "2026-10-01", end: "2026-12-31" });
  });
  it("the previous period crosses the year boundary", () => {
    expect(previousPeriod("monthly", "2026-01-15")).toEqual({ start: "2025-12-01", end: "2025-12-31" });
    expect(previousPeriod("quarterly", "2026-02-10")).toEqual({ start: "2025-10-01", end: "2025-12-31" });
    expect(previousPeriod("yearly", "2026-06-30")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(previousPeriod("monthly", "2026-03-01")).toEqual({ start: "2026-02-01", end: "2026-02-28" });
  });
  it("refuses what is not a date", () => {
    expect(() => periodOf("monthly", "2026-1-5")).toThrow();
  });
});

describe("dueState", () => {
  it("has no state for duties without a periodic cadence", () => {
    expect(state("once", null, "2026-11-27")).toBeNull();
    expect(state("on_event", "2026-11-01", "2026-11-27")).toBeNull();
  });

  it("monthly: done this month, due when last month was covered, overdue when last month ended without one", () => {
    expect(state("monthly", "2026-11-03", "2026-11-27")).toBe("done");
    expect(state("monthly", "2026-11-27", "2026-11-27")).toBe("done");
    expect(state("monthly", "2026-10-31", "2026-11-27")).toBe("due");
    expect(state("monthly", "2026-09-30", "2026-11-27")).toBe("overdue");
    expect(state("monthly", null, "2026-11-27")).toBe("overdue");
  });

  it("monthly across the new year", () => {
    expect(state("monthly", "2025-12-31", "2026-01-01")).toBe("due");
    expect(state("monthly", "2025-11-30", "2026-01-01")).toBe("overdue");
    expect(state("monthly", "2026-01-01", "2026-01-01")).toBe("done");
  });

  it("quarterly at the quarter's edges", () => {
    expect(state("quarterly", "2026-03-31", "2026-04-01")).toBe("due");
    expect(state("quarterly", "2025-12-31", "2026-04-01")).toBe("overdue");
    expect(state("quarterly", "2026-04-01", "2026-06-30")).toBe("done");
    expect(state("quarterly", "2025-10-01", "2026-01-05")).toBe("due");
    expect(state("quarterly", "2025-09-30", "2026-01-05")).toBe("overdue");
  });

  it("yearly: this year done, last year covered or not", () => {
    expect(state("yearly", "2026-02-01", "2026-11-27")).toBe("done");
    expect(state("yearly", "2025-12-31", "2026-11-27")).toBe("due");
    expect(state("yearly", "2024-12-31", "2026-11-27", "2024-01-01")).toBe("overdue");
    expect(state("yearly", null, "2026-12-31", "2026-01-01")).toBe("due");
  });

  it("is never overdue for a period that began before the duty applied", () => {
    // A 2026 list applies from 1 January 2026: December 2025 and Q4 2025 were not its periods.
    expect(state("monthly", null, "2026-01-20", "2026-01-01")).toBe("due");
    expect(state("quarterly", null, "2026-03-31", "2026-01-01")).toBe("due");
    expect(state("monthly", null, "2026-02-01", "2026-01-01")).toBe("overdue");
    expect(state("quarterly", null, "2026-04-01", "2026-01-01")).toBe("overdue");
  });

  it("ignores a record dated after the day asked about", () => {
    expect(state("monthly", "2026-12-05", "2026-11-27")).toBe("overdue");
  });
});
