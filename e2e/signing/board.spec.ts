import { expect, test, THIS_YEAR, today } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

// The board must render from the org whether or not pledges were generated: nothing here depends on them.
test.describe("signing board", () => {
  test.use({ storageState: stateOf("office") });

  test("office sees the three levels with progress, overdue rows and the cascade tree", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "签订进度" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "签订进度" })).toBeVisible();

    await page.goto(`/signing?year=${THIS_YEAR}`);
    const levels = page.getByRole("region", { name: "各级进度" });
    for (const name of ["第一级：局长 ↔ 局领导", "第二级：局领导 ↔ 分管单位负责人", "第三级：单位负责人 ↔ 职工"]) {
      const level = levels.getByRole("region", { name });
      await expect(level).toBeVisible();
      await expect(level.getByText(/^责任书\/承诺书 \d+\/\d+（\d+%）$/)).toBeVisible();
      await expect(level.getByText(/^清单签字确认 \d+\/\d+（\d+%）$/)).toBeVisible();
      await expect(level.getByRole("progressbar")).toHaveCount(2);
    }
    // 1 + 5 leader lists; one head for each of the 20 units.
    await expect(levels.getByRole("region", { name: "第一级：局长 ↔ 局领导" }).getByText(/^清单签字确认 \d+\/6（/)).toBeVisible();
    await expect(levels.getByRole("region", { name: "第二级：局领导 ↔ 分管单位负责人" }).getByText(/^责任书\/承诺书 \d+\/20（/)).toBeVisible();

    const tree = page.getByRole("region", { name: "签订关系" });
    await expect(tree.getByText("杜明远", { exact: true })).toBeVisible();
    await expect(tree.getByText("安志刚", { exact: true })).toBeVisible();
    // The demo lists carry no signatures yet: overdue once the year's deadline (31 March) has passed.
    const overdue = tree.getByText("已逾期", { exact: true });
    if (today() > `${THIS_YEAR}-03-31`) await expect(overdue.first()).toBeVisible();
    else await expect(overdue).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: "岗位交接" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "需重新签字" })).toBeVisible();
  });

  test("filtering by unit keeps that unit's head, staff and supervising leader", async ({ page }) => {
    await page.goto(`/signing?year=${THIS_YEAR}`);
    await page.getByLabel("单位", { exact: true }).selectOption({ label: "质量监督科" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/unit=\d+/);
    const tree = page.getByRole("region", { name: "签订关系" });
    await expect(tree.getByText("钱卫东", { exact: true })).toBeVisible();
    await expect(tree.getByText("安志刚", { exact: true })).toBeVisible();
    await tree.getByText(/^职工承诺书 \d+\/\d+$/).click();
    await expect(tree.getByText("齐小萌", { exact: true })).toBeVisible();
    await expect(tree.getByText("杜明远", { exact: true })).toHaveCount(0);

    await page.getByLabel("分管领导", { exact: true }).selectOption({ label: "鄂振华" });
    await page.getByLabel("单位", { exact: true }).selectOption({ label: "全部单位" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(tree.getByText("冯建华", { exact: true })).toBeVisible();
    await expect(tree.getByText("钱卫东", { exact: true })).toHaveCount(0);
  });
});

test("the director's home page lists what needs him", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("director") });
  const page = await ctx.newPage();
  await page.goto("/");
  const section = page.getByRole("region", { name: "需要我处理" });
  await expect(section).toBeVisible();
  await expect(section.getByText(/^(暂无待办|共 \d+ 项)$/)).toBeVisible();
  await ctx.close();
});

test("staff cannot open the signing board", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("staff-quality") });
  const page = await ctx.newPage();
  await page.goto("/signing");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "签订进度" })).toHaveCount(0);
  await ctx.close();
});
