import { expect, test } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

test.use({ storageState: stateOf("auditor") });

test("the audit administrator verifies the hash chain", async ({ page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
  await page.getByRole("button", { name: "验证哈希链" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("哈希链完整");
});

test("the audit log can be filtered by result", async ({ page }) => {
  await page.goto("/audit");
  await page.getByLabel("结果").selectOption({ label: "成功" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/result=ok/);
  await expect(page.getByRole("table").getByText("auth.login").first()).toBeVisible();
});
