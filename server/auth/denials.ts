// Unauthenticated denials (a junk or stale session cookie, scans) are counted, never logged one by one: each
// is one upsert on (client address, minute) in denial_counters. The audit log gets one summary entry per
// client and window with the count, written once the window has closed, by the next client's first denial
// or by anyone reading the audit log. Only those take the audit head lock; requests that are only counted
// never do, so a flood cannot queue the whole application behind the audit head.
import "server-only";
import type { Db } from "@/db/client";
import { withAuditEach } from "@/db/audited";
import type { AuditActor } from "@/db/queries/audit";
import { claimDueDenials, countDenial, markDenialsAudited, purgeAuditedDenials } from "@/db/queries/denials";
import type { DenialCounter } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";

export const DENIAL_WINDOW_MS = 60_000;
/** Beyond this many client addresses in one window (forged ones), the rest share one summary entry. */
export const MAX_CLIENTS_PER_WINDOW = 20;
/** Summarised counters are kept a day, then dropped (the audit log keeps the summaries). */
const KEEP_MS = 24 * 3600_000;

export const SUMMARY_ACTION = "auth.denied.unauthenticated";

export const windowOf = (at: Date) => new Date(Math.floor(at.getTime() / DENIAL_WINDOW_MS) * DENIAL_WINDOW_MS);

type Denied = { action: string };

/** Counts one signed-out request that was refused. The client's first denial in a window also writes the
 * summaries of windows that have closed (its own is still open, so nothing of the flood itself). */
export async function noteUnauthenticatedDenial(db: Db, actor: AuditActor, denied: Denied, at = clockNow()) {
  const client = (actor.ip ?? "unknown").slice(0, 64);
  const count = await countDenial(db, { client, windowStart: windowOf(at), at, action: denied.action, userAgent: actor.userAgent });
  if (count === 1) await summariseDenials(db, at);
}

type Summary = { client: string; userAgent: string | null; after: Record<string, unknown> };

/** One entry per client per window; past MAX_CLIENTS_PER_WINDOW clients, the smallest share one entry. */
function summariesOf(due: DenialCounter[]): Summary[] {
  const byWindow = new Map<number, DenialCounter[]>();
  for (const r of due) byWindow.set(r.windowStart.getTime(), [...(byWindow.get(r.windowStart.getTime()) ?? []), r]);
  const out: Summary[] = [];
  for (const [start, rows] of byWindow) {
    const window = { windowStart: new Date(start).toISOString(), windowEnd: new Date(start + DENIAL_WINDOW_MS).toISOString() };
    const pending = (r: DenialCounter) => r.count - r.auditedCount;
    const sorted = [...rows].sort((a, b) => pending(b) - pending(a));
    for (const r of sorted.slice(0, MAX_CLIENTS_PER_WINDOW)) {
      out.push({
        client: r.client,
        userAgent: r.userAgent,
        after: { count: pending(r), ...window, firstAt: r.firstAt.toISOString(), lastAt: r.lastAt.toISOString(), firstAction: r.action },
      });
    }
    const rest = sorted.slice(MAX_CLIENTS_PER_WINDOW);
    if (rest.length) {
      out.push({ client: "*", userAgent: null, after: { count: rest.reduce((n, r) => n + pending(r), 0), clients: rest.length, ...window } });
    }
  }
  return out;
}

/** Writes the summaries of every closed window that holds unsummarised denials, in one transaction with
 * marking them summarised (a concurrent call waits on the claimed rows, then finds nothing). */
export async function summariseDenials(db: Db, at = clockNow()): Promise<number> {
  const before = windowOf(at);
  return withAuditEach(
    db,
    async (tx) => {
      const due = await claimDueDenials(tx, before);
      if (!due.length) return { value: 0, entries: [] };
      const entries = summariesOf(due).map((s) => ({
        actor: { userId: null, username: null, roles: [], ip: s.client === "*" ? null : s.client, userAgent: s.userAgent, requestId: null },
        audit: { action: SUMMARY_ACTION, objectType: "client", objectId: s.client, result: "denied" as const, after: s.after },
      }));
      await markDenialsAudited(tx, due.map((r) => r.id), at);
      await purgeAuditedDenials(tx, new Date(before.getTime() - KEEP_MS));
      return { value: entries.length, entries };
    },
    () => at,
  );
}
