import { expect, test, type Page } from "@playwright/test";
import { captureAction, replayAction } from "../fixtures/actions";
import { stateOf, unique } from "../fixtures/users";

async function openUnitList(page: Page, unit: string) {
  await page.goto("/duties");
  await page.getByLabel("单位").first().selectOption({ label: unit });
  await page.getByLabel("清单类型").selectOption({ label: "单位清单" });
  await page.getByRole("button", { name: "筛选" }).click();
  await page.getByRole("link", { name: `单位清单 · ${unit}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`单位清单 · ${unit}`) })).toBeVisible();
}

test.describe("editing and publishing a list", () => {
  test.use({ storageState: stateOf("office") });

  test("office edits an item of 质量监督科's list, publishes, and the diff shows the change", async ({ page, browser }) => {
    await openUnitList(page, "质量监督科");
    const listUrl = page.url();
    const standard = unique("每月至少检查1次，记录存档");
    await page.getByRole("link", { name: /^编辑：/ }).first().click();
    await expect(page.getByRole("heading", { name: "编辑职责" })).toBeVisible();
    await page.getByLabel("考核标准").fill(standard);
    const call = await captureAction(page, () => page.getByRole("button", { name: "保存" }).click());
    await expect(page.getByRole("status")).toHaveText("已保存。");

    // Staff replaying the same edit are refused, and nothing changes.
    const staff = await browser.newContext({ storageState: stateOf("staff-quality") });
    const forged = await replayAction(staff.request, { ...call, body: call.body.replace(standard, "伪造的标准") });
    expect(forged.text).toContain("errors.forbidden");
    const staffPage = await staff.newPage();
    await staffPage.goto(listUrl);
    await expect(staffPage.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await staff.close();

    await page.goto(listUrl);
    await expect(page.getByText("草稿有未发布的修改。")).toBeVisible();
    await page.getByRole("button", { name: "发布新版本" }).click();
    await expect(page.getByRole("status")).toHaveText("已发布。");
    await page.reload();
    const versions = page.getByRole("region", { name: "版本记录" });
    await versions.getByRole("link", { name: "与上一版对比" }).first().click();
    await expect(page.getByRole("heading", { name: /版本对比/ })).toBeVisible();
    const diff = page.getByRole("table");
    await expect(diff.getByRole("cell", { name: "考核标准" })).toBeVisible();
    await expect(diff.getByText(standard)).toBeVisible();
    await expect(page.getByText("伪造的标准")).toHaveCount(0);
  });

  test("bad input on the item form gets a message and changes nothing", async ({ page }) => {
    await openUnitList(page, "计量科");
    await page.getByRole("link", { name: /^编辑：/ }).first().click();
    await expect(page.getByRole("heading", { name: "编辑职责" })).toBeVisible();
    const before = await page.getByLabel("职责内容").inputValue();
    await page.getByLabel("职责内容").fill("");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("必填。")).toBeVisible();
    await page.getByLabel("职责内容").fill("长".repeat(10_000));
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("内容过长。")).toBeVisible();
    // A forged call with an unknown category or an unknown field is refused with a clear message.
    await page.getByLabel("职责内容").fill(before);
    const call = await captureAction(page, () => page.getByRole("button", { name: "保存" }).click());
    const bogus = await replayAction(page.request, { ...call, body: call.body.replace(/"category":"\w+"/, '"category":"bogus"') });
    expect(bogus.text).toContain("validation.choice");
    const extra = await replayAction(page.request, { ...call, body: call.body.replace('"itemId"', '"status":"published","itemId"') });
    expect(extra.text).toContain("validation.unknownField");
    await page.reload();
    await expect(page.getByLabel("职责内容")).toHaveValue(before);
  });

  test("an archived (2025) list cannot be edited", async ({ page }) => {
    await page.goto("/duties?year=2025&type=unit");
    await page.getByRole("link", { name: "单位清单 · 质量监督科" }).click();
    await expect(page.getByText("只读：您无权修改此清单。")).toBeVisible();
    await expect(page.getByRole("button", { name: "发布新版本" })).toHaveCount(0);
  });
});
