import { describe, expect, it } from "vitest";
import { REOPENABLE, showsGrade, showsReviewTotal, type AssessmentStatus } from "./status-rules";

const ALL: AssessmentStatus[] = ["open", "self_assessed", "submitted", "reviewed", "decided", "publicised", "objection", "final"];
const where = (f: (s: AssessmentStatus) => boolean) => ALL.filter(f);

describe("what a unit's assessment status shows", () => {
  it("shows no review total before the team has reviewed: a submitted unit has only its own score", () => {
    expect(where(showsReviewTotal)).toEqual(["reviewed", "decided", "publicised", "objection", "final"]);
  });

  it("shows the grade once the committee has decided; to the unit itself once publicised", () => {
    expect(where((s) => showsGrade(s, false))).toEqual(["decided", "publicised", "objection", "final"]);
    expect(where((s) => showsGrade(s, true))).toEqual(["publicised", "objection", "final"]);
  });

  it("lets the office reopen a decided result, in publicity or final, but not one under objection", () => {
    expect(REOPENABLE).toEqual(["decided", "publicised", "final"]);
  });
});
