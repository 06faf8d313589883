import { describe, expect, it } from "vitest";
import { defaultTargetYear, emptyYearState, rolloverDueYear, stepStates, targetYearOf, type YearState } from "./rollover";

const empty: YearState = emptyYearState(2027, "03-31");

describe("stepStates", () => {
  it("an empty year misses everything, and pledges wait for published lists", () => {
    expect(stepStates(empty)).toEqual({
      committee: "missing",
      supervisions: "missing",
      lists: "missing",
      scheme: "missing",
      pledges: "waiting",
      deadline: "missing",
    });
  });
  it("pledges can be generated once a list is published, and are ready once generated", () => {
    expect(stepStates({ ...empty, lists: 3, publishedLists: 1 }).pledges).toBe("missing");
    expect(stepStates({ ...empty, lists: 3, publishedLists: 1, pledges: { 1: 0, 2: 1, 3: 0 } }).pledges).toBe("ready");
  });
  it("a prepared year is ready step by step", () => {
    const s = stepStates({
      ...empty,
      hasCommittee: true,
      supervisions: 20,
      lists: 10,
      schemeStatus: "draft",
      deadline: "04-30",
    });
    expect([s.committee, s.supervisions, s.lists, s.scheme, s.deadline]).toEqual([
      "ready",
      "ready",
      "ready",
      "ready",
      "ready",
    ]);
  });
});

describe("the year to prepare", () => {
  it("defaults to the working year + 1, within this calendar year and the next", () => {
    expect(defaultTargetYear(2026, 2026)).toBe(2027);
    // January, before the rollover: the working year is still last year.
    expect(defaultTargetYear(2026, 2027)).toBe(2027);
    expect(defaultTargetYear(2020, 2027)).toBe(2027);
    expect(defaultTargetYear(2027, 2026)).toBe(2027);
  });
  it("takes ?year= only for a preparable year", () => {
    expect(targetYearOf("2026", 2026, 2026)).toBe(2026);
    expect(targetYearOf("2025", 2026, 2026)).toBe(2027);
    expect(targetYearOf("2028", 2026, 2026)).toBe(2027);
    expect(targetYearOf("abc", 2026, 2026)).toBe(2027);
    expect(targetYearOf(undefined, 2026, 2026)).toBe(2027);
  });
});

describe("rolloverDueYear", () => {
  const has = (previous: boolean, current: boolean, next: boolean) => ({ previous, current, next });
  it("reminds from 1 December until next year's committee exists", () => {
    expect(rolloverDueYear("2026-11-30", has(true, true, false))).toBeNull();
    expect(rolloverDueYear("2026-12-01", has(true, true, false))).toBe(2027);
    expect(rolloverDueYear("2026-12-31", has(true, true, true))).toBeNull();
  });
  it("keeps reminding in the new year while it is not prepared", () => {
    expect(rolloverDueYear("2027-01-05", has(true, false, false))).toBe(2027);
    expect(rolloverDueYear("2027-06-01", has(true, true, false))).toBeNull();
  });
  it("does not remind a new installation with nothing to roll over", () => {
    expect(rolloverDueYear("2026-12-10", has(false, false, false))).toBeNull();
  });
});
