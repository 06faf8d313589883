import type { Browser, Page } from "@playwright/test";
import { expect, test, THIS_YEAR } from "../fixtures/clock";
import { PASSWORD, stateOf, type DemoUser } from "../fixtures/users";

// Everyday journeys: staff find and confirm their own published list; a leader browses the lists of a unit
// they supervise. staff-quality's post list (质量监督员) is confirmed here and by no other spec, and no other
// spec expects it unconfirmed; the board's count is read before and after, as other specs sign other lists.

const as = async (browser: Browser, user: DemoUser) => (await browser.newContext({ storageState: stateOf(user) })).newPage();

/** The board's level-3 list confirmations (单位负责人 ↔ 职工), done / due. */
async function staffConfirmations(page: Page) {
  await page.goto(`/signing?year=${THIS_YEAR}`);
  const level = page.getByRole("region", { name: "各级进度" }).getByRole("region", { name: "第三级：单位负责人 ↔ 职工" });
  const text = await level.getByText(/^清单签字确认 \d+\/\d+（\d+%）$/).textContent();
  const [, done, due] = /(\d+)\/(\d+)/.exec(text ?? "")!;
  return { done: Number(done), due: Number(due) };
}

test("staff-quality sees 待确认 on home and 我的责任, confirms with the password, and the board counts one more", async ({ browser }) => {
  const office = await as(browser, "office");
  const before = await staffConfirmations(office);

  const page = await as(browser, "staff-quality");
  await page.goto("/");
  const needs = page.getByRole("region", { name: "需要我处理" });
  const toConfirm = needs.getByRole("link", { name: /^待确认：岗位清单 · 质量监督科 · 质量监督员$/ });
  await expect(toConfirm).toBeVisible();
  await toConfirm.click();
  await expect(page).toHaveURL(/\/my-duties#duty-list-\d+-h$/);

  const list = page.getByRole("region", { name: /^岗位清单 · 质量监督科 · 质量监督员/ });
  await expect(list.getByText("待确认", { exact: true })).toBeVisible();
  const open = list.getByRole("button", { name: "签字确认" });
  const dialog = page.getByRole("dialog", { name: /^签字确认：岗位清单 · 质量监督科 · 质量监督员/ });
  const password = dialog.getByLabel("登录密码（再次输入）");

  // From the keyboard: Enter opens the dialog on the password field; Escape closes it, back on the button.
  await open.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await expect(password).toBeFocused();
  await expect(dialog.getByText(/第 \d+ 版 · 公示于/)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  await page.keyboard.press("Enter");
  await password.fill(PASSWORD);
  await dialog.getByRole("button", { name: "确认签字" }).click();
  await expect(dialog).toBeHidden();
  await expect(list.getByText("已确认", { exact: true })).toBeVisible();
  await expect(list.getByText(/^签字时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeVisible();
  await expect(list.getByRole("button", { name: "签字确认" })).toHaveCount(0);

  await page.goto("/");
  await expect(needs.getByRole("link", { name: /^待确认：岗位清单 · 质量监督科/ })).toHaveCount(0);
  await page.context().close();

  const after = await staffConfirmations(office);
  expect(after.done).toBe(before.done + 1);
  await office.context().close();
});

test("deputy-safety browses 质量监督科's lists from the menu, read-only, and coverage's 去处理 opens for a leader", async ({ browser }) => {
  const page = await as(browser, "deputy-safety");
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "责任清单" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "责任清单" })).toBeVisible();
  await page.getByLabel("单位", { exact: true }).selectOption({ label: "质量监督科" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/unit=\d+/);
  await expect(page.getByRole("link", { name: /^岗位清单 · 质量监督科 · / }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "新建清单" })).toHaveCount(0);
  await page.getByRole("link", { name: "单位清单 · 质量监督科" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /单位清单 · 质量监督科/ })).toBeVisible();
  await expect(page.getByText("只读：您无权修改此清单。")).toBeVisible();
  await expect(page.getByRole("link", { name: /^编辑：/ })).toHaveCount(0);

  await page.goto(`/coverage?year=${THIS_YEAR}`);
  // A gap in a list (other specs add units without a head, whose gaps lead to the org admin instead).
  const go = page
    .getByRole("table", { name: "缺口清单" })
    .getByRole("link", { name: "去处理" })
    .and(page.locator('a[href^="/duties"]'))
    .first();
  const href = await go.getAttribute("href");
  expect(href).toMatch(/^\/duties/);
  await go.click();
  await expect(page).toHaveURL(/\/duties/);
  await expect(page.getByRole("heading", { level: 1, name: /清单/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "无权访问" })).toHaveCount(0);
  await page.context().close();
});
