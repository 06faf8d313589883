// npm run db:backup -- FILE   /   npm run db:restore -- FILE [--force]
import { env } from "@/lib/env";
import { backupDatabase, restoreDatabase } from "../backup";

async function main() {
  const [cmd, file] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!file || (cmd !== "backup" && cmd !== "restore")) {
    console.error("usage: backup|restore FILE [--force]");
    process.exit(2);
  }
  const e = env();
  const t0 = Date.now();
  if (cmd === "backup") await backupDatabase({ url: e.databaseUrl, dir: e.pgliteDir }, file);
  else await restoreDatabase({ url: e.databaseUrl, dir: e.pgliteDir, force: process.argv.includes("--force") }, file);
  console.log(`${cmd} ${file} done in ${Date.now() - t0} ms`);
}
main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
