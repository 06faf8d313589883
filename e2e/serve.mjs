// The end-to-end web server: a fresh database (a new embedded folder, or DATABASE_URL with the demo
// bureau), a production build, then `next start`. Playwright waits on /api/health.
// The clock: playwright.config.ts pins the run to DUALDUTY_NOW (decided at E2E_PINNED_AT, real ms); the seed
// and the server each start their clock at that instant moved on by the real time elapsed since, so they,
// the specs and the browser share one clock. A production server takes DUALDUTY_NOW only with
// DUALDUTY_ALLOW_CLOCK=1: a test installation.
import { rmSync } from "node:fs";
import { spawn, execSync } from "node:child_process";

const port = process.env.E2E_PORT ?? "3100";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DEMO_SEED: "1", NODE_ENV: "production" };
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = env.PGLITE_DIR ?? ".data/e2e-pglite";
  rmSync(env.PGLITE_DIR, { recursive: true, force: true });
  rmSync(`${env.PGLITE_DIR}.lock`, { force: true });
}
/** The environment of a child, with the run's clock as it stands now. */
const withClock = () => {
  if (!env.DUALDUTY_NOW) return env;
  const pinned = new Date(env.DUALDUTY_NOW).getTime();
  const elapsed = env.E2E_PINNED_AT ? Math.max(0, Date.now() - Number(env.E2E_PINNED_AT)) : 0;
  return { ...env, DUALDUTY_NOW: new Date(pinned + elapsed).toISOString(), DUALDUTY_ALLOW_CLOCK: "1" };
};
if (env.DUALDUTY_NOW) console.log(`e2e server clock: starts at ${env.DUALDUTY_NOW} (pinned) and runs on`);
const run = (cmd) => execSync(cmd, { stdio: "inherit", env: withClock() });
// server/ use-cases (the seed runs some) import "server-only": its react-server build is the empty module.
run("npx tsx --conditions=react-server db/scripts/setup.ts");
if (process.env.E2E_SKIP_BUILD !== "1") run("npx next build");
const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env: withClock() });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
