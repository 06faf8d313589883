import { expect, test } from "../fixtures/clock";
import { createAccount, signIn, unique } from "../fixtures/users";

const GENERIC = "用户名或密码错误，或账号暂时不可用。";

test("six wrong passwords lock an account, with the same generic message throughout", async ({ browser, page }) => {
  const username = unique("lock-");
  const password = "Lock#Pass2026";
  await createAccount(browser, username, password);
  for (let i = 0; i < 6; i++) {
    await signIn(page, username, `Wrong#Pass${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(GENERIC);
  }
  // Locked: the right password gets the very same answer.
  await signIn(page, username, password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(GENERIC);
  await signIn(page, "no-such-user", password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(GENERIC);
});

test("a new account must change its password at first sign-in", async ({ browser, page }) => {
  const username = unique("first-");
  await createAccount(browser, username, "First#Pass2026");
  await signIn(page, username, "First#Pass2026");
  await expect(page.getByRole("heading", { name: "修改密码" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "修改密码" })).toBeVisible();
  await page.getByLabel("当前密码").fill("First#Pass2026");
  await page.getByLabel("新密码", { exact: true }).fill("short");
  await page.getByLabel("确认新密码").fill("short");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText("密码至少 8 位。")).toBeVisible();
  // Password fields are cleared after each submit, as they should be.
  await page.getByLabel("当前密码").fill("First#Pass2026");
  await page.getByLabel("新密码", { exact: true }).fill("Second#Pass2026");
  await page.getByLabel("确认新密码").fill("Second#Pass2026");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByText("密码已修改。")).toBeVisible();
  await page.goto("/");
  // An account with no role yet: signed in, welcomed, and nothing else to open.
  await expect(page.getByRole("heading", { level: 1, name: /您好/ })).toBeVisible();
});
