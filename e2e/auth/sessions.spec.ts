// Sessions end when they should: a password change ends the user's other sessions (two browser contexts);
// wrong passwords typed where the password is asked again are counted, and at the limit the session ends.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/clock";
import { createAccount, signIn, unique } from "../fixtures/users";

async function changePassword(page: Page, current: string, next: string) {
  await page.goto("/password");
  await page.getByLabel("当前密码").fill(current);
  await page.getByLabel("新密码", { exact: true }).fill(next);
  await page.getByLabel("确认新密码").fill(next);
  await page.getByRole("button", { name: "修改密码" }).click();
}

test("a password change ends the user's other session and keeps this one", async ({ browser }) => {
  const username = unique("sess-");
  await createAccount(browser, username, "First#Pass2030");
  const a = await (await browser.newContext()).newPage();
  await signIn(a, username, "First#Pass2030");
  // Signed in (a new account is sent to change its password) before going anywhere else.
  await expect(a.getByRole("heading", { name: "修改密码" })).toBeVisible();
  await changePassword(a, "First#Pass2030", "Second#Pass2030");
  await expect(a.getByText("密码已修改。")).toBeVisible();
  const b = await (await browser.newContext()).newPage();
  await signIn(b, username, "Second#Pass2030");
  await expect(b.getByRole("heading", { level: 1, name: /您好/ })).toBeVisible();

  await changePassword(a, "Second#Pass2030", "Third#Pass2030");
  await expect(a.getByText("密码已修改。")).toBeVisible();
  await b.goto("/");
  await expect(b).toHaveURL(/\/login/);
  await a.goto("/");
  await expect(a.getByRole("heading", { level: 1, name: /您好/ })).toBeVisible();
});

test("five wrong passwords asked again end the session and lock the account", async ({ browser }) => {
  const username = unique("reauth-");
  await createAccount(browser, username, "First#Pass2030");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username, "First#Pass2030");
  await expect(page.getByRole("heading", { name: "修改密码" })).toBeVisible();
  await changePassword(page, "First#Pass2030", "Second#Pass2030");
  await expect(page.getByText("密码已修改。")).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await changePassword(page, `Wrong#Pass${i}x`, "Third#Pass2030");
    await expect(page.getByText("当前密码不正确")).toBeVisible();
  }
  await changePassword(page, "Wrong#Pass9x", "Third#Pass2030");
  await expect(page.getByText(/密码错误次数过多/)).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  // Locked: the right password does not sign in either.
  await signIn(page, username, "Second#Pass2030");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("用户名或密码错误，或账号暂时不可用。");
});
