// A private PostgreSQL cluster for tests that stop and restart the database (the outage test): initdb and
// pg_ctl from the machine's PostgreSQL server binaries, on a free loopback port, in a temp folder. initdb
// refuses to run as root, so as root the cluster belongs to the `postgres` user (runuser).
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const PG_ROOT = "/usr/lib/postgresql";

/** The newest installed server's bin folder (initdb, pg_ctl), or null when none is installed. */
export function findPgBin(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(path.join(PG_ROOT, v, "bin", "initdb")) && existsSync(path.join(PG_ROOT, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(PG_ROOT, versions[0], "bin") : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export type TestCluster = {
  url: string;
  /** Starts the server and waits until it accepts connections. */
  start: () => Promise<void>;
  /** Stops it: "fast" ends sessions like a restart, "immediate" like a crash. */
  stop: (mode?: "fast" | "immediate") => Promise<void>;
  destroy: () => Promise<void>;
};

export async function createTestCluster(): Promise<TestCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error(`no PostgreSQL server binaries under ${PG_ROOT}/*/bin`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "dualduty-pg-"));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    const id = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout.trim());
    chownSync(dir, await id("-u"), await id("-g"));
  }
  const pg = (cmd: string, args: string[]) =>
    isRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]) : run(path.join(bin, cmd), args);
  const data = path.join(dir, "data");
  await pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  // Only the server process stops in these tests, never the machine: fsync off just saves time.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off`;
  const start = async () => {
    await pg("pg_ctl", ["start", "-D", data, "-w", "-t", "60", "-l", path.join(dir, "server.log"), "-o", options]);
  };
  const stop = async (mode: "fast" | "immediate" = "fast") => {
    await pg("pg_ctl", ["stop", "-D", data, "-m", mode, "-w", "-t", "60"]);
  };
  await start();
  // A test process that dies (a timeout, ^C) must not leave a server running.
  const stopOnExit = () => {
    const args = ["stop", "-D", data, "-m", "immediate"];
    try {
      if (isRoot) execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, "pg_ctl"), ...args], { stdio: "ignore" });
      else execFileSync(path.join(bin, "pg_ctl"), args, { stdio: "ignore" });
    } catch {
      /* already stopped */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stopOnExit);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    destroy: async () => {
      process.off("exit", stopOnExit);
      await stop("immediate").catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
