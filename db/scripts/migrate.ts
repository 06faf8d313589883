// npm run db:migrate — applies committed migrations (a no-op when up to date).
import { openDatabase } from "../client";
import { env } from "@/lib/env";

async function main() {
  const t0 = Date.now();
  const h = await openDatabase({ url: env().databaseUrl });
  console.log(`migrated ${h.kind} database in ${Date.now() - t0} ms`);
  await h.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
