// Integration: the results page data — the same number of queries for 5 and for 50 units, stored and
// provisional; who sees what before publicity; change against last year; distribution and averages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAudit } from "@/db/audited";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { seedSyntheticAssessment } from "@/db/seed/assessment-synthetic";
import { units } from "@/db/schema";
import { counting } from "../../bench/stats";
import { finaliseYear } from "@/server/assessment/finalise-year";
import { decideYear } from "@/server/assessment/decide-year";
import { publiciseYear } from "@/server/assessment/publicise-year";
import { getResultsData, RESULTS_QUERY_COUNT } from "./assessment-results";

let h: Awaited<ReturnType<typeof openTestDb>>;
let unitIds: number[];
const NOW = new Date("2026-03-01T02:00:00Z");
const ALL = { canSeeProvisional: true, canSeeDecided: true };
const STAFF = { canSeeProvisional: false, canSeeDecided: false };

const step = <T,>(fn: Parameters<typeof withAudit<T>>[2]) => withAudit<T>(h.db, SYSTEM, fn);
const seedYear = (year: number, ids: number[], vetoUnitIds: number[] = []) =>
  step(async (tx) => ({ value: await seedSyntheticAssessment(tx, { year, unitIds: ids, vetoUnitIds }), audit: { action: "test.seed" } }));

async function measured(year: number, access = ALL) {
  const { db, count } = counting(h.db);
  const data = await getResultsData(db, year, access);
  return { data, queries: count() };
}

beforeAll(async () => {
  h = await openTestDb();
  unitIds = await step(async (tx) => {
    const rows = await tx
      .insert(units)
      .values(Array.from({ length: 50 }, (_, i) => ({ code: `U${String(i + 1).padStart(3, "0")}`, name: `单位${i + 1}`, kind: "section" as const, group: "regulatory" as const, sortOrder: i })))
      .returning({ id: units.id });
    return { value: rows.map((r) => r.id), audit: { action: "test.units" } };
  });
  await seedYear(2025, unitIds.slice(0, 5));
  await seedYear(2026, unitIds, [unitIds[3]]);
  await seedYear(2027, unitIds.slice(0, 5));
  const actor = { userId: null, now: NOW };
  await step((tx) => decideYear(tx, 2025, actor));
  await step((tx) => publiciseYear(tx, 2025, actor));
  await step((tx) => finaliseYear(tx, { year: 2025, earlyCloseReason: "测试" }, actor));
}, 60_000);
afterAll(async () => {
  await h?.cleanup();
});

describe("getResultsData", () => {
  it("runs the same number of queries for 5 and 50 units, live before the decision and stored after", async () => {
    const live50 = await measured(2026);
    const live5 = await measured(2027);
    expect(live50.data).toMatchObject({ state: "ready", isProvisional: true, isPublished: false });
    expect(live50.queries).toBe(RESULTS_QUERY_COUNT.provisional);
    expect(live5.queries).toBe(live50.queries);

    await step((tx) => decideYear(tx, 2026, { userId: null, now: NOW }));
    const stored50 = await measured(2026);
    const stored5 = await measured(2025);
    expect(stored50.data).toMatchObject({ state: "ready", isProvisional: false });
    expect(stored50.queries).toBe(RESULTS_QUERY_COUNT.stored);
    expect(stored5.queries).toBe(stored50.queries);
  });

  it("the provisional ranking is the stored one once decided (same engine, same inputs)", async () => {
    const live = await measured(2027);
    await step((tx) => decideYear(tx, 2027, { userId: null, now: NOW }));
    const stored = await measured(2027);
    if (live.data.state !== "ready" || stored.data.state !== "ready") throw new Error("not ready");
    const pick = (rows: typeof live.data.rows) => rows.map((r) => [r.unitCode, r.total, r.grade, r.rank, r.vetoed]);
    expect(pick(stored.data.rows)).toEqual(pick(live.data.rows));
  });

  it("ranks with the vetoed unit last, its trace from the stored result, and the change against last year", async () => {
    const { data } = await measured(2026);
    if (data.state !== "ready") throw new Error("not ready");
    expect(data.rows).toHaveLength(50);
    const last = data.rows[data.rows.length - 1];
    expect(last).toMatchObject({ unitCode: "U004", vetoed: true, grade: "fail", rank: 50 });
    expect(last.trace[0]).toMatchObject({ rule: "V1", name: "事故迟报" });
    const withLast = data.rows.filter((r) => r.lastTotal != null);
    expect(withLast.map((r) => r.unitCode).sort()).toEqual(["U001", "U002", "U003", "U004", "U005"]);
    for (const r of withLast) expect(r.change).toBeCloseTo(r.total! - r.lastTotal!, 5);
    expect(data.rows.find((r) => r.unitCode === "U010")!.change).toBeNull();
  });

  it("counts every unit in one score band and averages each category", async () => {
    const { data } = await measured(2026);
    if (data.state !== "ready") throw new Error("not ready");
    expect(data.distribution.map((b) => b.key)).toEqual(["lt60", "60to70", "70to80", "80to90", "ge90"]);
    expect(data.distribution.reduce((n, b) => n + b.count, 0)).toBe(50);
    expect(data.categoryAverages.map((c) => c.code)).toEqual(["C1", "C2", "C3", "C4"]);
    const c1 = data.rows.map((r) => r.categories.find((c) => c.code === "C1")!.score);
    expect(data.categoryAverages[0].average).toBeCloseTo(c1.reduce((a, b) => a + b, 0) / 50, 1);
    expect(data.categoryAverages[0]).toMatchObject({ name: "组织领导", points: 25 });
  });

  it("before publicity only those allowed see results; after it everyone does", async () => {
    expect((await getResultsData(h.db, 2026, STAFF)).state).toBe("unpublished");
    expect((await getResultsData(h.db, 2026, { canSeeProvisional: true, canSeeDecided: false })).state).toBe("unpublished");
    expect((await getResultsData(h.db, 2026, { canSeeProvisional: false, canSeeDecided: true })).state).toBe("ready");
    expect((await getResultsData(h.db, 2025, STAFF)).state).toBe("ready");
    expect((await getResultsData(h.db, 2030, ALL)).state).toBe("noScheme");
  });
});
