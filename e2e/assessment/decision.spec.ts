// The closed year (last year) as the committee and the people it concerns see it. Read-only: the flow of the
// year in progress runs in another spec, so nothing here changes state.
import type { Page } from "@playwright/test";
import { expect, LAST_YEAR, test } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

const VETOED = "特种设备检验研究院";

test.describe("office", () => {
  test.use({ storageState: stateOf("office") });

  test("last year's results rank every unit with a spread of grades and one veto whose trace names the rule", async ({ page }) => {
    await page.goto(`/assessment/${LAST_YEAR}/results`);
    await expect(page.getByRole("heading", { level: 1, name: `${LAST_YEAR} 年度考核结果` })).toBeVisible();
    const table = page.getByRole("table", { name: new RegExp(`${LAST_YEAR} 年度考核排名`) });
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(21);
    for (const grade of ["优秀", "良好", "合格"]) {
      await expect(rows.filter({ has: page.getByRole("cell", { name: grade, exact: true }) }).first()).toBeVisible();
    }
    const vetoed = rows.filter({ hasText: "否决事项" });
    await expect(vetoed).toHaveCount(1);
    await expect(vetoed.getByRole("rowheader")).toHaveText(VETOED);
    await expect(vetoed.getByRole("cell", { name: "不合格", exact: true })).toBeVisible();
    await expect(vetoed).toContainText(/否决事项：事故迟报/);
    await expect(vetoed).toContainText(/事实依据：/);
    await expect(vetoed).toContainText(/确认人：/);
    // The vetoed unit ranks last.
    await expect(rows.last()).toContainText(VETOED);
    await expect(page.getByRole("img", { name: "得分分布" })).toBeVisible();
    await expect(page.getByRole("img", { name: "各类别平均得分" })).toBeVisible();
  });

  test("the vetoed unit's head carries 取消评先评优 and 年度考核不得评为优秀 on their page", async ({ page }) => {
    await page.goto(`/assessment/${LAST_YEAR}/decision`);
    const sanctions = page.getByRole("region", { name: "奖惩兑现" }).getByRole("table");
    const flagged = sanctions.getByRole("row").filter({ hasText: "年度考核不得评为优秀" }).filter({ hasText: VETOED });
    // The head, the 主管 leader 白文涛 and the 协管 leader 鄂振华.
    await expect(flagged).toHaveCount(3);
    await expect(flagged.filter({ hasText: "白文涛" })).toHaveCount(1);
    await expect(flagged.filter({ hasText: "鄂振华" })).toHaveCount(1);
    const head = flagged.filter({ hasNotText: "白文涛" }).filter({ hasNotText: "鄂振华" });
    await head.getByRole("link").click();
    await expectCarries(page);
  });
});

async function expectCarries(page: Page) {
  const mine = page.getByRole("region", { name: "奖惩兑现" });
  await expect(mine.getByText(new RegExp(`^${LAST_YEAR} 年度考核：取消评先评优（特种设备检验研究院 一票否决：事故迟报`))).toBeVisible();
  await expect(mine.getByText(new RegExp(`^${LAST_YEAR} 年度考核：年度考核不得评为优秀（特种设备检验研究院 一票否决：事故迟报.*— 已确认$`))).toBeVisible();
}

test.describe("supervising leader", () => {
  test.use({ storageState: stateOf("deputy-safety") });

  test("sees the flag on my duties", async ({ page }) => {
    await page.goto("/my-duties");
    await expectCarries(page);
  });
});

test.describe("staff", () => {
  test.use({ storageState: stateOf("staff-quality") });

  test("reads the published results of last year but cannot open the committee's decision page", async ({ page }) => {
    await page.goto(`/assessment/${LAST_YEAR}/results`);
    await expect(page.getByRole("table", { name: new RegExp(`${LAST_YEAR} 年度考核排名`) })).toBeVisible();
    await expect(page.getByRole("link", { name: "安委会审定" })).toHaveCount(0);
    await page.goto(`/assessment/${LAST_YEAR}/decision`);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  });
});
