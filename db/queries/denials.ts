// Counters of unauthenticated denials per client address and window (lib/auth/denials.ts writes the audit
// summaries). Counting is one upsert on (client, window) and never touches the audit head.
import { and, asc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import type { AuditedTx } from "../audited";
import { denialCounters, type DenialCounter } from "../schema";

export type DenialInput = { client: string; windowStart: Date; at: Date; action: string; userAgent: string | null };

/** Counts one denial; returns the window's count so far (1 for the client's first denial in the window).
 * Not audited by itself, like touchSession: the audit summary of the window stands for these counts. */
export async function countDenial(db: Db, d: DenialInput): Promise<number> {
  const [row] = await db
    .insert(denialCounters)
    .values({
      client: d.client,
      windowStart: d.windowStart,
      count: 1,
      action: d.action,
      userAgent: d.userAgent ? d.userAgent.slice(0, 300) : null,
      firstAt: d.at,
      lastAt: d.at,
      createdAt: d.at,
      updatedAt: d.at,
    })
    .onConflictDoUpdate({
      target: [denialCounters.client, denialCounters.windowStart],
      set: {
        count: sql`${denialCounters.count} + 1`,
        lastAt: sql`greatest(${denialCounters.lastAt}, excluded.last_at)`,
        updatedAt: sql`excluded.updated_at`,
      },
    })
    .returning({ count: denialCounters.count });
  return row.count;
}

/** The windows closed before `before` that hold denials not yet summarised, locked until the transaction
 * ends: a concurrent summariser waits, then finds nothing left to claim. */
export async function claimDueDenials(tx: Tx, before: Date, limit = 500): Promise<DenialCounter[]> {
  return tx
    .select()
    .from(denialCounters)
    .where(and(lt(denialCounters.windowStart, before), gt(denialCounters.count, denialCounters.auditedCount)))
    .orderBy(asc(denialCounters.windowStart), asc(denialCounters.id))
    .limit(limit)
    .for("update");
}

/** Marks claimed rows as summarised: they are still locked by the claim, so `count` is what was claimed. */
export async function markDenialsAudited(tx: AuditedTx, ids: number[], at: Date) {
  if (!ids.length) return;
  await tx
    .update(denialCounters)
    .set({ auditedCount: sql`${denialCounters.count}`, updatedAt: at })
    .where(inArray(denialCounters.id, ids));
}

/** Counters whose windows ended before `before` and are fully summarised are no longer needed. */
export async function purgeAuditedDenials(tx: AuditedTx, before: Date) {
  await tx
    .delete(denialCounters)
    .where(and(lt(denialCounters.windowStart, before), eq(denialCounters.count, denialCounters.auditedCount)));
}
