// Opens the database once per process, lazily: embedded PGlite in .data/ by default, PostgreSQL when
// DATABASE_URL is set. Migrations run on first open. Never opened during `next build`.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type DbHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  /** Raw SQL that returns rows, on either driver. */
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  close: () => Promise<void>;
  /** Embedded only: a gzipped tarball of the data folder (backup). */
  dumpDataDir?: () => Promise<Blob>;
};

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/**
 * postgres.js settings that keep an outage short and visible (SECURITY.md: 503 within 2 s while the
 * database is down, back within 2 s of its return). Its defaults wait 30 s to connect and back off
 * reconnection exponentially up to 20 s, so requests hung and recovery took 3–15 s.
 */
export const POSTGRES_TIMEOUTS = {
  /** Seconds to open a connection (a host that drops packets fails here, not after 30 s). */
  connect_timeout: 1,
  /** Seconds an unused pool connection is kept. */
  idle_timeout: 20,
  /** Seconds a connection lives at most (it is replaced between queries). */
  max_lifetime: 30 * 60,
  /** Seconds to wait before reconnecting after a failure: short and capped, so the pool comes back with the
   * database instead of 3^n/100 s later. */
  backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
} as const;

/** What the server sets per connection: a statement (and an abandoned transaction) cannot hold a
 * connection, or the audit head lock, for long. Scripts (migrations, seeds, backups) run without. */
export const SERVER_STATEMENT_TIMEOUT_MS = 10_000;

function acquireFolderLock(dir: string): () => void {
  // PGlite has no lock between processes: two writers on one folder silently lose rows.
  mkdirSync(path.dirname(dir), { recursive: true });
  const lockFile = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lockFile, "utf8") === String(process.pid)) unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
    } catch {
      const pid = Number(readFileSync(lockFile, "utf8"));
      let alive = false;
      if (pid && pid !== process.pid) {
        try {
          process.kill(pid, 0);
          alive = true;
        } catch {
          alive = false;
        }
      }
      if (alive) throw new Error(`Embedded database ${dir} is in use by process ${pid}`);
      unlinkSync(lockFile);
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
}

export async function openDatabase(opts: {
  url?: string;
  dir?: string;
  migrate?: boolean;
  /** Embedded only: start from a data-folder tarball (restore). */
  loadDataDir?: Blob;
  /** PostgreSQL only: statement_timeout (and twice it as idle_in_transaction_session_timeout); 0 = none. */
  statementTimeoutMs?: number;
  /** PostgreSQL only: pool size (default 10). */
  max?: number;
}): Promise<DbHandle> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error("The database must not be opened during next build");
  }
  const shouldMigrate = opts.migrate ?? true;
  if (opts.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    if (shouldMigrate) {
      const { migrate } = await import("drizzle-orm/postgres-js/migrator");
      // One migrator at a time across instances.
      const lockClient = postgres(opts.url, { max: 1, onnotice: () => {}, ...POSTGRES_TIMEOUTS });
      try {
        await lockClient`select pg_advisory_lock(72700001)`;
        await migrate(drizzle(lockClient), { migrationsFolder });
        await lockClient`select pg_advisory_unlock(72700001)`;
      } finally {
        await lockClient.end();
      }
    }
    const timeout = opts.statementTimeoutMs ?? 0;
    const client = postgres(opts.url, {
      max: opts.max ?? 10,
      onnotice: () => {},
      ...POSTGRES_TIMEOUTS,
      connection: timeout ? { statement_timeout: timeout, idle_in_transaction_session_timeout: 2 * timeout } : {},
    });
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      query: async (text, params = []) => (await client.unsafe(text, params as never[])) as never,
      // Bounded: after an outage postgres.js's end() can wait forever on a connection that never closes.
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = opts.dir ?? env().pgliteDir;
  const isMemory = dir.startsWith("memory://");
  const release = isMemory ? () => {} : acquireFolderLock(dir);
  try {
    if (!isMemory) mkdirSync(dir, { recursive: true });
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const client = await PGlite.create(isMemory ? undefined : dir, opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
    const db = drizzle(client, { schema }) as unknown as Db;
    if (shouldMigrate) {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(db as never, { migrationsFolder });
    }
    return {
      db,
      kind: "pglite",
      query: async (text, params = []) => (await client.query(text, params)).rows as never,
      dumpDataDir: () => client.dumpDataDir("gzip"),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

type Holder = { promise?: Promise<DbHandle> };
const holder: Holder = ((globalThis as Record<string, unknown>).__dualdutyDb ??= {}) as Holder;

/** The process-wide handle, opened (and migrated) on first use and kept across dev reloads. */
export function getHandle(): Promise<DbHandle> {
  if (!holder.promise) {
    holder.promise = openDatabase({ url: env().databaseUrl, statementTimeoutMs: SERVER_STATEMENT_TIMEOUT_MS }).catch((e) => {
      holder.promise = undefined;
      throw e;
    });
  }
  return holder.promise;
}

export async function getDb(): Promise<Db> {
  return (await getHandle()).db;
}

export function isLocalDatabase(url: string | undefined): boolean {
  if (!url) return true;
  try {
    const host = new URL(url).hostname;
    return host === "localhost" || host === "127.0.0.1" || host === "::1" || host === "[::1]";
  } catch {
    return false;
  }
}


/** Rows of a `db.execute` result on either driver (PGlite returns { rows }, postgres.js an array). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
