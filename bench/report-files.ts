// `tsx bench/report-files.ts [--runs 5] [--year 2025]`: times the report downloads on the large organisation
// — the annual report and one unit's score sheet as Word, PDF and Excel — the way the routes make them: a
// working draft assembles the data (getAnnualReportData) and renders it; an approved edition checks its
// snapshot's hash and renders it. Budget: 3 s per download. Reads the year bench/report-data.ts prepared
// (the synthetic decided year and its records); on a database without an organisation it falls back to the
// renderers' large fixture (300 units, 60 leaders). Database as in bench/coverage.ts.
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { getAnnualReportData } from "@/db/queries/report-data";
import { shanghaiYear } from "@/lib/clock";
import { env } from "@/lib/env";
import { annualDocxBuffer } from "@/lib/reports/annual-docx";
import { annualPdfBuffer } from "@/lib/reports/annual-pdf";
import { annualXlsxBuffer } from "@/lib/reports/annual-xlsx";
import { largeFixtureReport } from "@/lib/reports/fixture";
import { isSnapshotIntact, snapshotHash } from "@/lib/reports/hash";
import { sheetDocxBuffer } from "@/lib/reports/sheet-docx";
import { sheetPdfBuffer } from "@/lib/reports/sheet-pdf";
import { sheetXlsxBuffer } from "@/lib/reports/sheet-xlsx";
import type { AnnualReportData } from "@/lib/reports/types";
import { ensureReportRecords } from "./report-records";
import { summary } from "./stats";

const BUDGET_MS = 3000;

type Renderer = (d: AnnualReportData) => Promise<Buffer>;
const RENDERERS: [string, Renderer][] = [
  ["annual docx", (d) => annualDocxBuffer(d, { draft: true })],
  ["annual pdf", (d) => annualPdfBuffer(d, { draft: true })],
  ["annual xlsx", (d) => annualXlsxBuffer(d, { draft: true })],
  ["unit sheet docx", (d) => sheetDocxBuffer(d.scoreSheets[0])],
  ["unit sheet pdf", (d) => sheetPdfBuffer(d.scoreSheets[0])],
  ["unit sheet xlsx", (d) => sheetXlsxBuffer(d.scoreSheets[0])],
];

async function loadData(year: number): Promise<{ data: AnnualReportData; assemble: number[]; where: string }> {
  const e = env();
  const dir = e.pgliteDir === path.join(e.dataDir, "pglite") ? path.join(e.dataDir, "bench-pglite") : e.pgliteDir;
  const handle = await openDatabase({ url: e.databaseUrl, dir: e.databaseUrl ? undefined : dir });
  const where = handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${dir}`;
  try {
    const texts = { problems: "存在问题", plans: "工作打算" };
    const first = await getAnnualReportData(handle.db, year, texts);
    if (first.counts.units === 0 || first.scoreSheets.length === 0)
      return {
        data: largeFixtureReport(),
        assemble: [],
        where: `${where} has no organisation or assessment for ${year}: the renderers' large fixture`,
      };
    if (await ensureReportRecords(handle.db, year)) console.log(`seeded synthetic work records for ${year}`);
    const assemble: number[] = [];
    let data = first;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      data = await getAnnualReportData(handle.db, year, texts);
      assemble.push(performance.now() - t0);
    }
    return { data, assemble, where };
  } finally {
    await handle.close();
  }
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, year: { type: "string" } } });
  const runs = Number(values.runs);
  const year = values.year ? Number(values.year) : shanghaiYear(new Date()) - 1;
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(year))
    throw new Error("usage: bench/report-files.ts --runs N --year YYYY");
  const { data, assemble, where } = await loadData(year);
  const dataMs = assemble.length ? [...assemble].sort((a, b) => a - b)[Math.floor(assemble.length / 2)] : 0;
  const snapshot = JSON.parse(JSON.stringify(data)) as AnnualReportData;
  const hash = snapshotHash(snapshot);
  const h0 = performance.now();
  if (!isSnapshotIntact(snapshot, hash)) throw new Error("snapshot hash mismatch");
  const hashMs = performance.now() - h0;
  console.log(`Report files ${year} from ${where}, ${runs} runs after a warm-up`);
  console.log(
    `content: ${data.results.length} units, ${data.scoreSheets.length} score sheets × ${data.scoreSheets[0]?.rows.length ?? 0} items, ` +
      `${data.leaders.length} leaders, ${data.hazards.length} hazards, ${data.accidents.length} accidents; ` +
      `data ${assemble.length ? `${dataMs.toFixed(0)} ms (median of ${assemble.length})` : "from the fixture"}, snapshot hash check ${hashMs.toFixed(0)} ms`,
  );
  const rows: Record<string, Record<string, string>> = {};
  let over = 0;
  for (const [name, render] of RENDERERS) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      size = (await render(data)).length;
      if (i > 0) times.push(performance.now() - t0);
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
    // A draft's download assembles the data first; an approved edition checks its snapshot's hash instead.
    const draft = (name.startsWith("annual") ? dataMs : 0) + median;
    const approved = (name.startsWith("annual") ? hashMs : 0) + median;
    const worst = Math.max(draft, approved);
    if (worst > BUDGET_MS) over++;
    rows[name] = {
      ...summary(times),
      size: `${(size / 1024).toFixed(0)} KB`,
      "draft download": `${draft.toFixed(0)} ms`,
      "approved download": `${approved.toFixed(0)} ms`,
      budget: worst <= BUDGET_MS ? "ok (≤ 3 s)" : "OVER 3 s",
    };
  }
  console.table(rows);
  if (over)
    console.log(
      `${over} format(s) over the 3 s budget on this run (a busy machine slows every figure; run again before concluding)`,
    );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
