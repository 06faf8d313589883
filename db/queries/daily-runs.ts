// A job that runs once a day across every instance of the application: the first to claim the day in a
// settings row runs it; the claim is part of the job's transaction, so a failed run leaves the day unclaimed.
import { sql } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import { settings } from "../schema";

/**
 * Claims `day` (YYYY-MM-DD) for the job named by `key`: true when this transaction moved the row's date
 * forward (or made it), false when the day is already claimed. A second instance claiming at the same time
 * waits on the row until the first commits, then sees the day taken.
 */
export async function claimDailyRun(tx: AuditedTx, key: string, day: string, now: Date): Promise<boolean> {
  const rows = await tx
    .insert(settings)
    .values({ key, value: day, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: day, updatedAt: now },
      setWhere: sql`${settings.value} < ${day}`,
    })
    .returning({ key: settings.key });
  return rows.length > 0;
}
