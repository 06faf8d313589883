import { expect, LAST_YEAR, test } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

test.use({ storageState: stateOf("office") });

test("the history of a duty names who held it on a past date, acting holders included", async ({ page }) => {
  await page.goto(`/duties?year=${LAST_YEAR}&type=post`);
  await page.getByRole("link", { name: "岗位清单 · 纤维检验所 · 所长" }).click();
  await page.getByRole("link", { name: "履职历史" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "履职历史" })).toBeVisible();
  await page.getByLabel("日期").fill(`${LAST_YEAR}-10-01`);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`${LAST_YEAR}-10-01 的责任情况`) })).toBeVisible();
  await expect(page.getByRole("link", { name: "冯建华" })).toBeVisible();
  await expect(page.getByText("代理").first()).toBeVisible();
});
