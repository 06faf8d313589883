// `npm run db:seed`: loads the demo bureau into an empty database, in one audited transaction.
// Demo data goes into the embedded database only, unless --demo or DEMO_SEED=1 asks for PostgreSQL.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { count } from "drizzle-orm";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { openDatabase, type DbHandle } from "../client";
import { withAudit } from "../audited";
import { SYSTEM_ACTOR } from "../queries/audit";
import { units } from "../schema";
import { seedDemo } from "../seed/demo";
import { seedDuties } from "../seed/duties";
import { seedRecords } from "../seed/records";
import { seedAssessment } from "../seed/assessment";
import { proposeDemoOverdue, seedHazardsAndAccidents } from "../seed/hazards";
import { demoCalendar } from "../seed/demo-calendar";
import { seedLastYearPledges } from "../seed/pledges";

/** Every demo login uses this password (listed in the README; demo data only). */
export const DEMO_PASSWORD = "DualDuty#2026";

export { SYSTEM_ACTOR };

export async function isDatabaseEmpty(handle: DbHandle): Promise<boolean> {
  const [row] = await handle.db.select({ n: count() }).from(units);
  return (row?.n ?? 0) === 0;
}

/** Seeds the demo bureau when the database has no unit; returns the row counts, or null if it had data. The
 * demo's last year is the clock's previous calendar year, complete; this year is in progress to today. */
export async function seedDemoIfEmpty(handle: DbHandle): Promise<Record<string, number> | null> {
  if (!(await isDatabaseEmpty(handle))) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const cal = demoCalendar();
  return withAudit(handle.db, SYSTEM_ACTOR, async (tx) => {
    const counts = {
      ...(await seedDemo(tx, { passwordHash, cal })),
      ...(await seedDuties(tx, cal)),
      ...(await seedRecords(tx, cal)),
    };
    const events = await seedHazardsAndAccidents(tx, cal);
    Object.assign(
      counts,
      events.counts,
      await seedAssessment(tx, { accidentId: events.accidentId, cal }),
      await proposeDemoOverdue(tx, cal),
      // Last year's pledges, all signed: after the assessment, whose indicators the staff pledges name.
      await seedLastYearPledges(tx, cal),
    );
    return {
      value: counts,
      audit: { action: "seed.demo", objectType: "database", after: counts },
    };
  });
}

async function main() {
  const e = env();
  const isDemoForced = process.argv.includes("--demo");
  const handle = await openDatabase({ url: e.databaseUrl });
  try {
    if (!(await isDatabaseEmpty(handle))) {
      console.log("already seeded");
      return;
    }
    if (e.databaseUrl && !isDemoForced && !e.demoSeed) {
      console.error(
        "Refusing to load demo data (fictional people and demo logins) into the PostgreSQL database at DATABASE_URL.\n" +
          "Pass --demo (npm run db:seed -- --demo) or set DEMO_SEED=1 if this database is meant for demonstration.",
      );
      process.exitCode = 1;
      return;
    }
    const counts = await seedDemoIfEmpty(handle);
    console.log(`Seeded the demo bureau into ${handle.kind === "postgres" ? "PostgreSQL" : "the embedded database"}:`);
    console.table(counts);
  } finally {
    await handle.close();
  }
}

const isCli = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isCli) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
