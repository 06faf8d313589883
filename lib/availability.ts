// Whether this process can reach its database, as last seen: set by the watcher (db/watch.ts) and by any
// request that met a connection failure; read by proxy.ts (503 before any work), defineAction, defineRoute
// and the viewer. Kept on globalThis so the proxy and every bundle of the server share one state. Pure: no
// imports, so the proxy can read it without loading a database driver.

/** The digest of the error a page throws while the database is unreachable: app/error.tsx shows the
 * translated "service unavailable" page for it (Next keeps a digest that the error already carries). */
export const UNAVAILABLE_DIGEST = "DUALDUTY_DB_UNAVAILABLE";

/** What the proxy sends for a refused server action call: Next's client throws it as the error's message
 * (a text/plain body with a 4xx/5xx status), and app/error.tsx shows the message under that key. */
export const REFUSAL_PREFIX = "dualduty:";

export class DatabaseUnavailableError extends Error {
  readonly digest = UNAVAILABLE_DIGEST;
  constructor(cause?: unknown) {
    super("database unavailable", { cause });
  }
}

type State = { isDown: boolean; since: number; onSuspect?: () => void };
const g = globalThis as typeof globalThis & { __dualdutyDbState?: State };
const state = (): State => (g.__dualdutyDbState ??= { isDown: false, since: 0 });

export function isDatabaseDown(): boolean {
  return state().isDown;
}

export function setDatabaseDown(isDown: boolean, at = Date.now()) {
  const s = state();
  if (s.isDown !== isDown) {
    s.isDown = isDown;
    s.since = at;
    console.warn(isDown ? "[db] unreachable: answering 503 until it returns" : "[db] reachable again");
  }
}

/** The watcher registers how to check again at once when a request suspects the database. */
export function onDatabaseSuspect(fn: () => void) {
  state().onSuspect = fn;
}

// Node's socket errors and postgres.js's own codes for a connection that failed, closed or timed out.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
]);
// SQLSTATEs of a server that is going away or not taking connections: connection exceptions (class 08),
// admin/crash shutdown, cannot connect now, too many connections.
const SHUTDOWN_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);

function codesOf(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== "object" || depth > 4) return [];
  const o = e as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof o.code === "string" ? [o.code] : [];
  const nested = Array.isArray(o.errors) ? o.errors.flatMap((x) => codesOf(x, depth + 1)) : [];
  return [...own, ...codesOf(o.cause, depth + 1), ...nested];
}

/** The database could not be reached (refused, reset, shut down, timed out connecting). */
export function isConnectionError(e: unknown): boolean {
  if (e instanceof DatabaseUnavailableError) return true;
  return codesOf(e).some((c) => CONNECTION_CODES.has(c) || SHUTDOWN_STATES.has(c) || c.startsWith("08"));
}

/** Worth a 503 rather than a 500: unreachable, or a statement cut off by statement_timeout (57014). */
export function isUnavailableError(e: unknown): boolean {
  return isConnectionError(e) || codesOf(e).includes("57014");
}

/** A request met this error: whether it is worth a 503; if the database looks unreachable, the watcher
 * checks at once (a single reset connection does not take the service down, a refused probe does). */
export function noteDatabaseError(e: unknown): boolean {
  if (!isConnectionError(e)) return isUnavailableError(e);
  // Already known (the refusal came from the state itself): the watcher is on it.
  if (!(e instanceof DatabaseUnavailableError && isDatabaseDown())) state().onSuspect?.();
  return true;
}
