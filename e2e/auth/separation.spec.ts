// 三权分立 that holds: the system administrator cannot reset the security or audit administrator's password
// (and so never learns it), and the last holder of a 三员 role cannot be revoked.
import { expect, test } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

test("admin is offered no password reset for security and auditor, but is for an ordinary account", async ({
  browser,
}) => {
  const ctx = await browser.newContext({ storageState: stateOf("admin") });
  const page = await ctx.newPage();
  await page.goto("/admin/users");
  const rowOf = (username: string) =>
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: username, exact: true }) });
  await expect(rowOf("security")).toBeVisible();
  await expect(rowOf("security").getByRole("button", { name: "重置密码" })).toHaveCount(0);
  await expect(rowOf("auditor").getByRole("button", { name: "重置密码" })).toHaveCount(0);
  await expect(rowOf("office").getByRole("button", { name: "重置密码" })).toHaveCount(1);
  await ctx.close();
});

test("the last holder of the audit and system administrator roles cannot be revoked", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("security") });
  const page = await ctx.newPage();
  for (const username of ["auditor", "admin"]) {
    await page.goto(`/admin/roles?q=${username}`);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: username, exact: true }) });
    await row.getByRole("button", { name: "撤销" }).click();
    await expect(row.getByRole("alert")).toHaveText("这是该“三员”角色的最后一位持有人，不能撤销。");
    await page.reload();
    await expect(
      page
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: username, exact: true }) })
        .getByRole("button", { name: "撤销" }),
    ).toHaveCount(1);
  }
  await ctx.close();
});
