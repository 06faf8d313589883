// `tsx bench/coverage.ts [--runs 20] [--year 2026] [--unit ID]`: times the coverage page's work — the
// six queries of getCoverageData and the pure gap/matrix computation — on the database from the
// environment (DATABASE_URL, else PGLITE_DIR, else the bench folder seeded by `npm run bench:seed`).
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { COVERAGE_QUERY_COUNT, getCoverageData } from "@/db/queries/coverage";
import { computeCoverage } from "@/lib/coverage/coverage";
import { shanghaiDate, shanghaiYear } from "@/lib/clock";
import { env } from "@/lib/env";
import { counting, summary } from "./stats";

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: "string", default: "20" }, year: { type: "string" }, unit: { type: "string" } },
  });
  const runs = Number(values.runs);
  const now = new Date();
  const year = values.year ? Number(values.year) : shanghaiYear(now);
  const unitId = values.unit ? Number(values.unit) : undefined;
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(year))
    throw new Error("usage: bench/coverage.ts --runs N --year YYYY [--unit ID]");
  const e = env();
  const dir = e.pgliteDir === path.join(e.dataDir, "pglite") ? path.join(e.dataDir, "bench-pglite") : e.pgliteDir;
  const handle = await openDatabase({ url: e.databaseUrl, dir: e.databaseUrl ? undefined : dir });
  try {
    const today = shanghaiDate(now);
    const { db, count } = counting(handle.db);
    const load: number[] = [];
    const compute: number[] = [];
    const total: number[] = [];
    // CPU time of this process: on PGlite that includes the database, and it stays honest on a busy machine.
    const cpu: number[] = [];
    let last: ReturnType<typeof computeCoverage> | undefined;
    let size = { units: 0, posts: 0, holdings: 0, lists: 0, items: 0 };
    // One warm-up run (plans, caches, JIT), then the timed runs.
    for (let i = 0; i <= runs; i++) {
      const before = count();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const input = await getCoverageData(db, year, today);
      const t1 = performance.now();
      last = computeCoverage(input, { unitId });
      const t2 = performance.now();
      const c1 = process.cpuUsage(c0);
      const queries = count() - before;
      if (queries !== COVERAGE_QUERY_COUNT) throw new Error(`expected ${COVERAGE_QUERY_COUNT} queries, ran ${queries}`);
      if (i === 0) {
        size = {
          units: input.units.length,
          posts: input.posts.length,
          holdings: input.holdings.length,
          lists: input.lists.length,
          items: input.items.length,
        };
        continue;
      }
      load.push(t1 - t0);
      compute.push(t2 - t1);
      total.push(t2 - t0);
      cpu.push((c1.user + c1.system) / 1000);
    }
    const row = summary;
    console.log(
      `Coverage ${year} on ${handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${dir}`}, ${runs} runs`,
    );
    console.log(
      `input: ${Object.entries(size)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}`,
    );
    console.log(`queries per run: ${COVERAGE_QUERY_COUNT} (counted)`);
    console.table({
      getCoverageData: row(load),
      computeCoverage: row(compute),
      total: row(total),
      "total CPU (this process)": row(cpu),
    });
    if (last) {
      const kinds = Object.entries(last.counts).map(([k, c]) => `${k} ${c.gaps}`);
      console.log(
        `gaps: ${last.gaps.length} (${kinds.join(", ")}); matrix ${last.matrix.rows.length} rows, ${last.matrix.total} items, ${last.matrix.emptyCells} empty cells`,
      );
    }
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
