import { expect, test } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

test.use({ storageState: stateOf("staff-quality") });

test("staff see their list with business and safety duties side by side, and print it", async ({ page }) => {
  await page.goto("/my-duties");
  await expect(page.getByRole("heading", { level: 1, name: "我的责任清单" })).toBeVisible();
  const postList = page.getByRole("region", { name: /岗位清单 · 质量监督科/ });
  await expect(postList).toBeVisible();
  await expect(postList.getByRole("columnheader", { name: "业务职责" }).first()).toBeVisible();
  await expect(postList.getByRole("columnheader", { name: "安全职责" }).first()).toBeVisible();
  // The first: the 签字确认 dialog (while the list waits for staff's confirmation) repeats the line.
  await expect(postList.getByText(/第 \d+ 版 · 公示于/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "单位清单 · 质量监督科" })).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});

test("on a phone the two columns stack", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/my-duties");
  const postList = page.getByRole("region", { name: /岗位清单 · 质量监督科/ });
  await expect(postList).toBeVisible();
  const box = await postList.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
});

test("staff browse only the lists they sign, read-only, from the menu", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "责任清单" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "责任清单" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^岗位清单 · 质量监督科 · / }).first()).toBeVisible();
  // Not their unit's list (the head signs it), nor another unit's; no editor controls.
  await expect(page.getByRole("link", { name: "单位清单 · 质量监督科" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /计量科/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "新建清单" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "模板库" })).toHaveCount(0);
});

test("a unit head works on their own unit's lists only", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("chief-quality") });
  const page = await ctx.newPage();
  await page.goto("/duties?type=unit");
  await expect(page.getByRole("heading", { level: 1, name: "责任清单" })).toBeVisible();
  await expect(page.getByRole("link", { name: "单位清单 · 质量监督科" })).toBeVisible();
  // A new list only for their own unit.
  const create = page.getByRole("region", { name: "新建清单" });
  await expect(create.getByRole("combobox", { name: "单位", exact: true }).getByRole("option")).toHaveText(["—", "质量监督科"]);
  // Every head sits on the safety committee, which reads every list (duty.view): another unit's opens read-only.
  await page.getByRole("link", { name: "单位清单 · 计量科" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /单位清单 · 计量科/ })).toBeVisible();
  await expect(page.getByText("只读：您无权修改此清单。")).toBeVisible();
  await expect(page.getByRole("link", { name: /^编辑：/ })).toHaveCount(0);
  await ctx.close();
});
