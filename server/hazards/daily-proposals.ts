// The overdue-hazard proposals the system makes by itself once a day (besides each hazard write and the
// office's "propose now"): a timer started with the server (instrumentation.ts) checks every hour whether
// today's run is done; the first instance to claim the day in the settings row runs it, audited as the
// system. A server that was down at midnight catches up when it starts.
import "server-only";
import { withAudit } from "@/db/audited";
import type { Db } from "@/db/client";
import { SYSTEM_ACTOR } from "@/db/queries/audit";
import { claimDailyRun } from "@/db/queries/daily-runs";
import { isDatabaseDown } from "@/lib/availability";
import { now as clockNow, shanghaiDate } from "@/lib/clock";
import { proposeForOverdueHazards } from "./propose-overdue";

/** The settings row holding the last day the job ran. */
export const DAILY_PROPOSALS_KEY = "hazards.overdue_proposals.last_run";
const HOUR_MS = 3_600_000;
/** After the server starts: leave it a moment to answer its first requests. */
const FIRST_CHECK_MS = 15_000;

/**
 * Today's run, once across every instance: proposals for hazards overdue today, for last year's assessments
 * (still open in January, while the committee decides) and this year's. Null when the day was already run.
 */
export async function runDailyOverdueProposals(db: Db, now: Date = clockNow()) {
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  return withAudit(db, SYSTEM_ACTOR, async (tx) => {
    if (!(await claimDailyRun(tx, DAILY_PROPOSALS_KEY, today, now))) return { value: null, audit: [] };
    const years = [];
    for (const y of [year - 1, year]) years.push({ year: y, ...(await proposeForOverdueHazards(tx, y, today, null)) });
    return {
      value: years,
      audit: {
        action: "hazard.proposeOverdue.daily",
        objectType: "setting",
        objectId: DAILY_PROPOSALS_KEY,
        after: { date: today, years },
      },
    };
  });
}

type Timers = { __dualdutyDailyProposals?: ReturnType<typeof setInterval> };

/** Starts the hourly check (once per process: a dev reload does not start a second). */
export function startDailyOverdueProposals(getDb: () => Promise<Db>) {
  const g = globalThis as Timers;
  if (g.__dualdutyDailyProposals) return;
  const check = async () => {
    if (isDatabaseDown()) return;
    try {
      const done = await runDailyOverdueProposals(await getDb());
      if (done) console.log(`overdue-hazard proposals for ${shanghaiDate(clockNow())}:`, JSON.stringify(done));
    } catch (e) {
      // The next check tries again; nothing was claimed (the claim is in the failed transaction).
      console.error("overdue-hazard proposals failed:", e);
    }
  };
  setTimeout(check, FIRST_CHECK_MS).unref();
  g.__dualdutyDailyProposals = setInterval(check, HOUR_MS);
  g.__dualdutyDailyProposals.unref();
}
