// Integration: the daily overdue-hazard proposals — one run a day whoever asks (two instances at once make
// one run), audited as the system with the day and the counts per year; the next day runs again and finds
// only what became overdue since. On a small bureau made here with this year's synthetic scheme.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, makeBureau, makeHazard, type Bureau } from "@/db/factories";
import { auditLog, deductionProposals, settings } from "@/db/schema";
import { seedSyntheticAssessment } from "@/db/seed/assessment-synthetic";
import { openTestDb } from "@/db/test-utils";
import { calendarYear } from "@/lib/clock";
import { DAILY_PROPOSALS_KEY, runDailyOverdueProposals } from "./daily-proposals";

const Y = calendarYear();
const at = (day: string) => new Date(`${Y}-${day}T09:00:00+08:00`);

let h: Awaited<ReturnType<typeof openTestDb>>;
let b: Bureau;
const dailyEntries = () => h.db.select().from(auditLog).where(eq(auditLog.action, "hazard.proposeOverdue.daily"));

beforeAll(async () => {
  h = await openTestDb();
  b = await build(h.db, (tx) => makeBureau(tx, { years: [Y], units: [{ name: "稽查支队" }, { name: "计量科" }] }));
  await build(h.db, async (tx) => {
    await seedSyntheticAssessment(tx, { year: Y, unitIds: b.units.map((u) => u.id) });
    await makeHazard(tx, { unitId: b.units[0].id, level: "major", foundOn: `${Y}-09-01`, deadline: `${Y}-10-31` });
    await makeHazard(tx, { unitId: b.units[1].id, level: "major", foundOn: `${Y}-09-01`, deadline: `${Y}-11-02` });
  });
}, 60_000);
afterAll(async () => {
  await h?.cleanup();
});

describe("daily overdue-hazard proposals", () => {
  it("runs once on a day, for last year and this year, audited as the system", async () => {
    const [first, second] = await Promise.all([
      runDailyOverdueProposals(h.db, at("11-02")),
      runDailyOverdueProposals(h.db, at("11-02")),
    ]);
    const runs = [first, second].filter((r) => r !== null);
    expect(runs).toEqual([
      [
        { year: Y - 1, deductions: 0, vetoes: 0 },
        { year: Y, deductions: 1, vetoes: 0 },
      ],
    ]);
    expect(await runDailyOverdueProposals(h.db, at("11-02"))).toBeNull();
    const entries = await dailyEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: null,
      actorUsername: "system",
      objectType: "setting",
      objectId: DAILY_PROPOSALS_KEY,
    });
    expect(entries[0].after).toMatchObject({ date: `${Y}-11-02` });
    expect((await h.db.select().from(settings).where(eq(settings.key, DAILY_PROPOSALS_KEY)))[0].value).toBe(
      `${Y}-11-02`,
    );
  });

  it("runs again the next day and proposes what became overdue since; an earlier day is not run again", async () => {
    expect(await runDailyOverdueProposals(h.db, at("11-03"))).toEqual([
      { year: Y - 1, deductions: 0, vetoes: 0 },
      { year: Y, deductions: 1, vetoes: 0 },
    ]);
    expect(await runDailyOverdueProposals(h.db, at("11-01"))).toBeNull();
    expect(
      await h.db
        .select()
        .from(deductionProposals)
        .where(and(eq(deductionProposals.status, "proposed"))),
    ).toHaveLength(2);
    expect(await dailyEntries()).toHaveLength(2);
  });
});
