// Integration: the bureau's years (Y the calendar year on the application clock; committees made here for
// Y-1 and Y, and an older year with lists only): the working year, the years with data, and the picker's
// options, in one query.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "@/db/test-utils";
import { build, makeCommittee, makeList, makeMember, makeSupervision, makeUnit } from "@/db/factories";
import { counting } from "@/bench/stats";
import { calendarYear } from "@/lib/clock";
import { getYearsInfo } from "./years";

let h: Awaited<ReturnType<typeof openTestDb>>;
const Y = calendarYear();

beforeAll(async () => {
  h = await openTestDb();
  await build(h.db, async (tx) => {
    const leadership = await makeUnit(tx, { kind: "leadership", group: null });
    const office = await makeUnit(tx);
    const leader = await makeMember(tx, { unitId: leadership.id, kind: "director" });
    for (const year of [Y - 1, Y]) {
      await makeCommittee(tx, { year, officeUnitId: office.id, members: [{ personId: leader.personId, role: "chair" }] });
      await makeSupervision(tx, { year, leaderId: leader.personId, unitId: office.id });
    }
    // Lists survive from a year before the first committee: data, but not prepared.
    await makeList(tx, { year: Y - 2, unitId: office.id });
  });
});
afterAll(async () => {
  await h?.cleanup();
});

describe("getYearsInfo", () => {
  it("opens on the calendar year once it is prepared, in one query", async () => {
    const { db, count } = counting(h.db);
    const info = await getYearsInfo(db, Y);
    expect(count()).toBe(1);
    expect(info.workingYear).toBe(Y);
    expect(info.preparedYears).toEqual([Y - 1, Y]);
    expect(info.dataYears).toEqual([Y - 2, Y - 1, Y]);
    expect(info.years).toEqual(expect.arrayContaining([Y + 1, Y, Y - 1, Y - 2]));
    expect(info.years).toEqual([...info.years].sort((a, b) => b - a));
  });
  it("stays on the last prepared year until the rollover prepares the new one", async () => {
    const info = await getYearsInfo(h.db, Y + 1);
    expect(info.workingYear).toBe(Y);
    expect(info.dataYears).not.toContain(Y + 1);
    expect(info.years).toContain(Y + 1);
  });
});
