import { afterEach, describe, expect, it } from "vitest";
import { calendarYear, now, orgDateOf, setClock, shanghaiDate, shanghaiYear, today } from "./clock";

describe("orgDateOf", () => {
  it("reads the current year today", () => {
    expect(orgDateOf(2026, "2026-11-27")).toBe("2026-11-27");
    expect(orgDateOf(2026, "2026-01-01")).toBe("2026-01-01");
    expect(orgDateOf(2026, "2026-12-31")).toBe("2026-12-31");
  });
  it("reads a past year on its 31 December, even the day after it", () => {
    expect(orgDateOf(2025, "2026-01-01")).toBe("2025-12-31");
    expect(orgDateOf(2019, "2026-06-15")).toBe("2019-12-31");
  });
  it("reads a future year on its 1 January, even the day before it", () => {
    expect(orgDateOf(2027, "2026-12-31")).toBe("2027-01-01");
    expect(orgDateOf(2030, "2026-06-15")).toBe("2030-01-01");
  });
  it("keeps a leap day of the current year", () => {
    expect(orgDateOf(2028, "2028-02-29")).toBe("2028-02-29");
    expect(orgDateOf(2028, "2029-02-28")).toBe("2028-12-31");
  });
});

describe("the clock", () => {
  afterEach(() => setClock(null));

  it("takes Shanghai's calendar day, not UTC's", () => {
    // 16:00 UTC on 31 December is already 1 January in Shanghai (UTC+8).
    const at = new Date("2026-12-31T16:00:00Z");
    expect(shanghaiDate(at)).toBe("2027-01-01");
    expect(shanghaiYear(at)).toBe(2027);
    expect(shanghaiDate(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
  });
  it("can be set, and then runs on from there", () => {
    setClock("2028-02-29T23:59:00+08:00");
    expect(today()).toBe("2028-02-29");
    expect(calendarYear()).toBe(2028);
    expect(Math.abs(now().getTime() - Date.parse("2028-02-29T23:59:00+08:00"))).toBeLessThan(5_000);
  });
  it("refuses a value that is not a date", () => {
    expect(() => setClock("not a date")).toThrow();
  });
});
