import { expect, test } from "../fixtures/clock";
import { signInOk } from "../fixtures/users";

// What each role's navigation shows (Chinese labels), signing in through the login page.
const NAV: Record<string, { shows: string[]; hides: string[] }> = {
  admin: { shows: ["组织机构", "用户账号"], hides: ["角色授权", "审计日志", "我的责任", "责任清单"] },
  security: { shows: ["角色授权"], hides: ["组织机构", "用户账号", "审计日志"] },
  auditor: { shows: ["审计日志"], hides: ["组织机构", "用户账号", "角色授权"] },
  director: {
    shows: ["组织机构", "我的责任", "责任清单", "覆盖检查", "年度考核", "问责倒查"],
    hides: ["用户账号", "角色授权", "审计日志"],
  },
  secretary: { shows: ["组织机构"], hides: ["用户账号", "审计日志"] },
  "deputy-safety": { shows: ["组织机构"], hides: ["用户账号", "审计日志"] },
  "chief-engineer": { shows: ["组织机构"], hides: ["用户账号", "审计日志"] },
  office: { shows: ["组织机构", "责任清单", "覆盖检查"], hides: ["用户账号", "角色授权", "审计日志"] },
  "chief-quality": { shows: ["我的信息", "我的责任", "责任清单"], hides: ["用户账号", "角色授权", "审计日志"] },
  "staff-quality": {
    shows: ["我的信息", "我的责任", "责任清单", "年度考核", "履职记录"],
    hides: ["问责倒查", "事故管理", "组织机构", "覆盖检查", "用户账号", "角色授权", "审计日志"],
  },
  "chief-branch": { shows: ["我的信息"], hides: ["用户账号", "角色授权", "审计日志"] },
};

for (const [username, { shows, hides }] of Object.entries(NAV)) {
  test(`${username} signs in and sees their navigation`, async ({ page }) => {
    await signInOk(page, username);
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link", { name: "首页" })).toBeVisible();
    for (const name of shows) await expect(nav.getByRole("link", { name })).toBeVisible();
    for (const name of hides) await expect(nav.getByRole("link", { name })).toHaveCount(0);
  });
}

test("the home page shows real figures for the system administrator", async ({ page }) => {
  await signInOk(page, "admin");
  const figures = page.getByRole("region", { name: "概况" });
  await expect(figures.getByText("人员数")).toBeVisible();
  await expect(figures.getByText("无人在岗的岗位")).toBeVisible();
});

test("signing out ends the session on the server", async ({ page, context }) => {
  await signInOk(page, "director");
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  // Replaying the old cookie after logout does not get back in.
  await context.addCookies(cookies);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
});
