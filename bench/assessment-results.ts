// `tsx bench/assessment-results.ts [--runs 20] [--year 2026]`: times the /assessment/[year]/results data
// (getResultsData: stored results after the decision, the engine live before it), the decision's
// computeResults and the whole decide step (rolled back) on the large organisation, and checks the query
// counts stay fixed. On first use it gives the organisation a synthetic scheme and reviewed assessments
// for every assessed unit (year and year − 1, the latter decided so its results are stored).
// Database as in bench/coverage.ts.
import path from "node:path";
import { parseArgs } from "node:util";
import { and, eq, inArray } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { withAudit, type AuditedTx } from "@/db/audited";
import { SYSTEM_ACTOR } from "@/db/scripts/seed";
import { seedSyntheticAssessment } from "@/db/seed/assessment-synthetic";
import { assessmentSchemes, units } from "@/db/schema";
import { decideYear } from "@/server/assessment/decide-year";
import { getResultsData, RESULTS_QUERY_COUNT } from "@/db/queries/assessment-results";
import { COMPUTE_RESULTS_QUERY_COUNT, computeResults } from "@/db/queries/assessment-scoring";
import { env } from "@/lib/env";
import { counting, summary } from "./stats";

const ALL = { canSeeProvisional: true, canSeeDecided: true };

/** Gives every assessed unit a reviewed assessment for the year when the year has no scheme yet. */
async function ensureYear(db: Db, year: number, decide: boolean) {
  const [existing] = await db.select({ id: assessmentSchemes.id }).from(assessmentSchemes).where(eq(assessmentSchemes.year, year));
  if (existing) return false;
  const assessed = await db
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.kind, ["section", "affiliated", "branch"]), eq(units.isActive, true)));
  const ids = assessed.map((u) => u.id);
  // About one unit in a hundred vetoed, as in a real year.
  const vetoUnitIds = ids.filter((_, i) => i % 97 === 13);
  await withAudit(db, SYSTEM_ACTOR, async (tx) => ({
    value: await seedSyntheticAssessment(tx, { year, unitIds: ids, vetoUnitIds }),
    audit: { action: "bench.seed.assessment", objectType: "assessment_year", objectId: year, after: { units: ids.length } },
  }));
  if (decide) await withAudit(db, SYSTEM_ACTOR, (tx) => decideYear(tx, year, { userId: null, now: new Date() }));
  return true;
}

class Rollback extends Error {}

/** The decide step inside a transaction that is rolled back, so every run decides the same year. */
async function decideRolledBack(db: Db, year: number) {
  try {
    await db.transaction(async (tx) => {
      await decideYear(tx as AuditedTx, year, { userId: null, now: new Date() });
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
}

async function timed<T>(runs: number, fn: () => Promise<T>, expectQueries: number | null, count: () => number, label: string) {
  const ms: number[] = [];
  let queries = 0;
  let last: T | undefined;
  for (let i = 0; i <= runs; i++) {
    const before = count();
    const t0 = performance.now();
    last = await fn();
    const t = performance.now() - t0;
    queries = count() - before;
    if (expectQueries != null && queries !== expectQueries) throw new Error(`${label}: expected ${expectQueries} queries, ran ${queries}`);
    if (i > 0) ms.push(t);
  }
  return { ms, queries, last: last as T };
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "20" }, year: { type: "string", default: "2026" } } });
  const runs = Number(values.runs);
  const year = Number(values.year);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(year)) throw new Error("usage: bench/assessment-results.ts --runs N --year YYYY");
  const e = env();
  const dir = e.pgliteDir === path.join(e.dataDir, "pglite") ? path.join(e.dataDir, "bench-pglite") : e.pgliteDir;
  const handle = await openDatabase({ url: e.databaseUrl, dir: e.databaseUrl ? undefined : dir });
  try {
    const t0 = performance.now();
    const seededLast = await ensureYear(handle.db, year - 1, true);
    const seededThis = await ensureYear(handle.db, year, false);
    if (seededLast || seededThis) console.log(`seeded synthetic assessments in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const { db, count } = counting(handle.db);
    const live = await timed(runs, () => getResultsData(db, year, ALL), null, count, "results (live)");
    const stored = await timed(runs, () => getResultsData(db, year - 1, ALL), RESULTS_QUERY_COUNT.stored, count, "results (stored)");
    const compute = await timed(runs, () => computeResults(db, year), COMPUTE_RESULTS_QUERY_COUNT, count, "computeResults");
    const decide = await timed(Math.min(runs, 5), () => decideRolledBack(handle.db, year), null, () => 0, "decide");
    const liveRows = live.last.state === "ready" ? live.last : undefined;
    const storedRows = stored.last.state === "ready" ? stored.last : undefined;
    if (liveRows?.isProvisional && live.queries !== RESULTS_QUERY_COUNT.provisional)
      throw new Error(`results (live): expected ${RESULTS_QUERY_COUNT.provisional} queries, ran ${live.queries}`);

    console.log(`Assessment results on ${handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${dir}`}, ${runs} runs`);
    console.log(
      `${year}: ${liveRows?.rows.length ?? 0} units (${liveRows?.isProvisional ? "provisional, live" : "stored"}); ` +
        `${year - 1}: ${storedRows?.rows.length ?? 0} units (stored); ` +
        `${liveRows?.scheme ? "12 items, 4 categories" : ""}`,
    );
    console.log(
      `queries per call (counted, the same whatever the number of units): results stored ${stored.queries}, results live ${live.queries}, computeResults ${compute.queries}`,
    );
    console.table({
      [`results ${year - 1} (stored)`]: summary(stored.ms),
      [`results ${year} (provisional, live)`]: summary(live.ms),
      [`computeResults ${year}`]: summary(compute.ms),
      [`decide ${year} (rolled back, ${decide.ms.length} runs)`]: summary(decide.ms),
    });
    if (storedRows) {
      console.log(`distribution ${year - 1}: ${storedRows.distribution.map((b) => `${b.key} ${b.count}`).join(", ")}`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
