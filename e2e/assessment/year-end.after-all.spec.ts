// The year in progress closes: the office decides the proposals still pending and records a veto on
// 城东分局, the committee decides (the veto forces the grade whatever the score, and the trace says why),
// publicises, an objection is heard; an accident reported late during publicity proposes a veto, and the
// chair cannot finalise while it is pending (the page names it) until the office has reopened the unit and
// dismissed it and the committee has decided and publicised it again; the chair finalises with the password
// and an early-close reason, confirms the sanctions, and the vetoed unit's head sees them on their page.
// Runs in the "year-end" project, after every other spec has used the year; run alone, it first brings the
// one unit the demo leaves open (质量监督科) to reviewed itself.
import type { Browser, Page } from "@playwright/test";
import { completeReview, fillSelfScores, submitSelfAssessment, unitStatus } from "../fixtures/assessment";
import { earlierThisYear, expect, shanghaiDate, shanghaiLocal, test, THIS_YEAR } from "../fixtures/clock";
import { PASSWORD, stateOf, unique, type DemoUser } from "../fixtures/users";

const VETOED = "城东分局";
const BASIS = `${shanghaiDate(earlierThisYear(24 * 30))} 辖区内商场电梯事故致 1 人重伤，经调查城东分局对该电梯的监督检查流于形式，负有监管责任`;
/** The unit an accident reported late during publicity proposes a veto for. */
const LATE_UNIT = "计量检定测试所";
const LATE_ACCIDENT = unique("计量检定现场压力容器泄漏事故");
let lateUnitUrl = "";

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

/** On a unit's assessment page (as the office): every proposal still pending decided against — each
 * deduction not accepted (with a reason), each proposed veto dismissed. */
async function declinePending(page: Page) {
  const proposals = page.getByRole("region", { name: "隐患、事故产生的考核建议" });
  const reject = proposals.getByRole("button", { name: "不采纳", exact: true });
  while ((await reject.count()) > 0) {
    const n = await reject.count();
    const group = proposals.getByRole("group").filter({ has: reject }).first();
    await group.getByLabel("不采纳理由").fill("经核实已于期限内整改完毕，不予扣分。");
    await group.getByRole("button", { name: "不采纳", exact: true }).click();
    await expect(reject).toHaveCount(n - 1);
  }
  const vetoes = page.getByRole("region", { name: "一票否决事项" });
  const dismiss = vetoes.getByRole("button", { name: /^驳回：/ });
  while ((await dismiss.count()) > 0) {
    const n = await dismiss.count();
    await dismiss.first().click();
    await expect(dismiss).toHaveCount(n - 1);
  }
}

test("the office decides every proposal still pending before the decision, unit by unit from the decision page", async ({
  browser,
}) => {
  const office = await as(browser, "office");
  await office.goto(`/assessment/${THIS_YEAR}/decision`);
  const pending = office.getByRole("region", { name: "待处理的扣分与一票否决建议" });
  const hrefs = new Set<string>();
  if ((await pending.count()) > 0) for (const link of await pending.getByRole("link").all()) hrefs.add((await link.getAttribute("href"))!);
  for (const href of hrefs) {
    await office.goto(href);
    await declinePending(office);
  }
  await office.goto(`/assessment/${THIS_YEAR}/decision`);
  await expect(pending).toHaveCount(0);
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

test("an accident reported late during publicity proposes a veto: the chair cannot finalise, and the page names it", async ({
  browser,
}) => {
  const office = await as(browser, "office");
  const at = earlierThisYear(6);
  const later = (minutes: number) => shanghaiLocal(new Date(at.getTime() + minutes * 60_000));
  await office.goto("/accidents/new");
  await office.getByLabel("事故名称").fill(LATE_ACCIDENT);
  await office.getByLabel("发生时间").fill(later(0));
  await office.getByLabel("类别").selectOption({ label: "监管领域" });
  await office.getByLabel("责任单位").selectOption({ label: LATE_UNIT });
  await office.getByLabel("死亡人数").fill("0");
  await office.getByLabel(/重伤人数/).fill("1");
  await office.getByLabel("直接经济损失（万元）").fill("8");
  await office.getByLabel(/事故单位负责人 → 本局：实际报告时间/).fill(later(75));
  await office.getByLabel(/本局 → 市政府及上级部门：实际报告时间/).fill(later(150));
  await office.getByRole("button", { name: "保存" }).click();
  await expect(office.getByRole("heading", { level: 1, name: `事故：${LATE_ACCIDENT}` })).toBeVisible();
  await expect(office.getByRole("region", { name: "一票否决建议" })).toContainText("待确认");
  await office.context().close();

  const chair = await as(browser, "director");
  await chair.goto(`/assessment/${THIS_YEAR}/decision`);
  const finalise = chair.getByRole("region", { name: "定稿" });
  await expect(finalise).toContainText(`尚有 1 项扣分或一票否决建议待处理（${LATE_UNIT}），处理完毕后方可定稿。`);
  await expect(finalise.getByRole("button", { name: "定稿" })).toHaveCount(0);
  await expect(finalise.getByLabel("登录密码（再次确认身份）")).toHaveCount(0);
  const item = chair.getByRole("region", { name: "待处理的扣分与一票否决建议" }).getByRole("listitem");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`${LATE_UNIT}：一票否决建议 `);
  await expect(item).toContainText(`（事故：${LATE_ACCIDENT}）`);
  lateUnitUrl = (await item.getByRole("link", { name: LATE_UNIT }).getAttribute("href"))!;
  await chair.context().close();
});

test("the office reopens the unit and dismisses the veto; the committee decides and publicises it again", async ({ browser }) => {
  const office = await as(browser, "office");
  await office.goto(`/assessment/${THIS_YEAR}/decision`);
  const reopen = office.getByRole("region", { name: "重新打开" });
  await reopen.getByLabel("单位").selectOption({ label: LATE_UNIT });
  await reopen.getByLabel("理由").fill("公示期间登记的事故迟报提出一票否决建议，退回考核组处理。");
  await reopen.getByLabel("登录密码（再次确认身份）").fill(PASSWORD);
  await reopen.getByRole("button", { name: "重新打开" }).click();
  await expect(reopen.getByText("已重新打开，该单位回到“考核组已评审”状态。")).toBeVisible();
  await office.goto(lateUnitUrl);
  expect(await unitStatus(office)).toBe("考核组已评审");
  const hit = office.getByRole("region", { name: "一票否决事项" }).getByRole("row", { name: new RegExp(LATE_ACCIDENT) });
  await expect(hit).toContainText("待确认");
  await hit.getByRole("button", { name: /^驳回：/ }).click();
  await expect(hit).toContainText("已驳回");
  await office.context().close();

  const chair = await as(browser, "director");
  await chair.goto(`/assessment/${THIS_YEAR}/decision`);
  await expect(chair.getByRole("region", { name: "待处理的扣分与一票否决建议" })).toHaveCount(0);
  await chair.getByRole("button", { name: "审定考核结果" }).click();
  await chair.getByRole("button", { name: /发布公示（\d+ 天）/ }).click();
  await expect(chair.getByRole("region", { name: "定稿" }).getByRole("button", { name: "定稿" })).toBeVisible();
  await chair.context().close();
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
