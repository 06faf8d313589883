import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
// First: pins the run's clock (E2E_NOW, else DUALDUTY_NOW, else the real time) into process.env, which the
// workers and the web server inherit; the specs read the same instant from this module.
import { THIS_YEAR } from "./e2e/fixtures/clock";

const port = Number(process.env.E2E_PORT ?? 3100);
const systemChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p) => p && existsSync(p),
);

// Only *.after-all.spec.ts files named on the command line (e.g. `npx playwright test
// e2e/assessment/year-end.after-all.spec.ts`): run them without the main project first.
const fileArgs = process.argv.slice(2).filter((a) => /\.spec\.ts(:\d+)*$/.test(a));
const yearEndAlone = fileArgs.length > 0 && fileArgs.every((a) => /\.after-all\.spec\.ts(:\d+)*$/.test(a));
if (!process.env.TEST_WORKER_INDEX) console.log(`e2e clock: ${process.env.DUALDUTY_NOW} (demo year ${THIS_YEAR})`);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        }
      : {},
  },
  // The annual assessment's decision and finalisation close the demo year in progress for everyone: that
  // spec runs after every other spec has used the year (a project that depends on the first). Named alone
  // on the command line (only *.after-all.spec.ts files), it runs alone: it prepares its own state.
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /\.after-all\.spec\.ts$/ },
    {
      name: "year-end",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /\.after-all\.spec\.ts$/,
      dependencies: yearEndAlone ? [] : ["chromium"],
    },
  ],
  webServer: {
    command: "node e2e/serve.mjs",
    // The pinned clock for the seed and `next start` (serve.mjs moves it on by the time elapsed since).
    env: { DUALDUTY_NOW: process.env.DUALDUTY_NOW!, E2E_PINNED_AT: process.env.E2E_PINNED_AT! },
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
