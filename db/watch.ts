// Watches PostgreSQL from the server process (started once by instrumentation.ts): `select 1` on a
// connection of its own — so a busy pool never looks like an outage — every second while the database
// answers, every 200 ms while it does not, and at once when a request meets a connection error. The
// result is lib/availability.ts's state, which proxy.ts turns into an immediate 503.
import type { Sql } from "postgres";
import { onDatabaseSuspect, setDatabaseDown } from "@/lib/availability";
import { POSTGRES_TIMEOUTS } from "./client";

export const WATCH = { upEveryMs: 1000, downEveryMs: 200, probeTimeoutMs: 1000 };

type Watch = { url: string; client?: Sql; timer?: ReturnType<typeof setTimeout>; running?: Promise<boolean>; stopped?: boolean };
const g = globalThis as typeof globalThis & { __dualdutyDbWatch?: Watch };

async function probe(w: Watch): Promise<boolean> {
  const { default: postgres } = await import("postgres");
  const client = (w.client ??= postgres(w.url, {
    max: 1,
    onnotice: () => {},
    ...POSTGRES_TIMEOUTS,
    backoff: () => 0,
    idle_timeout: 0,
    connection: { application_name: "dualduty-watch", statement_timeout: WATCH.probeTimeoutMs },
  }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("probe timed out")), WATCH.probeTimeoutMs);
    });
    await Promise.race([client`select 1`, timeout]);
    setDatabaseDown(false);
    return true;
  } catch {
    setDatabaseDown(true);
    // A connection that hangs is dropped, so the next probe starts afresh instead of queueing behind it.
    w.client = undefined;
    client.end({ timeout: 0 }).catch(() => {});
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** One probe at a time: concurrent callers share the one in flight. */
export function checkDatabase(w = g.__dualdutyDbWatch): Promise<boolean> {
  if (!w) return Promise.resolve(true);
  return (w.running ??= probe(w).finally(() => (w.running = undefined)));
}

function schedule(w: Watch, isUp: boolean) {
  if (w.stopped) return;
  clearTimeout(w.timer);
  w.timer = setTimeout(() => void checkDatabase(w).then((ok) => schedule(w, ok)), isUp ? WATCH.upEveryMs : WATCH.downEveryMs);
  w.timer.unref?.();
}

/** Starts watching `url` (once per process; the embedded database needs no watch). */
export function startDatabaseWatch(url: string | undefined) {
  if (!url || g.__dualdutyDbWatch) return;
  const w: Watch = (g.__dualdutyDbWatch = { url });
  onDatabaseSuspect(() => void checkDatabase(w).then((ok) => schedule(w, ok)));
  void checkDatabase(w).then((ok) => schedule(w, ok));
}

/** Tests: stop watching and close the probe connection. */
export async function stopDatabaseWatch() {
  const w = g.__dualdutyDbWatch;
  if (!w) return;
  w.stopped = true;
  clearTimeout(w.timer);
  g.__dualdutyDbWatch = undefined;
  onDatabaseSuspect(() => {});
  setDatabaseDown(false);
  await w.running?.catch(() => {});
  await w.client?.end({ timeout: 0 });
}
