// Runs once when the Next.js server starts: with PostgreSQL, watch it, so that while it is unreachable
// every page, action and route answers 503 at once (proxy.ts) and service resumes as soon as it returns;
// and start the daily overdue-hazard proposals (one run a day across every instance, audited as the system).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startDatabaseWatch }, { env }, { getDb }, { startDailyOverdueProposals }] = await Promise.all([
    import("./db/watch"),
    import("./lib/env"),
    import("./db/client"),
    import("./server/hazards/daily-proposals"),
  ]);
  startDatabaseWatch(env().databaseUrl);
  startDailyOverdueProposals(getDb);
}
