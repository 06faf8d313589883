import type { Page } from "@playwright/test";
import { addField, captureAction, replayAction, setField } from "../fixtures/actions";
import { expect, LAST_YEAR, test } from "../fixtures/clock";
import { stateOf, unique } from "../fixtures/users";

async function openUnitList(page: Page, unit: string) {
  await page.goto("/duties");
  await page.getByLabel("单位").first().selectOption({ label: unit });
  await page.getByLabel("清单类型").selectOption({ label: "单位清单" });
  await page.getByRole("button", { name: "筛选" }).click();
  await page.getByRole("link", { name: `单位清单 · ${unit}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`单位清单 · ${unit}`) })).toBeVisible();
}

// Journeys of several people in turn, each signing in and out: twice the default time per test.
test.describe.configure({ timeout: 120_000 });

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
    await expect(page.getByRole("region", { name: "审批与签字" }).getByText("当前状态：已公示")).toBeVisible();
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
    const bogus = await replayAction(page.request, setField(call, "category", "bogus"));
    expect(bogus.text).toContain("validation.choice");
    const extra = await replayAction(page.request, addField(call, "status", "published"));
    expect(extra.text).toContain("validation.unknownField");
    await page.reload();
    await expect(page.getByLabel("职责内容")).toHaveValue(before);
  });

  test("an archived list (last year's) cannot be edited", async ({ page }) => {
    await page.goto(`/duties?year=${LAST_YEAR}&type=unit`);
    await page.getByRole("link", { name: "单位清单 · 质量监督科" }).click();
    await expect(page.getByText("只读：您无权修改此清单。")).toBeVisible();
    await expect(page.getByRole("button", { name: "发布新版本" })).toHaveCount(0);
  });
});

test.describe("review, sign and approve", () => {
  test("chief-quality submits, deputy-safety reviews, chief-quality signs with the password, office approves and publishes; a later change asks to re-sign", async ({ browser }) => {
    const as = async (user: Parameters<typeof stateOf>[0]) => {
      const ctx = await browser.newContext({ storageState: stateOf(user) });
      return { ctx, page: await ctx.newPage() };
    };
    const chief = await as("chief-quality");
    await openUnitList(chief.page, "质量监督科");
    const listUrl = chief.page.url();
    const flow = chief.page.getByRole("region", { name: "审批与签字" });
    // Make a change so the list is a draft, then submit it.
    await chief.page.getByRole("link", { name: /^编辑：/ }).nth(1).click();
    await expect(chief.page.getByRole("heading", { name: "编辑职责" })).toBeVisible();
    await chief.page.getByLabel("责任范围").fill(unique("质量监督科全体人员及监管对象"));
    await chief.page.getByRole("button", { name: "保存" }).click();
    await expect(chief.page.getByRole("status")).toHaveText("已保存。");
    await chief.page.goto(listUrl);
    await flow.getByRole("button", { name: "提交审核" }).click();
    await expect(flow.getByText("当前状态：已提交")).toBeVisible();

    const deputy = await as("deputy-safety");
    await deputy.page.goto(listUrl);
    const dflow = deputy.page.getByRole("region", { name: "审批与签字" });
    await dflow.getByRole("button", { name: "审核通过" }).click();
    await expect(dflow.getByText("当前状态：已审核")).toBeVisible();
    await deputy.ctx.close();

    await chief.page.reload();
    await flow.getByLabel("登录密码（再次输入）").fill("Wrong#Pass1");
    await flow.getByRole("button", { name: "签字确认" }).click();
    await expect(flow.getByText("当前密码不正确。")).toBeVisible();
    await flow.getByLabel("登录密码（再次输入）").fill("DualDuty#2026");
    const signCall = await captureAction(chief.page, () => flow.getByRole("button", { name: "签字确认" }).click());
    await expect(flow.getByText("当前状态：已确认")).toBeVisible();
    await expect(flow.getByRole("cell", { name: "有效" })).toBeVisible();
    // Submitting the same signature again is absorbed: still one signature.
    const again = await replayAction(chief.ctx.request, signCall);
    expect(again.text).not.toContain("errors.");
    await chief.page.reload();
    await expect(flow.getByRole("cell", { name: "有效" })).toHaveCount(1);
    // Signing another list by changing the id is refused.
    const listId = Number(new URL(listUrl).pathname.split("/")[2]);
    const other = setField(signCall, "listId", String(listId + 1));
    expect(other.body).not.toBe(signCall.body);
    const forged = await replayAction(chief.ctx.request, other);
    expect(forged.text).toContain("errors.forbidden");

    const office = await as("office");
    await office.page.goto(listUrl);
    const oflow = office.page.getByRole("region", { name: "审批与签字" });
    await oflow.getByRole("button", { name: "批准（安委会）" }).click();
    await expect(oflow.getByText("当前状态：已批准")).toBeVisible();
    await office.page.getByRole("button", { name: "发布新版本" }).click();
    await expect(oflow.getByText("当前状态：已公示")).toBeVisible();

    // The office corrects one item and publishes: the signature no longer covers the list.
    await office.page.getByRole("link", { name: /^编辑：/ }).first().click();
    await expect(office.page.getByRole("heading", { name: "编辑职责" })).toBeVisible();
    const changed = unique("每半年至少开展1次专项检查");
    await office.page.getByLabel("考核标准").fill(changed);
    await office.page.getByRole("button", { name: "保存" }).click();
    await expect(office.page.getByRole("status")).toHaveText("已保存。");
    await office.page.goto(listUrl);
    await office.page.getByRole("button", { name: "发布新版本" }).click();
    await expect(oflow.getByText("当前状态：已公示")).toBeVisible();
    // The signing board shows the re-sign.
    await office.page.goto("/signing");
    const resign = office.page.getByRole("region", { name: "需重新签字" });
    await expect(resign.getByRole("row").filter({ hasText: "钱卫东" }).filter({ hasText: "质量监督科" })).toHaveCount(1);

    await chief.page.reload();
    await expect(flow.getByRole("alert")).toContainText("需要重新签字");
    await expect(flow.getByRole("cell", { name: "内容已变更" })).toBeVisible();
    await flow.getByRole("link", { name: "核验" }).first().click();
    await expect(chief.page.getByRole("heading", { name: "签字核验" })).toBeVisible();
    await expect(chief.page.getByRole("status")).toContainText("此签字覆盖的正是下列内容");
    await expect(chief.page.getByText(changed)).toBeVisible();
    await chief.page.goto(listUrl);
    await flow.getByLabel("登录密码（再次输入）").fill("DualDuty#2026");
    await flow.getByRole("button", { name: "签字确认" }).click();
    await expect(flow.getByRole("alert")).toHaveCount(0);
    await expect(flow.getByRole("cell", { name: "有效" })).toBeVisible();
    await chief.ctx.close();
    // Signing again closes it on the board.
    await office.page.reload();
    await expect(resign.getByRole("row").filter({ hasText: "钱卫东" }).filter({ hasText: "质量监督科" })).toHaveCount(0);
    await office.ctx.close();
  });
});
