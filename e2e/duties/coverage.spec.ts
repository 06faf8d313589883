import { expect, test } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

test.use({ storageState: stateOf("office") });

test("coverage lists a seeded gap; office closes it and it is gone", async ({ page }) => {
  await page.goto("/coverage");
  await expect(page.getByRole("heading", { level: 1, name: "覆盖检查" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "单位 × 类别覆盖矩阵" })).toBeVisible();
  const gaps = page.getByRole("table", { name: "缺口清单" });
  const row = gaps.getByRole("row").filter({ hasText: "职责缺责任范围或考核标准" }).filter({ hasText: "城东分局" });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: "去处理" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /单位清单 · 城东分局/ })).toBeVisible();

  // The item without scope and standard: its row shows — in both columns.
  const items = page.getByRole("region", { name: "职责条目" });
  const itemRow = items.getByRole("row").filter({ hasText: "建立隐患台账" });
  await itemRow.getByRole("link", { name: /^编辑：/ }).click();
  await expect(page.getByRole("heading", { name: "编辑职责" })).toBeVisible();
  await page.getByLabel("责任范围").fill("城东分局办公场所、执法车辆及外勤现场");
  await page.getByLabel("考核标准").fill("每季度至少开展1次内部隐患排查，隐患台账闭环率100%");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存。");
  await page.getByRole("link", { name: /返回清单/ }).click();
  await page.getByRole("button", { name: "发布新版本" }).click();
  await expect(page.getByRole("region", { name: "审批与签字" }).getByText("当前状态：已公示")).toBeVisible();

  await page.goto("/coverage");
  await expect(
    page.getByRole("table", { name: "缺口清单" }).getByRole("row").filter({ hasText: "职责缺责任范围或考核标准" }).filter({ hasText: "城东分局" }),
  ).toHaveCount(0);
});

test("staff cannot open coverage", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("staff-quality") });
  const page = await ctx.newPage();
  await page.goto("/coverage");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await ctx.close();
});
