// Finds a browser for Playwright: CHROMIUM_PATH, else the system Chromium, else Playwright's own
// (installed on first use).
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import { chromium } from "@playwright/test";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
const system = candidates.find((p) => existsSync(p));
if (system) {
  console.log(`e2e browser: ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`e2e browser: Playwright's ${chromium.executablePath()}`);
} else {
  console.log("No Chromium found: installing Playwright's own (first use only)…");
  execSync("npx playwright install chromium", { stdio: "inherit" });
}
