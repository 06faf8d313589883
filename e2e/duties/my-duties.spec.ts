import { expect, test } from "@playwright/test";
import { stateOf } from "../fixtures/users";

test.use({ storageState: stateOf("staff-quality") });

test("staff see their list with business and safety duties side by side, and print it", async ({ page }) => {
  await page.goto("/my-duties");
  await expect(page.getByRole("heading", { level: 1, name: "我的责任清单" })).toBeVisible();
  const postList = page.getByRole("region", { name: /岗位清单 · 质量监督科/ });
  await expect(postList).toBeVisible();
  await expect(postList.getByRole("columnheader", { name: "业务职责" }).first()).toBeVisible();
  await expect(postList.getByRole("columnheader", { name: "安全职责" }).first()).toBeVisible();
  await expect(postList.getByText(/第 \d+ 版 · 公示于/)).toBeVisible();
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

test("staff cannot open the list editor", async ({ page }) => {
  await page.goto("/duties");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});

test("a unit head works on their own unit's lists only", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("chief-quality") });
  const page = await ctx.newPage();
  await page.goto("/duties?type=unit");
  await expect(page.getByRole("heading", { level: 1, name: "责任清单" })).toBeVisible();
  await expect(page.getByRole("link", { name: "单位清单 · 质量监督科" })).toBeVisible();
  await expect(page.getByRole("link", { name: "单位清单 · 计量科" })).toHaveCount(0);
  await ctx.close();
});
