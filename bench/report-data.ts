// `tsx bench/report-data.ts [--runs 10] [--year 2025]`: times the annual report's data (getAnnualReportData,
// every section and every unit's score sheet), the score sheets alone (getScoreSheets, the appendix) and the
// approval hash (canonical JSON + SHA-256) on the large organisation, and checks the query counts stay fixed.
// It reads what the organisation has: bench/assessment-results.ts (run before it by `npm run bench`) gives
// it a decided synthetic year; on first use this script adds the year's synthetic work records, hazards and
// accidents (bench/report-records.ts). Database as in bench/coverage.ts.
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { getAnnualReportData, REPORT_DATA_QUERY_COUNT } from "@/db/queries/report-data";
import { getScoreSheets, SCORE_SHEETS_QUERY_COUNT } from "@/db/queries/report-sheets";
import { snapshotHash } from "@/lib/reports/hash";
import { getCoverageData } from "@/db/queries/coverage";
import { getResultsByYear, getSigningProgress } from "@/db/queries/dashboard";
import { computeGaps } from "@/lib/coverage/gaps";
import { shanghaiDate, shanghaiYear } from "@/lib/clock";
import { env } from "@/lib/env";
import { counting, summary } from "./stats";
import { ensureReportRecords } from "./report-records";

async function main() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "10" }, year: { type: "string" } } });
  const runs = Number(values.runs);
  const year = values.year ? Number(values.year) : shanghaiYear(new Date()) - 1;
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(year)) throw new Error("usage: bench/report-data.ts --runs N --year YYYY");
  const e = env();
  const dir = e.pgliteDir === path.join(e.dataDir, "pglite") ? path.join(e.dataDir, "bench-pglite") : e.pgliteDir;
  const handle = await openDatabase({ url: e.databaseUrl, dir: e.databaseUrl ? undefined : dir });
  try {
    const t0 = performance.now();
    const added = await ensureReportRecords(handle.db, year);
    if (added) console.log(`seeded ${added} synthetic work records (with hazards and accidents) for ${year} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const { db, count } = counting(handle.db);
    const texts = { problems: "存在问题", plans: "工作打算" };
    const report: number[] = [];
    const sheets: number[] = [];
    const hash: number[] = [];
    const cpu: number[] = [];
    const dashboard: number[] = [];
    const today = shanghaiDate(new Date());
    const thisYear = shanghaiYear(new Date());
    let size = 0;
    let last: Awaited<ReturnType<typeof getAnnualReportData>> | undefined;
    // One warm-up run, then the timed runs.
    for (let i = 0; i <= runs; i++) {
      let before = count();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      last = await getAnnualReportData(db, year, texts);
      const t1 = performance.now();
      const c1 = process.cpuUsage(c0);
      if (count() - before !== REPORT_DATA_QUERY_COUNT) throw new Error(`report: expected ${REPORT_DATA_QUERY_COUNT} queries, ran ${count() - before}`);
      const h0 = performance.now();
      snapshotHash(last);
      const h1 = performance.now();
      before = count();
      const s0 = performance.now();
      await getScoreSheets(db, year);
      const s1 = performance.now();
      if (count() - before !== SCORE_SHEETS_QUERY_COUNT) throw new Error(`sheets: expected ${SCORE_SHEETS_QUERY_COUNT} queries, ran ${count() - before}`);
      // The home dashboard's reads and computation (signing progress, coverage gaps, results by year).
      const d0 = performance.now();
      const [, coverage] = await Promise.all([getSigningProgress(db, thisYear, today), getCoverageData(db, thisYear, today), getResultsByYear(db)]);
      computeGaps(coverage);
      const d1 = performance.now();
      if (i === 0) {
        size = Buffer.byteLength(JSON.stringify(last));
        continue;
      }
      report.push(t1 - t0);
      cpu.push((c1.user + c1.system) / 1000);
      hash.push(h1 - h0);
      sheets.push(s1 - s0);
      dashboard.push(d1 - d0);
    }
    const d = last!;
    console.log(`Annual report data ${year} on ${handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${dir}`}, ${runs} runs`);
    console.log(
      `content: ${d.counts.units} units, ${d.counts.people} people, ${d.counts.lists} lists, ${d.results.length} assessed units ` +
        `(${d.results.filter((r) => r.total != null).length} decided), ${d.scoreSheets.length} score sheets × ` +
        `${d.scoreSheets[0]?.rows.length ?? 0} items, ${d.leaders.length} leaders, ${d.hazards.length} hazards, ` +
        `${d.work.reduce((s, w) => s + w.count, 0)} work records; snapshot ${(size / 1024).toFixed(0)} KB`,
    );
    console.log(`queries per call (counted): getAnnualReportData ${REPORT_DATA_QUERY_COUNT}, getScoreSheets ${SCORE_SHEETS_QUERY_COUNT}`);
    console.table({
      getAnnualReportData: summary(report),
      "getAnnualReportData CPU (this process)": summary(cpu),
      getScoreSheets: summary(sheets),
      "snapshot hash (canonical JSON + SHA-256)": summary(hash),
      [`home dashboard ${thisYear} (8 queries + gaps)`]: summary(dashboard),
    });
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
