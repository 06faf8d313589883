// Integration: the bureau's years on the demo (committees for the closed year Y-1 and the year in progress Y,
// Y the calendar year on the application clock): the working year, the years with data, and the picker's
// options, in one query.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "@/db/test-utils";
import { seedDemoIfEmpty } from "@/db/scripts/seed";
import { counting } from "@/bench/stats";
import { calendarYear } from "@/lib/clock";
import { getYearsInfo } from "./years";

let h: Awaited<ReturnType<typeof openTestDb>>;
const Y = calendarYear();

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
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
    expect(info.preparedYears).toEqual(expect.arrayContaining([Y - 1, Y]));
    expect(info.dataYears).toEqual(expect.arrayContaining([Y - 1, Y]));
    expect(info.years).toEqual(expect.arrayContaining([Y + 1, Y, Y - 1]));
    expect(info.years).toEqual([...info.years].sort((a, b) => b - a));
  });
  it("stays on the last prepared year until the rollover prepares the new one", async () => {
    const info = await getYearsInfo(h.db, Y + 1);
    expect(info.workingYear).toBe(Y);
    expect(info.dataYears).not.toContain(Y + 1);
    expect(info.years).toContain(Y + 1);
  });
});
