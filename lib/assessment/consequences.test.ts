import { describe, expect, it } from "vitest";
import { addDays, addOneMonth, deriveSanctions, type ConsequenceUnit } from "./consequences";

const unit = (p: Partial<ConsequenceUnit>): ConsequenceUnit => ({
  assessmentId: 1,
  unitId: 10,
  grade: "good",
  vetoed: false,
  vetoes: [],
  headPersonIds: [100],
  leaderPersonIds: [200, 201],
  ...p,
});
const opts = { topGrade: "excellent", finaliseDate: "2026-01-20" };
const ALL = ["lose_honours", "no_excellent", "rectification"];

describe("addOneMonth", () => {
  it("keeps the day when the next month has it", () => {
    expect(addOneMonth("2026-01-20")).toBe("2026-02-20");
    expect(addOneMonth("2026-03-31")).toBe("2026-04-30");
  });
  it("falls back to the last day of a shorter month, leap years included", () => {
    expect(addOneMonth("2026-01-31")).toBe("2026-02-28");
    expect(addOneMonth("2028-01-31")).toBe("2028-02-29");
    expect(addOneMonth("2028-01-29")).toBe("2028-02-29");
    expect(addOneMonth("2026-08-31")).toBe("2026-09-30");
  });
  it("rolls over the year", () => {
    expect(addOneMonth("2025-12-31")).toBe("2026-01-31");
    expect(addOneMonth("2025-12-05")).toBe("2026-01-05");
  });
  it("refuses what is not a date", () => {
    expect(() => addOneMonth("2026-1-5")).toThrow();
  });
});

describe("addDays", () => {
  it("counts calendar days across month and year ends", () => {
    expect(addDays("2026-01-28", 5)).toBe("2026-02-02");
    expect(addDays("2025-12-30", 5)).toBe("2026-01-04");
    expect(addDays("2028-02-27", 2)).toBe("2028-02-29");
    expect(addDays("2026-03-01", 0)).toBe("2026-03-01");
  });
});

describe("deriveSanctions", () => {
  it("a vetoed unit whose rule lists all three: loses honours, rectifies within a month, heads and leaders flagged", () => {
    const rows = deriveSanctions([unit({ grade: "fail", vetoed: true, vetoes: [{ hitId: 7, consequences: ALL }] })], opts);
    expect(rows).toEqual([
      { assessmentId: 1, kind: "lose_honours", unitId: 10, personId: null, dueDate: null, vetoHitId: 7 },
      { assessmentId: 1, kind: "rectification", unitId: 10, personId: null, dueDate: "2026-02-20", vetoHitId: 7 },
      { assessmentId: 1, kind: "no_excellent", unitId: null, personId: 100, dueDate: null, vetoHitId: 7 },
      { assessmentId: 1, kind: "no_excellent", unitId: null, personId: 200, dueDate: null, vetoHitId: 7 },
      { assessmentId: 1, kind: "no_excellent", unitId: null, personId: 201, dueDate: null, vetoHitId: 7 },
    ]);
  });

  it("applies only what the fired rules list, as a union over the unit's vetoes, citing the first hit for each", () => {
    const rows = deriveSanctions(
      [
        unit({
          grade: "fail",
          vetoed: true,
          vetoes: [
            { hitId: 3, consequences: ["lose_honours"] },
            { hitId: 4, consequences: ["lose_honours", "rectification"] },
          ],
        }),
      ],
      opts,
    );
    expect(rows.map((r) => [r.kind, r.vetoHitId])).toEqual([
      ["lose_honours", 3],
      ["rectification", 4],
    ]);
  });

  it("a rule with no consequences gives no sanction", () => {
    expect(deriveSanctions([unit({ grade: "fail", vetoed: true, vetoes: [{ hitId: 1, consequences: [] }] })], opts)).toEqual([]);
  });

  it("counts a person who is both head and supervising leader once", () => {
    const rows = deriveSanctions(
      [unit({ vetoed: true, grade: "fail", headPersonIds: [5], leaderPersonIds: [5, 6], vetoes: [{ hitId: 1, consequences: ["no_excellent"] }] })],
      opts,
    );
    expect(rows.map((r) => r.personId)).toEqual([5, 6]);
  });

  it("commends a top-band unit, never a vetoed one, and does nothing for the other grades", () => {
    const rows = deriveSanctions(
      [
        unit({ assessmentId: 1, unitId: 11, grade: "excellent" }),
        unit({ assessmentId: 2, unitId: 12, grade: "good" }),
        unit({ assessmentId: 3, unitId: 13, grade: "excellent", vetoed: true, vetoes: [{ hitId: 9, consequences: [] }] }),
        unit({ assessmentId: 4, unitId: 14, grade: "fail" }),
      ],
      opts,
    );
    expect(rows).toEqual([{ assessmentId: 1, kind: "commendation", unitId: 11, personId: null, dueDate: null, vetoHitId: null }]);
  });

  it("dates rectification one month after finalising, at month end too", () => {
    const [r] = deriveSanctions([unit({ vetoed: true, grade: "fail", vetoes: [{ hitId: 1, consequences: ["rectification"] }] })], {
      ...opts,
      finaliseDate: "2028-01-31",
    });
    expect(r.dueDate).toBe("2028-02-29");
  });
});
