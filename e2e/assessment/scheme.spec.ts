import { expect, NEXT_YEAR, test, THIS_YEAR } from "../fixtures/clock";
import { captureAction, replayAction } from "../fixtures/actions";
import { stateOf, unique } from "../fixtures/users";

test.describe("assessment scheme", () => {
  test("office reads this year's scheme: categories with items, grades and the veto rules", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: stateOf("office") });
    const page = await ctx.newPage();
    await page.goto(`/assessment/${THIS_YEAR}/scheme`);
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`${THIS_YEAR}年度`) })).toBeVisible();
    const items = page.getByRole("region", { name: "考核项目" });
    await expect(items.locator("caption")).toHaveCount(7);
    await expect(items.locator("caption").first()).toContainText("组织领导");
    await expect(items.getByRole("columnheader", { name: "评分标准" }).first()).toBeVisible();
    const vetoes = page.getByRole("region", { name: "一票否决项" });
    await expect(vetoes.getByRole("row")).toHaveCount(8);
    await expect(vetoes.getByRole("cell", { name: "V1", exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "加分与等次" }).getByRole("cell", { name: "≥ 90 分" })).toBeVisible();
    // Published: nobody edits it any more, the office included.
    await expect(page.getByRole("heading", { name: "分值分配" })).toHaveCount(0);
    await ctx.close();
  });

  test("office copies this year's scheme into a draft for next year; a save that breaks the totals is refused; staff read it but cannot edit it", async ({
    browser,
  }) => {
    const ctx = await browser.newContext({ storageState: stateOf("office") });
    const page = await ctx.newPage();
    await page.goto("/assessment");
    const copy = page.getByRole("button", { name: `复制 ${THIS_YEAR} 年方案为 ${NEXT_YEAR} 年草稿` });
    // A rerun on the same database finds next year already there.
    if (await copy.isVisible()) {
      await copy.click();
      // The copy form goes away with its message once next year exists: wait for the index to list its
      // scheme (the button's own label changes while the call runs, so its absence proves nothing).
      await expect(page.getByRole("rowheader", { name: String(NEXT_YEAR), exact: true })).toBeVisible();
    }
    await page.goto(`/assessment/${NEXT_YEAR}/scheme`);
    await expect(page.getByRole("region", { name: "方案审批" }).getByText("草稿", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "方案检查" }).getByText(/检查通过/)).toBeVisible();

    await page.getByRole("link", { name: "编辑：1.1" }).click();
    const form = page.getByRole("region", { name: "编辑考核项 1.1" });
    await expect(form).toBeVisible();
    const before = await form.getByLabel("标准分").inputValue();
    await form.getByLabel("标准分").fill(String(Number(before) + 1));
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByText("保存后本类各项标准分合计将与类别分值不符，未保存。", { exact: false })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("region", { name: "编辑考核项 1.1" }).getByLabel("标准分")).toHaveValue(before);
    await expect(page.getByRole("region", { name: "方案检查" }).getByText(/检查通过/)).toBeVisible();

    // A save that keeps the totals goes through; staff replaying it are refused and nothing changes.
    const standard = unique("每项扣1分，扣完为止");
    const edit = page.getByRole("region", { name: "编辑考核项 1.1" });
    await edit.getByLabel("标准分").fill(before);
    await edit.getByLabel("评分标准").fill(standard);
    const call = await captureAction(page, () => edit.getByRole("button", { name: "保存" }).click());
    await expect(edit.getByRole("status")).toHaveText("已保存。");

    const staff = await browser.newContext({ storageState: stateOf("staff-quality") });
    const forged = await replayAction(staff.request, { ...call, body: call.body.replace(standard, "伪造的评分标准") });
    expect(forged.text).toContain("errors.forbidden");
    const staffPage = await staff.newPage();
    await staffPage.goto(`/assessment/${NEXT_YEAR}/scheme`);
    await expect(staffPage.getByRole("heading", { level: 1, name: new RegExp(`${NEXT_YEAR}年度`) })).toBeVisible();
    await expect(staffPage.getByText(standard)).toBeVisible();
    await expect(staffPage.getByText("伪造的评分标准")).toHaveCount(0);
    await expect(staffPage.getByText("只读：考核方案仅在草稿状态下由安委办修改。")).toBeVisible();
    await expect(staffPage.getByRole("link", { name: /^编辑/ })).toHaveCount(0);
    await expect(staffPage.getByRole("button", { name: /^删除|保存|批准方案|发布方案/ })).toHaveCount(0);
    await expect(staffPage.getByRole("heading", { name: "分值分配" })).toHaveCount(0);
    // Even with the editor's address, staff get the read-only page.
    await staffPage.goto(`/assessment/${NEXT_YEAR}/scheme?item=1`);
    await expect(staffPage.getByRole("heading", { name: /^编辑考核项/ })).toHaveCount(0);
    await staff.close();
    await ctx.close();
  });
});
