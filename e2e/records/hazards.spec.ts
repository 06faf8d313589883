// Hazards and accidents feeding the assessment of the year in progress on the demo bureau: the overdue major hazard at 稽查支队
// proposes a deduction the office accepts (the item's score drops by the rule's points); an accident
// reported late proposes the reporting veto for 产品质量监督检验所; hostile input on the accident form is
// refused field by field with nothing saved; those without the grant are kept out.
import type { Browser, Page } from "@playwright/test";
import { captureAction, replayAction } from "../fixtures/actions";
import { earlierThisYear, expect, shanghaiLocal, test, THIS_YEAR } from "../fixtures/clock";
import { stateOf, unique, type DemoUser } from "../fixtures/users";

const HAZARD = "执法装备库房电气线路老化";
let saveCall: Awaited<ReturnType<typeof captureAction>> | null = null;
let lateTitle = "";

/** datetime-local values `minutes` after an instant. */
const plus = (at: Date, minutes: number) => shanghaiLocal(new Date(at.getTime() + minutes * 60_000));
// The accidents happen this year, a little before now (the report times too).
const LATE_AT = earlierThisYear(48);
const HOSTILE_AT = earlierThisYear(24);

async function as(browser: Browser, user: DemoUser): Promise<Page> {
  const ctx = await browser.newContext({ storageState: stateOf(user) });
  return ctx.newPage();
}

/** "6 分（扣 0 分）" of an item's live review value on the unit's assessment page. */
async function itemScore(page: Page, code: string) {
  const row = page.getByRole("row", { name: new RegExp(`^${code.replace(".", "\\.")} `) });
  const text = (await row.textContent()) ?? "";
  const m = /(\d+(?:\.\d)?) 分（扣 (\d+(?:\.\d)?) 分）/.exec(text);
  expect(m, `score of ${code}`).not.toBeNull();
  return { score: Number(m![1]), deduction: Number(m![2]) };
}

/** Fills the accident form; times are datetime-local values (Asia/Shanghai). */
async function fillAccident(
  page: Page,
  v: {
    title: string;
    unit: string;
    deaths: string;
    injuries: string;
    loss: string;
    at: string;
    unitReport: string;
    bureauReport: string;
  },
) {
  await page.getByLabel("事故名称").fill(v.title);
  await page.getByLabel("发生时间").fill(v.at);
  await page.getByLabel("类别").selectOption({ label: "监管领域" });
  await page.getByLabel("责任单位").selectOption({ label: v.unit });
  await page.getByLabel("死亡人数").fill(v.deaths);
  await page.getByLabel(/重伤人数/).fill(v.injuries);
  await page.getByLabel("直接经济损失（万元）").fill(v.loss);
  await page.getByLabel(/事故单位负责人 → 本局：实际报告时间/).fill(v.unitReport);
  await page.getByLabel(/本局 → 市政府及上级部门：实际报告时间/).fill(v.bureauReport);
}

test.describe.serial("hazards and accidents in the assessment", () => {
  test("office sees the overdue major hazard, proposes deductions and accepts the one for 稽查支队; the item's score drops", async ({
    browser,
  }) => {
    const page = await as(browser, "office");
    await page.goto("/hazards");
    await expect(page.getByRole("heading", { level: 1, name: "隐患治理" })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(HAZARD) });
    await expect(row).toContainText("稽查支队");
    await expect(row).toContainText("重大隐患");
    await expect(row).toContainText(/逾期 \d+ 天/);

    // Only the overdue ones when asked.
    await page.getByLabel("只看逾期").check();
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/overdue=1/);
    const rows = page.getByRole("table", { name: /隐患台账/ }).getByRole("row");
    await expect(rows.filter({ hasText: HAZARD })).toHaveCount(1);
    for (const r of await rows.all())
      if ((await r.getByRole("cell").count()) > 0) await expect(r).toContainText(/逾期 \d+ 天/);

    const propose = page.getByRole("region", { name: "逾期隐患扣分建议" });
    await propose.getByRole("button", { name: "生成逾期隐患扣分建议" }).click();
    // The demo seed already proposed it: nothing is proposed twice.
    await expect(propose.getByRole("status")).toContainText(/已生成扣分建议 \d+ 条、否决建议 \d+ 条/);

    await page.getByRole("link", { name: HAZARD }).click();
    await expect(page.getByRole("heading", { level: 1, name: `隐患：${HAZARD}` })).toBeVisible();
    await page.getByRole("link", { name: `查看 稽查支队 ${THIS_YEAR} 年度考核建议` }).click();
    await expect(page).toHaveURL(new RegExp(`/hazards/proposals/${THIS_YEAR}/\\d+$`));
    const proposalsUrl = page.url();
    await page.getByRole("link", { name: `稽查支队 · ${THIS_YEAR} 年度考核` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `稽查支队 · ${THIS_YEAR} 年度考核` })).toBeVisible();
    const before = await itemScore(page, "4.3");

    // The proposals section sits on the unit's assessment page once placed there; else on its own page.
    let section = page.getByRole("region", { name: "隐患、事故产生的考核建议" });
    if ((await section.count()) === 0) {
      await page.goto(proposalsUrl);
      section = page.getByRole("region", { name: "隐患、事故产生的考核建议" });
    }
    const proposal = section.getByRole("row", { name: new RegExp(HAZARD) });
    await expect(proposal).toContainText("4.3");
    await expect(proposal).toContainText("待处理");
    await proposal.getByRole("button", { name: "采纳", exact: true }).click();
    // The accept form goes with its message when the page refreshes: the row's state is what stays.
    await expect(section.getByRole("row", { name: new RegExp(HAZARD) })).toContainText("已采纳");
    await expect(section.getByRole("row", { name: new RegExp(HAZARD) })).toContainText("欧阳晓雯");

    await page.goto(
      page.url().includes("/hazards/proposals/")
        ? page.url().replace(/\/hazards\/proposals\/(\d+)\/(\d+)/, "/assessment/$1/units/$2")
        : page.url(),
    );
    await expect(page.getByRole("heading", { level: 1, name: `稽查支队 · ${THIS_YEAR} 年度考核` })).toBeVisible();
    const after = await itemScore(page, "4.3");
    expect(after.score).toBe(Math.max(0, before.score - 2));
    expect(after.deduction).toBe(before.deduction + 2);
    await page.context().close();
  });

  test("office enters an accident reported one minute late: 迟报, and the veto proposed for the unit's assessment this year", async ({
    browser,
  }) => {
    const page = await as(browser, "office");
    await page.goto("/accidents/new");
    await expect(page.getByRole("heading", { level: 1, name: "登记事故" })).toBeVisible();
    lateTitle = unique("起重机械伤害事故");
    await fillAccident(page, {
      title: lateTitle,
      unit: "产品质量监督检验所",
      deaths: "0",
      injuries: "1",
      loss: "12.5",
      at: plus(LATE_AT, 0),
      unitReport: plus(LATE_AT, 61),
      bureauReport: plus(LATE_AT, 150),
    });
    saveCall = await captureAction(page, () => page.getByRole("button", { name: "保存" }).click());
    await expect(page.getByRole("heading", { level: 1, name: `事故：${lateTitle}` })).toBeVisible();
    await expect(page.getByTestId("accident-level")).toHaveText("一般事故");
    await expect(page.getByTestId("accident-flags")).toHaveText("迟报");
    const hops = page.getByRole("table", { name: "逐级报告" });
    await expect(hops.getByRole("row", { name: /事故单位负责人 → 本局/ })).toContainText("迟报 1 分钟");
    await expect(hops.getByRole("row", { name: /本局 → 市政府及上级部门/ })).toContainText("按时");
    const veto = page.getByRole("region", { name: "一票否决建议" });
    await expect(veto).toContainText(`${THIS_YEAR} 年度考核（事故迟报、漏报、谎报、瞒报）：待确认`);

    await veto.getByRole("link", { name: "查看单位考核" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `产品质量监督检验所 · ${THIS_YEAR} 年度考核` })).toBeVisible();
    const hit = page.getByRole("region", { name: "一票否决事项" }).getByRole("row", { name: new RegExp(lateTitle) });
    await expect(hit).toContainText("事故迟报、漏报、谎报、瞒报");
    await expect(hit).toContainText("迟 1 分钟");
    await expect(hit).toContainText("待确认");
    await page.context().close();
  });

  test("hostile input on the accident form gets messages and saves nothing; full-width digits are read", async ({
    browser,
  }) => {
    const page = await as(browser, "office");
    page.on("dialog", (d) => {
      throw new Error(`unexpected dialog: ${d.message()}`);
    });
    const title = `<script>alert(1)</script>${unique("事故")}`;
    await page.goto("/accidents/new");
    await fillAccident(page, {
      title,
      unit: "计量检定测试所",
      deaths: "-1",
      injuries: "１０",
      loss: "1e309",
      at: plus(HOSTILE_AT, 0),
      unitReport: plus(HOSTILE_AT, 30),
      bureauReport: plus(HOSTILE_AT, 90),
    });
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("请输入 0 至 9999 的整数人数。")).toBeVisible();
    await expect(page.getByText("请输入 0 或正数，最多两位小数。")).toBeVisible();
    await expect(page.getByLabel("死亡人数")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("直接经济损失（万元）")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").filter({ hasText: "请修改标出的内容。" })).toBeVisible();
    // A report before the accident is refused too.
    await page.getByLabel("死亡人数").fill("0");
    await page.getByLabel("直接经济损失（万元）").fill("3");
    await page.getByLabel(/事故单位负责人 → 本局：实际报告时间/).fill(plus(HOSTILE_AT, -1));
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("报告时间不能早于事故发生时间。")).toBeVisible();

    const list = await page.context().newPage();
    await list.goto("/accidents");
    await expect(list.getByRole("link", { name: title })).toHaveCount(0);
    await list.close();

    await page.getByLabel(/事故单位负责人 → 本局：实际报告时间/).fill(plus(HOSTILE_AT, 30));
    await page.getByRole("button", { name: "保存" }).click();
    // The script is a title like any other, shown as text; １０ serious injuries make it 较大事故.
    await expect(page.getByRole("heading", { level: 1, name: `事故：${title}` })).toBeVisible();
    await expect(page.getByTestId("accident-level")).toHaveText("较大事故");
    await expect(page.getByText("报告及时，无迟报、漏报、谎报、瞒报。")).toBeVisible();
    await page.context().close();
  });

  test("staff cannot open the accidents; a unit head reading them cannot save one", async ({ browser }) => {
    const staff = await as(browser, "staff-quality");
    await staff.goto("/accidents");
    await expect(staff.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await staff.goto("/hazards");
    await expect(staff.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await staff.context().close();

    expect(saveCall).not.toBeNull();
    const ctx = await browser.newContext({ storageState: stateOf("chief-quality") });
    const forged = await replayAction(ctx.request, saveCall!);
    expect(forged.text).toContain("errors.forbidden");
    const page = await ctx.newPage();
    await page.goto("/accidents");
    await expect(page.getByRole("link", { name: lateTitle })).toHaveCount(1);
    await page.goto("/accidents/new");
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await ctx.close();
  });
});
