// Runs before `npm run dev` / `npm start`: migrate, then load the demo bureau into an empty embedded
// database (or, with --no-seed / on PostgreSQL, create the bootstrap administrator).
import { openDatabase } from "../client";
import { bootstrapAdminIfEmpty } from "../seed/bootstrap";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoIfEmpty } from "./seed";

async function main() {
  const t0 = Date.now();
  const e = env();
  const h = await openDatabase({ url: e.databaseUrl });
  try {
    const noSeed = process.argv.includes("--no-seed");
    if (e.demoSeed && !noSeed) {
      const counts = await seedDemoIfEmpty(h);
      if (counts) console.log("demo bureau loaded:", counts);
    }
    const pw = await bootstrapAdminIfEmpty(h.db, hashPassword, e.bootstrapAdminPassword);
    if (pw) console.log(`bootstrap administrator created: username "admin", password "${pw}" (must be changed at first sign-in)`);
    console.log(`database ready (${h.kind}) in ${Date.now() - t0} ms`);
  } finally {
    await h.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
