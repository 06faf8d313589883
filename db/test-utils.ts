// Test databases: a fresh PostgreSQL database per test file when DATABASE_URL is set (dropped after),
// otherwise embedded PGlite in memory. Both migrated with the committed migrations.
import { randomBytes } from "node:crypto";
import { openDatabase, type DbHandle } from "./client";
import { env } from "@/lib/env";

export async function openTestDb(): Promise<DbHandle & { url?: string; cleanup: () => Promise<void> }> {
  const url = env().databaseUrl;
  if (!url) {
    const h = await openDatabase({ dir: "memory://" });
    return { ...h, cleanup: () => h.close() };
  }
  const { default: postgres } = await import("postgres");
  const name = `dd_it_${randomBytes(6).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const h = await openDatabase({ url: u.toString() });
  return {
    ...h,
    url: u.toString(),
    cleanup: async () => {
      await h.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export const SYSTEM = { userId: null, username: "test", roles: [], ip: "127.0.0.1", userAgent: "vitest", requestId: null };
