// npm run db:reset — rebuilds a local database: deletes the embedded data folder, or drops and recreates
// the schema of a PostgreSQL database on localhost. Refuses anything else.
import { rmSync } from "node:fs";
import { isLocalDatabase, openDatabase } from "../client";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { bootstrapAdminIfEmpty } from "../seed/bootstrap";
import { seedDemoIfEmpty } from "./seed";

async function main() {
  const e = env();
  if (e.databaseUrl) {
    if (!isLocalDatabase(e.databaseUrl)) {
      console.error("db:reset refuses a database that is not on this machine.");
      process.exit(1);
    }
    const { default: postgres } = await import("postgres");
    const sql = postgres(e.databaseUrl, { max: 1, onnotice: () => {} });
    await sql.unsafe("drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;");
    await sql.end();
  } else {
    rmSync(e.pgliteDir, { recursive: true, force: true });
  }
  const h = await openDatabase({ url: e.databaseUrl });
  try {
    if (e.demoSeed || process.argv.includes("--demo")) console.log("demo bureau loaded:", await seedDemoIfEmpty(h));
    const pw = await bootstrapAdminIfEmpty(h.db, hashPassword, e.bootstrapAdminPassword);
    if (pw) console.log(`bootstrap administrator: admin / ${pw}`);
  } finally {
    await h.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
