// The year in progress closes: the office records a veto on 城东分局, the committee decides (the veto
// forces the grade whatever the score, and the trace says why), publicises, an objection is heard, the
// chair finalises with the password and an early-close reason, confirms the sanctions, and the vetoed
// unit's head sees them on their page. Runs in the "year-end" project, after every other spec has used the
// year; run alone, it first brings the one unit the demo leaves open (质量监督科) to reviewed itself.
import type { Browser, Page } from "@playwright/test";
import { completeReview, fillSelfScores, submitSelfAssessment, unitStatus } from "../fixtures/assessment";
import { earlierThisYear, expect, shanghaiDate, test, THIS_YEAR } from "../fixtures/clock";
import { PASSWORD, stateOf, type DemoUser } from "../fixtures/users";

const VETOED = "城东分局";
const BASIS = `${shanghaiDate(earlierThisYear(24 * 30))} 辖区内商场电梯事故致 1 人重伤，经调查城东分局对该电梯的监督检查流于形式，负有监管责任`;

test.describe.configure({ mode: "serial" });

async function as(browser: Browser, user: DemoUser): Promise<Page> {
  const context = await browser.newContext({ storageState: stateOf(user) });
  return context.newPage();
}

test("every unit is reviewed: 质量监督科 (open in the demo) self-assessed and reviewed unless another spec did", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const office = await as(browser, "office");
  await office.goto(`/assessment/${THIS_YEAR}/review`);
  const unitUrl = (await office.getByRole("link", { name: "查看 质量监督科" }).getAttribute("href"))!;
  await office.goto(unitUrl);
  let status = await unitStatus(office);
  if (status === "未开始" || status === "自评中") {
    const head = await as(browser, "chief-quality");
    await head.goto(unitUrl);
    await fillSelfScores(head);
    await submitSelfAssessment(head);
    await head.context().close();
    await office.reload();
    status = await unitStatus(office);
  }
  if (status === "已提交自评") {
    await completeReview(office);
    status = await unitStatus(office);
  }
  expect(status).toBe("考核组已评审");
  await office.context().close();
});

test("the office records a confirmed veto on 城东分局 and the unit's page shows the forced grade", async ({ browser }) => {
  const page = await as(browser, "office");
  await page.goto(`/assessment/${THIS_YEAR}/review`);
  await page.getByRole("link", { name: `查看 ${VETOED}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(VETOED) })).toBeVisible();
  const vetoes = page.getByRole("region", { name: "一票否决事项" });
  const select = vetoes.getByLabel("否决事项");
  const value = await select.locator("option", { hasText: "V1 " }).getAttribute("value");
  await select.selectOption(value!);
  await vetoes.getByLabel("事实依据").fill(BASIS);
  await vetoes.getByLabel("直接确认（不勾选则记为待确认）").check();
  await vetoes.getByRole("button", { name: "记录" }).click();
  await expect(vetoes.getByRole("row").filter({ hasText: "发生负有责任的一般及以上生产安全事故" })).toContainText("已确认");
  await page.context().close();
});

test("the committee decides: the vetoed unit is 不合格 whatever its score, with the rule and basis in the trace", async ({ browser }) => {
  const page = await as(browser, "director");
  await page.goto(`/assessment/${THIS_YEAR}/decision`);
  await expect(page.getByRole("heading", { level: 1, name: `${THIS_YEAR} 年度考核 · 安委会审定` })).toBeVisible();
  await page.getByRole("button", { name: "审定考核结果" }).click();
  const ranking = page.getByRole("table", { name: new RegExp(`${THIS_YEAR} 年度各单位得分、等次与排名`) });
  const row = ranking.getByRole("row").filter({ has: page.getByRole("rowheader", { name: VETOED, exact: true }) });
  await expect(row).toContainText("不合格");
  await expect(row).toContainText("否决事项：发生负有责任的一般及以上生产安全事故");
  await expect(row).toContainText(`事实依据：${BASIS}`);
  await expect(row).toContainText("确认人：欧阳晓雯");
  // Its score alone would have been 良好: the trace shows the change.
  await expect(row).toContainText(/良好 → 不合格|良好.*→.*不合格/);
  // Vetoed units rank last.
  await expect(ranking.getByRole("row").last()).toContainText(VETOED);

  await page.getByRole("button", { name: /发布公示（\d+ 天）/ }).click();
  await expect(page.getByText(/公示截止：/).first()).toBeVisible();
  await page.context().close();
});

test("during publicity a unit head objects and the office answers; the result is recomputed", async ({ browser }) => {
  const head = await as(browser, "chief-quality");
  await head.goto(`/assessment/${THIS_YEAR}/results`);
  await head.getByLabel("异议内容及理由").fill("1.1 项扣分所依据的会议记录已于 3 月补交，请复核。");
  await head.getByRole("button", { name: "提交异议" }).click();
  await expect(head.getByText("异议已提交，安委办将复核并答复。")).toBeVisible();
  await head.context().close();

  const office = await as(browser, "office");
  await office.goto(`/assessment/${THIS_YEAR}/decision`);
  const objections = office.getByRole("region", { name: "异议处理" });
  await expect(objections).toContainText("质量监督科");
  await objections.getByLabel("处理结果").selectOption({ label: "异议不成立" });
  await objections.getByLabel("处理意见").fill("经复核，补交记录不在考核期内，维持原评分。");
  await objections.getByRole("button", { name: "记录处理结果" }).click();
  await expect(objections).toContainText("处理意见：经复核，补交记录不在考核期内，维持原评分。");
  await office.context().close();
});

test("the chair finalises with the password and an early-close reason, and confirms the sanctions", async ({ browser }) => {
  const page = await as(browser, "director");
  await page.goto(`/assessment/${THIS_YEAR}/decision`);
  const finalise = page.getByRole("region", { name: "定稿" });
  await finalise.getByLabel("登录密码（再次确认身份）").fill(PASSWORD);
  await finalise.getByRole("button", { name: "定稿" }).click();
  await expect(finalise.getByText("公示期未满，提前结束须说明理由。")).toBeVisible();
  await finalise.getByLabel("登录密码（再次确认身份）").fill("wrong-password-1");
  await finalise.getByLabel("提前结束公示的理由（公示期未满时必填）").fill("各单位均已确认结果，异议已处理完毕，经安委会同意提前结束公示。");
  await finalise.getByRole("button", { name: "定稿" }).click();
  await expect(finalise.getByText("当前密码不正确")).toBeVisible();
  await finalise.getByLabel("登录密码（再次确认身份）").fill(PASSWORD);
  await finalise.getByRole("button", { name: "定稿" }).click();

  const sanctions = page.getByRole("region", { name: "奖惩兑现" });
  const flagged = sanctions.getByRole("row").filter({ hasText: "年度考核不得评为优秀" }).filter({ hasText: VETOED });
  await expect(flagged.first()).toBeVisible();
  await expect(sanctions.getByRole("row").filter({ hasText: "取消评先评优" }).filter({ hasText: VETOED })).toHaveCount(1);
  await expect(sanctions.getByRole("row").filter({ hasText: "限期整改" }).filter({ hasText: VETOED })).toHaveCount(1);
  const head = flagged.filter({ hasText: "董海峰" });
  await head.getByRole("button", { name: "确认" }).click();
  await expect(sanctions.getByRole("row").filter({ hasText: "年度考核不得评为优秀" }).filter({ hasText: "董海峰" })).toContainText("已确认");
  await page.context().close();
});

test("the vetoed unit's head sees the sanction on their page; the final year is read-only", async ({ browser }) => {
  const page = await as(browser, "chief-branch");
  await page.goto("/my-duties");
  const mine = page.getByRole("region", { name: "奖惩兑现" });
  await expect(mine.getByText(new RegExp(`^${THIS_YEAR} 年度考核：年度考核不得评为优秀（城东分局 一票否决：发生负有责任的一般及以上生产安全事故.*— 已确认$`))).toBeVisible();
  await page.goto(`/assessment/${THIS_YEAR}/results`);
  const row = page.getByRole("table", { name: new RegExp(`${THIS_YEAR} 年度考核排名`) }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: VETOED, exact: true }) });
  await expect(row).toContainText("不合格");
  await page.context().close();
});
