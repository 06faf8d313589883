import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, NO_DATE } from "./datetime";

// 17:50 UTC on 4 December is 01:50 on 5 December in Shanghai (UTC+8).
const LATE = "2026-12-04T17:50:30Z";

describe("formatDateTime", () => {
  it("shows a late-evening UTC instant as the next day in Shanghai, in both languages", () => {
    expect(formatDateTime(LATE, "zh")).toBe("2026-12-05 01:50");
    expect(formatDateTime(new Date(LATE), "en")).toBe("2026-12-05 01:50");
    expect(formatDateTime(Date.parse(LATE), "zh-CN")).toBe("2026-12-05 01:50");
  });
  it("adds seconds when asked", () => {
    expect(formatDateTime(LATE, "zh", { seconds: true })).toBe("2026-12-05 01:50:30");
  });
  it("writes the long form of each language", () => {
    expect(formatDateTime(LATE, "zh", { style: "long" })).toBe("2026年12月5日 01:50");
    expect(formatDateTime(LATE, "en", { style: "long" })).toBe("5 December 2026, 01:50");
  });
  it("takes an instant with another offset at its Shanghai time", () => {
    expect(formatDateTime("2026-12-04T12:50:00-05:00", "en")).toBe("2026-12-05 01:50");
  });
  it("reads a wall time without a zone as Shanghai's, unshifted", () => {
    expect(formatDateTime("2026-12-04 23:05", "zh")).toBe("2026-12-04 23:05");
    expect(formatDateTime("2026-12-04T23:05", "en")).toBe("2026-12-04 23:05");
  });
  it("uses a 24-hour clock from 00 to 23", () => {
    expect(formatDateTime("2026-12-04T16:00:00Z", "en")).toBe("2026-12-05 00:00");
    expect(formatDateTime("2026-12-04T15:59:00Z", "en")).toBe("2026-12-04 23:59");
  });
  it("shows a dash for a missing or unreadable value", () => {
    for (const v of [null, undefined, "", "not a date", "2026-02-30", "2026-13-01 10:00", Number.NaN]) {
      expect(formatDateTime(v, "zh")).toBe(NO_DATE);
    }
  });
});

describe("formatDate", () => {
  it("gives the Shanghai calendar day of a late-evening UTC instant, in both languages", () => {
    expect(formatDate(LATE, "zh")).toBe("2026-12-05");
    expect(formatDate(LATE, "en")).toBe("2026-12-05");
    expect(formatDate(LATE, "zh", { style: "long" })).toBe("2026年12月5日");
    expect(formatDate(LATE, "en", { style: "long" })).toBe("5 December 2026");
  });
  it("turns the year in Shanghai while it is still 31 December in UTC", () => {
    expect(formatDate("2026-12-31T16:00:00Z", "zh", { style: "long" })).toBe("2027年1月1日");
    expect(formatDate("2026-12-31T15:59:59Z", "en", { style: "long" })).toBe("31 December 2026");
  });
  it("takes a bare calendar day as that day", () => {
    expect(formatDate("2026-03-05", "zh", { style: "long" })).toBe("2026年3月5日");
    expect(formatDate("2026-03-05", "en")).toBe("2026-03-05");
  });
});
