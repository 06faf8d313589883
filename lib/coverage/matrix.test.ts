import { describe, expect, it } from "vitest";
import { DUTY_CATEGORIES } from "@/lib/duties/categories";
import { computeMatrix } from "./matrix";
import { item, listOf, P, PERSON, U, fullyCovered } from "./test-fixture";

describe("unit × category matrix", () => {
  it("has a row per section, affiliated unit and branch in tree order, and a column per category", () => {
    const m = computeMatrix(fullyCovered());
    expect(m.rows.map((r) => r.unitId)).toEqual([U.section, U.affiliated, U.branch]);
    expect(m.categories).toEqual(DUTY_CATEGORIES);
  });

  it("counts published items of the unit list and its posts' lists, not leader lists", () => {
    const m = computeMatrix(fullyCovered());
    const section = m.rows.find((r) => r.unitId === U.section)!;
    // unit list + two post lists, each a supervision business item and an internal safety item.
    expect(section.counts.supervision).toBe(3);
    expect(section.counts.internal).toBe(3);
    expect(section.total).toBe(6);
    expect(section.emptyCells).toBe(DUTY_CATEGORIES.length - 2);
    expect(m.columnTotals.leadership).toBe(0);
    expect(m.total).toBe(14);
  });

  it("leaves out lists never published", () => {
    const input = fullyCovered();
    Object.assign(
      listOf(input, (l) => l.postId === P.sectionStaff),
      { status: "submitted", publishedVersionNo: null },
    );
    const section = computeMatrix(input).rows.find((r) => r.unitId === U.section)!;
    expect(section.counts.supervision).toBe(2);
    expect(section.postsWithPublishedList).toBe(1);
    expect(section.posts).toBe(2);
  });

  it("shows an empty row for a unit with nothing published, and totals per column", () => {
    const input = fullyCovered();
    input.lists = input.lists.filter((l) => l.unitId !== U.branch);
    const leaderList = listOf(input, (l) => l.leaderId === PERSON.deputy);
    input.items.push(item(leaderList.id, "extra", { category: "hazard" }));
    const m = computeMatrix(input);
    const branch = m.rows.find((r) => r.unitId === U.branch)!;
    expect(branch).toMatchObject({
      total: 0,
      emptyCells: DUTY_CATEGORIES.length,
      hasPublishedUnitList: false,
      postsWithPublishedList: 0,
    });
    expect(m.columnTotals.supervision).toBe(5);
    expect(m.columnTotals.hazard).toBe(0);
    expect(m.emptyCells).toBe(2 * (DUTY_CATEGORIES.length - 2) + DUTY_CATEGORIES.length);
  });
});
