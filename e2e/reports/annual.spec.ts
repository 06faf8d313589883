import type { Browser, Page } from "@playwright/test";
import { expect, LAST_YEAR, test } from "../fixtures/clock";
import { signInOk, unique, type DemoUser } from "../fixtures/users";

// Signs in through the form rather than reusing the saved sessions in e2e/.auth: other runs on this
// machine rewrite those files while this one runs.
async function as(browser: Browser, user: DemoUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInOk(page, user);
  return page;
}

const PROBLEMS = "存在问题（报告第五部分）";
const PLANS = "下一年度工作打算（报告第六部分）";

/** The number of 检查 records in the report's work table (二、主要工作及成效). */
async function inspections(page: Page): Promise<number> {
  const row = page.getByRole("table", { name: "二、主要工作及成效" }).getByRole("row", { name: /^检查/ });
  return Number(await row.getByRole("cell").first().innerText());
}

/** Makes sure the year has a working draft (another spec may have started one meanwhile). */
async function ensureDraft(page: Page) {
  const start = page.getByRole("button", { name: /^起草(报告|新版本)$/ });
  if (await start.isVisible()) {
    await start.click();
    // Either this click made the draft or another spec's did first (then the button reports a duplicate):
    // reload until the draft's text field is there.
    await expect(async () => {
      if (!(await page.getByLabel(PROBLEMS).isVisible())) await page.reload();
      await expect(page.getByLabel(PROBLEMS)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  }
  await expect(page.getByLabel(PROBLEMS)).toBeVisible();
}

test.describe("annual report", () => {
  test("office reads last year's report, approves it; a record added later leaves the approved edition unchanged and shows in a new draft", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const page = await as(browser, "office");
    await page.goto("/reports");
    await page.getByRole("link", { name: `${LAST_YEAR} 年度报告` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${LAST_YEAR} 年度安全生产责任制落实情况报告` })).toBeVisible();
    const report = page.getByRole("article", { name: `${LAST_YEAR}年度安全生产责任制落实情况报告` });

    // 三、考核结果: every unit with its score and grade; the veto.
    const results = report.getByRole("table", { name: "三、考核结果" });
    await expect(results.getByRole("row")).toHaveCount(21);
    const top = results.getByRole("row", { name: /^特种设备安全监察科/ });
    await expect(top.getByRole("cell").nth(2)).toHaveText(/^\d{2,3}\.\d$/);
    await expect(top.getByRole("cell").nth(3)).toHaveText("优秀");
    const vetoed = results.getByRole("row", { name: /^特种设备检验研究院/ });
    await expect(vetoed.getByRole("cell").nth(3)).toHaveText("不合格");
    await expect(vetoed.getByRole("cell").nth(4)).toHaveText("是");
    await expect(report.getByText(/特种设备检验研究院因“事故迟报、漏报、谎报、瞒报”被实行一票否决，考核等次定为不合格/)).toBeVisible();

    // 附表6: the leaders' 一岗双责 table.
    const leaders = report.getByRole("table", { name: "局领导“一岗双责”履职情况表" });
    const bai = leaders.getByRole("row", { name: /^白文涛/ });
    await expect(bai.getByRole("cell").first()).toHaveText("副局长（分管安全生产）");
    await expect(bai.getByRole("cell").nth(1)).toContainText("特种设备检验研究院");
    await expect(leaders.getByRole("row", { name: /^杜明远/ })).toBeVisible();
    // Downloads of the files (built elsewhere) are linked.
    await expect(page.getByRole("link", { name: "Word（公文格式）" })).toHaveAttribute("href", new RegExp(`/api/reports/annual/${LAST_YEAR}\\?format=docx`));

    // Draft the texts and approve (freeze).
    await ensureDraft(page);
    const problems = unique("部分单位隐患整改超期");
    await page.getByLabel(PROBLEMS).fill(problems);
    await page.getByLabel(PLANS).fill("推进责任清单动态更新，强化事故信息报告。");
    await page.getByRole("button", { name: "保存文字" }).click();
    await expect(page.getByText("已保存。")).toBeVisible();
    await expect(report.getByText(problems)).toBeVisible();
    const before = await inspections(page);
    // Without the confirmation nothing is approved.
    await page.getByRole("button", { name: "批准并冻结" }).click();
    await expect(page.getByText("请勾选确认。")).toBeVisible();
    await page.getByLabel("我确认以当前记录批准本年度报告").check();
    await page.getByRole("button", { name: "批准并冻结" }).click();
    await expect(page.getByText(/^当前显示：已批准版本/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("快照与哈希一致")).toBeVisible();
    const hash = (await page.getByText(/^SHA-256：[0-9a-f]{64}$/).innerText()).replace("SHA-256：", "");
    const edition = page.getByRole("navigation", { name: "版本" }).locator('a[aria-current="page"]');
    const editionUrl = (await edition.getAttribute("href"))!;
    expect(editionUrl).toMatch(new RegExp(`^/reports/${LAST_YEAR}\\?edition=\\d+$`));
    await expect(page.getByRole("link", { name: "PDF", exact: true })).toHaveAttribute("href", /format=pdf&edition=\d+/);

    // An inspection of last year recorded after the approval.
    await page.goto("/records/new");
    await page.getByRole("combobox", { name: "类型", exact: true }).selectOption({ label: "检查" });
    await page.getByRole("textbox", { name: "标题", exact: true }).fill(unique("年终安全生产大检查"));
    await page.getByRole("textbox", { name: "日期（年-月-日）" }).fill(`${LAST_YEAR}-12-30`);
    await page.getByRole("button", { name: "保存记录" }).click();
    await expect(page).not.toHaveURL(/\/records\/new/, { timeout: 20_000 });

    // The approved edition: same hash, same figures.
    await page.goto(editionUrl);
    await expect(page.getByText(`SHA-256：${hash}`)).toBeVisible();
    await expect(page.getByText("快照与哈希一致")).toBeVisible();
    expect(await inspections(page)).toBe(before);
    await expect(page.getByRole("article").getByText(problems)).toBeVisible();

    // A new draft: the texts carried over, the new record counted.
    await page.goto(`/reports/${LAST_YEAR}`);
    await ensureDraft(page);
    await expect(page.getByText(/^当前显示：草稿/)).toBeVisible();
    expect(await inspections(page)).toBe(before + 1);
    await expect(page.getByLabel(PROBLEMS)).toHaveValue(problems);
  });

  test("chief-quality opens their own unit's score sheet of last year, not another unit's nor the bureau report", async ({ browser }) => {
    test.setTimeout(120_000);
    const office = await as(browser, "office");
    await office.goto(`/reports/${LAST_YEAR}`);
    const other = await office.getByRole("link", { name: "特种设备检验研究院 评分表" }).getAttribute("href");
    expect(other).toMatch(new RegExp(`^/reports/unit/\\d+/${LAST_YEAR}`));

    const page = await as(browser, "chief-quality");
    // The list shows the sheets of the chosen year (the working year unless asked).
    await page.goto(`/reports?year=${LAST_YEAR}`);
    await page.getByRole("link", { name: `${LAST_YEAR} 年度 · 质量监督科` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `质量监督科${LAST_YEAR}年度安全生产责任制考核评分表` })).toBeVisible();
    const sheet = page.getByRole("table", { name: `质量监督科${LAST_YEAR}年度安全生产责任制考核评分表` });
    for (const col of ["考核项目", "考核内容", "标准分", "评分标准", "自评分", "考核得分", "扣分原因", "备注"]) {
      await expect(sheet.getByRole("columnheader", { name: col })).toBeVisible();
    }
    await expect(page.getByText(/^考核等次：(优秀|良好|合格)$/)).toBeVisible();
    await expect(page.getByRole("table", { name: "一票否决事项核查" }).getByRole("row", { name: /事故迟报/ })).toContainText("未触发");
    await expect(page.getByText("被考核单位负责人（签字）：")).toBeVisible();

    await page.goto(other!);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await page.goto(`/reports/${LAST_YEAR}`);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  });

  test("staff-quality has no reports", async ({ browser }) => {
    const page = await as(browser, "staff-quality");
    await page.goto("/reports");
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  });
});
