// Backup and restore, one command each: pg_dump/pg_restore for PostgreSQL, a data-folder tarball for
// the embedded database.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { openDatabase } from "./client";

export async function backupDatabase(opts: { url?: string; dir?: string }, file: string) {
  if (opts.url) {
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, opts.url], { stdio: "inherit" });
    return;
  }
  const h = await openDatabase({ dir: opts.dir, migrate: false });
  try {
    const blob = await h.dumpDataDir!();
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  } finally {
    await h.close();
  }
}

export async function restoreDatabase(opts: { url?: string; dir: string | undefined; force?: boolean }, file: string) {
  if (!existsSync(file)) throw new Error(`No backup file ${file}`);
  if (opts.url) {
    execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", `--dbname=${opts.url}`, file], { stdio: "inherit" });
    return;
  }
  if (!opts.dir || opts.dir.startsWith("memory://")) throw new Error("Restore needs a data folder");
  if (existsSync(opts.dir) && !opts.force) throw new Error(`${opts.dir} exists: move it away or pass --force`);
  if (opts.force) {
    const { rmSync } = await import("node:fs");
    rmSync(opts.dir, { recursive: true, force: true });
  }
  const h = await openDatabase({ dir: opts.dir, loadDataDir: new Blob([readFileSync(file)]) });
  await h.close();
}
