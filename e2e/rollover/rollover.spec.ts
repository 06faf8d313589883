import type { Browser, Locator, Page } from "@playwright/test";
import { captureAction, replayAction } from "../fixtures/actions";
import { expect, NEXT_YEAR, test, THIS_YEAR, today } from "../fixtures/clock";
import { PASSWORD, stateOf, type DemoUser } from "../fixtures/users";

// 年度切换: the committee office prepares next year from this one, step by step, reruns every step with
// nothing duplicated, and a unit head signs a pledge of the new year while this year's stay as they were.
const Y = THIS_YEAR;
const NEXT = NEXT_YEAR;
/** The office's committee step call, replayed later with a unit head's session. */
let committeeCall: Awaited<ReturnType<typeof captureAction>> | null = null;

async function as(browser: Browser, user: DemoUser): Promise<Page> {
  const ctx = await browser.newContext({ storageState: stateOf(user) });
  return ctx.newPage();
}

/** Runs a step with its button (its form is named after it) and returns the confirmation it shows. */
async function run(step: Locator, button: string, done: RegExp | string) {
  const form = step.getByRole("form", { name: button, exact: true });
  const status = form.getByRole("status");
  await form.getByRole("button", { name: button, exact: true }).click();
  await expect(status).toHaveText(done);
  return (await status.textContent()) ?? "";
}

/** The number a confirmation or status line starts its count with ("已复制 27 名委员。" → 27). */
const countIn = (text: string, re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);

test.describe.serial("年度切换", () => {
  test(`office prepares ${NEXT} from ${Y}: committee with a member replaced, 分管, lists, scheme, pledges, deadline; a rerun duplicates nothing`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const page = await as(browser, "office");

    // The staff number of the person who will replace the liaison on next year's committee.
    await page.goto(`/admin/org/people?q=${encodeURIComponent("吴秀英")}`);
    const staffNo = (await page
      .getByRole("row", { name: /吴秀英/ })
      .getByRole("cell")
      .first()
      .textContent())!.trim();
    expect(staffNo).toMatch(/^[A-Za-z0-9._-]+$/);

    // From 1 December the shell reminds the office that next year is not prepared.
    await page.goto("/");
    const banner = page.getByRole("complementary", { name: "年度切换提醒" });
    if (today() >= `${Y}-12-01`) {
      await expect(banner).toHaveText(`${NEXT} 年度尚未准备：去年度切换`);
      await banner.getByRole("link", { name: "去年度切换", exact: true }).click();
    } else {
      await expect(banner).toHaveCount(0);
      await page.goto(`/rollover?year=${NEXT}`);
    }
    await expect(page.getByRole("heading", { level: 1, name: "年度切换" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: `准备 ${NEXT} 年度（以 ${Y} 年度为基础）` }),
    ).toBeVisible();
    const years = page.getByRole("table", { name: "各年度准备情况" });
    await expect(years.getByRole("row", { name: new RegExp(`^${Y}`) })).toContainText("已准备");
    await expect(years.getByRole("row", { name: new RegExp(`^${NEXT}`) })).toContainText("未准备");

    const step = (name: string) => page.getByRole("region", { name, exact: true });
    const committee = step("委员会及委员");
    await expect(committee.getByText(new RegExp(`^缺失：${NEXT} 年尚无委员会`))).toBeVisible();
    const copied = await run(committee, `复制 ${Y} 年委员会到 ${NEXT} 年`, /^已复制 [1-9]\d* 名委员。$/);
    const members = countIn(copied, /已复制 (\d+) 名委员/);
    await expect(committee.getByText(`已就绪：${NEXT} 年委员会已建立，在任委员 ${members} 名。`)).toBeVisible();
    await expect(years.getByRole("row", { name: new RegExp(`^${NEXT}`) })).toContainText("已准备");

    // Replace the liaison (刘佳) by 吴秀英: the seat stays, the person changes.
    const memberTable = committee.getByRole("table", { name: `${NEXT} 年委员会委员` });
    await expect(memberTable.getByRole("rowheader", { name: "刘佳", exact: true })).toBeVisible();
    const replace = committee.getByRole("region", { name: "更换委员" });
    await replace.getByRole("combobox", { name: "委员", exact: true }).selectOption({ label: "刘佳（联络员）" });
    await replace.getByLabel("新委员工号").fill(staffNo);
    await replace.getByRole("button", { name: "更换委员" }).click();
    await expect(replace.getByRole("status")).toHaveText("已更换委员。");
    await expect(memberTable.getByRole("row", { name: /吴秀英/ })).toContainText("联络员");
    await expect(memberTable.getByRole("rowheader", { name: "刘佳", exact: true })).toHaveCount(0);

    const supervisions = step("分管关系");
    const supDone = await run(supervisions, `复制 ${Y} 年分管关系到 ${NEXT} 年`, /^已复制 [1-9]\d* 条分管关系。$/);
    await expect(
      supervisions.getByText(`已就绪：${NEXT} 年有 ${countIn(supDone, /(\d+)/)} 条分管关系。`),
    ).toBeVisible();

    const lists = step("责任清单");
    const listsDone = await run(lists, `从 ${Y} 年清单生成 ${NEXT} 年清单草稿`, /^已生成 [1-9]\d* 份清单草稿。$/);
    await expect(
      lists.getByText(`已就绪：${NEXT} 年有 ${countIn(listsDone, /(\d+)/)} 份责任清单，其中已发布 0 份。`),
    ).toBeVisible();

    // The scheme spec may have copied next year's scheme already: either way it is there once, with the
    // indicators and their targets.
    const scheme = step("考核方案与控制指标");
    await run(
      scheme,
      `复制 ${Y} 年考核方案到 ${NEXT} 年`,
      /^(已复制考核方案：.*[1-9]\d* 项控制指标.*|.*已存在，未重复复制。)$/,
    );
    await expect(scheme.getByText(/^已就绪：.*控制指标 [1-9]\d* 项，指标目标 [1-9]\d* 个。$/)).toBeVisible();

    // Pledges wait for published lists of the new year.
    const pledges = step("责任书与承诺书");
    await expect(
      pledges.getByText(`等待：等待发布清单：${NEXT} 年尚无已发布的责任清单，发布后方可生成。`),
    ).toBeVisible();
    await expect(pledges.getByRole("button", { name: `生成 ${NEXT} 年责任书与承诺书` })).toBeDisabled();

    const deadline = step("签订截止日期");
    await expect(deadline.getByText(/^缺失：/)).toBeVisible();
    await deadline.getByLabel(`${NEXT} 年签订截止日期`, { exact: true }).fill(`${NEXT}-04-30`);
    await run(deadline, `保存 ${NEXT} 年签订截止日期`, `${NEXT} 年签订截止日期已设为 ${NEXT}-04-30。`);
    await expect(deadline.getByText(`已就绪：${NEXT} 年签订截止日期为 ${NEXT}-04-30。`)).toBeVisible();

    // The office publishes next year's list of 质量监督科 (a draft copied from this year's).
    await page.goto(`/duties?year=${NEXT}&type=unit`);
    await page.getByRole("link", { name: "单位清单 · 质量监督科" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /单位清单 · 质量监督科/ })).toBeVisible();
    await page.getByRole("button", { name: "发布新版本" }).click();
    await expect(page.getByRole("region", { name: "审批与签字" }).getByText("当前状态：已公示")).toBeVisible();

    await page.goto(`/rollover?year=${NEXT}`);
    await expect(pledges.getByText(/^缺失：.*已发布 [1-9]\d* 份清单，尚未生成责任书与承诺书。$/)).toBeVisible();
    const generated = await run(pledges, `生成 ${NEXT} 年责任书与承诺书`, /^已生成 [1-9]\d* 份（/);
    const made = countIn(generated, /已生成 (\d+) 份/);
    await expect(pledges.getByText(new RegExp(`^已就绪：${NEXT} 年已生成 ${made} 份（`))).toBeVisible();

    // Every step again: nothing is created twice, and the year's counts stay as they were.
    // Members, 分管, lists (published/all) and pledges of the year (the scheme spec may edit its scheme meanwhile).
    const counted = async () => {
      const cells = await years
        .getByRole("row", { name: new RegExp(`^${NEXT}`) })
        .getByRole("cell")
        .allTextContents();
      return [cells[1], cells[2], cells[3], cells[6]];
    };
    const countsBefore = await counted();
    committeeCall = await captureAction(page, () =>
      run(committee, `复制 ${Y} 年委员会到 ${NEXT} 年`, "已复制 0 名委员。").then(() => undefined),
    );
    await run(supervisions, `复制 ${Y} 年分管关系到 ${NEXT} 年`, "已复制 0 条分管关系。");
    await run(lists, `从 ${Y} 年清单生成 ${NEXT} 年清单草稿`, "已生成 0 份清单草稿。");
    await run(scheme, `复制 ${Y} 年考核方案到 ${NEXT} 年`, `${NEXT} 年考核方案已存在，未重复复制。`);
    await run(pledges, `生成 ${NEXT} 年责任书与承诺书`, new RegExp(`^已生成 0 份（.*）；已有 ${made} 份；`));
    await page.reload();
    await expect(committee).toBeVisible();
    expect(await counted()).toEqual(countsBefore);
    await expect(committee.getByText(`已就绪：${NEXT} 年委员会已建立，在任委员 ${members} 名。`)).toBeVisible();
    // The replaced member did not come back with the rerun.
    await expect(memberTable.getByRole("rowheader", { name: "刘佳", exact: true })).toHaveCount(0);
    await expect(memberTable.getByRole("rowheader", { name: "吴秀英", exact: true })).toBeVisible();

    // Prepared: the reminder is gone.
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expect(page.getByRole("complementary", { name: "年度切换提醒" })).toHaveCount(0);
    await page.context().close();
  });

  test(`chief-quality signs the ${NEXT} 责任书 while the ${Y} pledge and its signatures stay as they were`, async ({
    browser,
  }) => {
    // This year's pledges exist (generating again creates nothing twice).
    const office = await as(browser, "office");
    await office.goto(`/pledges?year=${Y}`);
    const generate = office.getByRole("region", { name: "生成责任书与承诺书" });
    await generate.getByRole("button", { name: `生成 ${Y} 年责任书/承诺书` }).click();
    await expect(generate.getByText("已生成。")).toBeVisible();
    await office.context().close();

    const chief = await as(browser, "chief-quality");
    const titleOf = (year: number) => `${year}年度安全生产责任书（质量监督科·钱卫东）`;
    const open = async (year: number) => {
      await chief.goto(`/pledges?year=${year}`);
      await chief.getByRole("link", { name: titleOf(year) }).click();
      await expect(chief.getByRole("heading", { level: 1, name: titleOf(year) })).toBeVisible();
    };
    /** The pledge's status and its signature rows, as the signer sees them. */
    const snapshot = async () => {
      const records = chief.getByRole("table", { name: "签署记录" });
      return {
        status: await chief.getByTestId("pledge-status").textContent(),
        signatures: (await records.count()) ? await records.getByRole("row").allTextContents() : [],
      };
    };

    await open(Y);
    const before = await snapshot();

    await open(NEXT);
    await expect(chief.getByTestId("pledge-status")).toHaveText("待签署");
    const sign = chief.getByRole("region", { name: "签署", exact: true });
    await sign.getByLabel("密码").fill(PASSWORD);
    await sign.getByRole("button", { name: "签署" }).click();
    await expect(chief.getByTestId("pledge-status")).toHaveText("乙方已签署");
    await expect(
      chief.getByRole("table", { name: "签署记录" }).getByRole("row", { name: /乙方 钱卫东/ }),
    ).toContainText("内容一致");

    await open(Y);
    expect(await snapshot()).toEqual(before);
    await chief.context().close();
  });

  test("a unit head can neither open the rollover nor run a step", async ({ browser }) => {
    const chief = await as(browser, "chief-quality");
    await chief.goto("/");
    await expect(chief.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "年度切换" })).toHaveCount(
      0,
    );
    await expect(chief.getByRole("complementary", { name: "年度切换提醒" })).toHaveCount(0);
    await chief.goto(`/rollover?year=${NEXT}`);
    await expect(chief.getByRole("heading", { name: "无权访问" })).toBeVisible();
    const forged = await replayAction(chief.context().request, committeeCall!);
    expect(forged.text).toContain("errors.forbidden");
    await chief.context().close();
  });
});
