// The end-to-end web server: a fresh database (a new embedded folder, or DATABASE_URL with the demo
// bureau), a production build, then `next start`. Playwright waits on /api/health.
import { rmSync } from "node:fs";
import { spawn, execSync } from "node:child_process";

const port = process.env.E2E_PORT ?? "3100";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DEMO_SEED: "1", NODE_ENV: "production" };
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = env.PGLITE_DIR ?? ".data/e2e-pglite";
  rmSync(env.PGLITE_DIR, { recursive: true, force: true });
  rmSync(`${env.PGLITE_DIR}.lock`, { force: true });
}
const run = (cmd) => execSync(cmd, { stdio: "inherit", env });
run("npx tsx db/scripts/setup.ts");
if (process.env.E2E_SKIP_BUILD !== "1") run("npx next build");
const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
