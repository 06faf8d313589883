// `tsx bench/my-duties.ts [--runs 20]`: times the /my-duties data (getDutiesForPerson) on the large
// organisation for a spread of people — staff, unit heads and the leader with the most 分管 units —
// and checks the query count stays fixed. Database as in bench/coverage.ts.
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { getDutiesForPerson } from "@/db/queries/my-duties";
import { shanghaiDate, shanghaiYear } from "@/lib/clock";
import { env } from "@/lib/env";
import { counting, summary } from "./stats";

async function main() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
  const runs = Number(values.runs);
  const e = env();
  const dir = e.pgliteDir === path.join(e.dataDir, "pglite") ? path.join(e.dataDir, "bench-pglite") : e.pgliteDir;
  const handle = await openDatabase({ url: e.databaseUrl, dir: e.databaseUrl ? undefined : dir });
  try {
    const now = new Date();
    const year = shanghaiYear(now);
    const today = shanghaiDate(now);
    const sample = await handle.query<{ person_id: number; role: string }>(`
      (select person_id, 'staff' as role from post_holdings h join posts p on p.id = h.post_id where p.kind = 'staff' order by h.id limit 20)
      union all
      (select person_id, 'head' from post_holdings h join posts p on p.id = h.post_id where p.kind = 'head' order by h.id limit 10)
      union all
      (select leader_id, 'top leader' from supervisions where year = ${year} group by leader_id order by count(*) desc limit 3)`);
    const { db, count } = counting(handle.db);
    const times: Record<string, number[]> = {};
    let maxQueries = 0;
    let minQueries = Infinity;
    let biggest = { lists: 0, items: 0 };
    for (let i = 0; i <= runs; i++) {
      for (const s of sample) {
        const before = count();
        const t0 = performance.now();
        const r = await getDutiesForPerson(db, s.person_id, year, today);
        const ms = performance.now() - t0;
        const q = count() - before;
        maxQueries = Math.max(maxQueries, q);
        minQueries = Math.min(minQueries, q);
        const items = r?.lists.reduce((n, l) => n + l.items.length, 0) ?? 0;
        if (items > biggest.items) biggest = { lists: r?.lists.length ?? 0, items };
        if (i > 0) (times[s.role] ??= []).push(ms);
      }
    }
    console.log(`/my-duties data on ${handle.kind}, ${sample.length} people × ${runs} runs`);
    console.log(`queries per person: ${minQueries === maxQueries ? maxQueries : `${minQueries}–${maxQueries}`} (counted)`);
    console.log(`largest sheet: ${biggest.lists} lists, ${biggest.items} items`);
    console.table(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, summary(v)])));
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
