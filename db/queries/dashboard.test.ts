// Integration: the dashboard's aggregate signing progress counts exactly what the signing board counts
// (levelProgress over getBoardEdges), before and after pledges exist and some are complete; the results
// per year are the committee's stored ones.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { seedDemoIfEmpty } from "@/db/scripts/seed";
import { levelProgress } from "@/lib/signing/tree";
import { counting } from "@/bench/stats";
import { getBoardEdges } from "./signing-board";
import { generatePledges } from "@/server/pledges/generate";
import { listPledgesOfYear, updatePledgeStatus } from "./pledges";
import { createSignature } from "./signoff";
import { getResultsByYear, getSigningProgress } from "./dashboard";
import { listVersions, people, responsibilityLists, units, users } from "@/db/schema";
import { calendarYear, now, today } from "@/lib/clock";

/** The demo's years on the clock (DUALDUTY_NOW moves it): this year in progress, last year closed. */
const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;
const TODAY = today();

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
});
afterAll(async () => {
  await h?.cleanup();
});

async function expectSameAsBoard(year: number) {
  const { db, count } = counting(h.db);
  const mine = await getSigningProgress(db, year, TODAY);
  expect(count()).toBe(1);
  const board = levelProgress((await getBoardEdges(h.db, year, TODAY)).edges, false);
  expect(mine).toEqual(
    board.map((l) => ({ level: l.level, pledgesDone: l.pledges.done, pledgesTotal: l.pledges.total, listsDone: l.lists.done, listsTotal: l.lists.total })),
  );
  return mine;
}

describe("dashboard figures on the demo bureau", () => {
  it("signing progress per level equals the signing board's, before and after pledges and with some complete", async () => {
    const none = await expectSameAsBoard(Y);
    expect(none.map((l) => l.pledgesTotal)).toEqual([5, 20, 125]);
    await withAudit(h.db, SYSTEM, async (tx) => ({ value: await generatePledges(tx, Y, new Date(`${TODAY}T02:00:00Z`)), audit: { action: "test" } }));
    const some = (await listPledgesOfYear(h.db, Y)).slice(0, 7);
    await withAudit(h.db, SYSTEM, async (tx) => {
      for (const p of some) await updatePledgeStatus(tx, p.id, ["pending"], "complete");
      return { value: null, audit: { action: "test" } };
    });
    const after = await expectSameAsBoard(Y);
    expect(after.reduce((s, l) => s + l.pledgesDone, 0)).toBe(7);

    // 白文涛 confirms the current content of his list; 钱卫东 signed an older content of his unit's list.
    const person = async (name: string) => (await h.db.select({ id: people.id }).from(people).where(eq(people.name, name)))[0].id;
    const [bai, qian] = [await person("白文涛"), await person("钱卫东")];
    const [userId] = await h.db.select({ id: users.id }).from(users).where(eq(users.username, "deputy-safety"));
    const latest = async (where: ReturnType<typeof and>) =>
      (
        await h.db
          .select({ listId: responsibilityLists.id, hash: listVersions.contentHash })
          .from(responsibilityLists)
          .innerJoin(listVersions, eq(listVersions.listId, responsibilityLists.id))
          .where(where)
          .orderBy(desc(listVersions.versionNo))
          .limit(1)
      )[0];
    const baiList = await latest(and(eq(responsibilityLists.year, Y), eq(responsibilityLists.leaderId, bai)));
    const [quality] = await h.db.select({ id: units.id }).from(units).where(eq(units.code, "SEC-QUALITY"));
    const unitList = await latest(and(eq(responsibilityLists.year, Y), eq(responsibilityLists.ownerType, "unit"), eq(responsibilityLists.unitId, quality.id)));
    await withAudit(h.db, SYSTEM, async (tx) => {
      const s = (listId: number, personId: number, contentHash: string) =>
        createSignature(tx, { listId, role: "confirm", signerUserId: userId.id, signerPersonId: personId, signerPost: null, content: "x", contentHash, method: "password", signedAt: now() });
      await s(baiList.listId, bai, baiList.hash);
      await s(unitList.listId, qian, "0".repeat(64));
      return { value: null, audit: { action: "test" } };
    });
    const signed = await expectSameAsBoard(Y);
    expect(signed[0].listsDone).toBe(1);
    await expectSameAsBoard(LAST);
  });

  it("results per year: last year's twenty decided units with their grades; this year not yet", async () => {
    const years = await getResultsByYear(h.db);
    expect(years.map((y) => y.year)).toEqual([LAST]);
    expect(years[0].totals).toHaveLength(20);
    expect(Object.values(years[0].grades).reduce((a, b) => a + b, 0)).toBe(20);
    expect(years[0].grades.fail).toBe(1);
    expect(years[0].average).toBeGreaterThan(60);
  });
});
