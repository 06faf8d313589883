// The run's one clock (e2e/fixtures/clock.ts): the server and the browser both tell the pinned time.
import { expect, now, test, THIS_YEAR, today } from "./fixtures/clock";
import { stateOf } from "./fixtures/users";

test.use({ storageState: stateOf("chief-quality") });

test("the server and the browser run on the run's clock", async ({ page }) => {
  // The server's today: a new record's date.
  await page.goto("/records/new");
  await expect(page.getByLabel("日期（年-月-日）")).toHaveValue(today());
  // The browser's: Playwright's clock, installed in every context.
  const browser = await page.evaluate(() => Date.now());
  expect(Math.abs(browser - now().getTime())).toBeLessThan(60_000);
  expect(await page.evaluate(() => new Date().getFullYear())).toBe(THIS_YEAR);
});
