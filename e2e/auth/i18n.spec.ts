import { expect, test } from "../fixtures/clock";
import { signInOk } from "../fixtures/users";

test("switching to English is kept for the user across sign-ins", async ({ page, browser }) => {
  await signInOk(page, "secretary");
  await page.getByRole("button", { name: "English" }).first().click();
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Home" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();

  // A fresh browser (no cookie) signs in and gets the saved choice.
  const other = await browser.newPage();
  await other.goto("/login");
  await other.getByLabel("用户名").fill("secretary");
  await other.getByLabel("密码").fill("DualDuty#2026");
  await other.getByRole("button", { name: "登录" }).click();
  await expect(other.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  await other.getByRole("button", { name: "中文" }).first().click();
  await expect(other.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await other.close();
});
