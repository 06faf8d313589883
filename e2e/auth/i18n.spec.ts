import { expect, LAST_YEAR, test, THIS_YEAR } from "../fixtures/clock";
import { signInOk } from "../fixtures/users";

test("switching to English is kept for the user across sign-ins", async ({ page, browser }) => {
  await signInOk(page, "secretary");
  await page.getByRole("button", { name: "English" }).first().click();
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Home" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();

  // A fresh browser (no cookie) signs in and gets the saved choice.
  const other = await browser.newPage();
  await other.goto("/login");
  await other.getByLabel("用户名").fill("secretary");
  await other.getByLabel("密码").fill("DualDuty#2026");
  await other.getByRole("button", { name: "登录" }).click();
  await expect(other.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  await other.getByRole("button", { name: "中文" }).first().click();
  await expect(other.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await other.close();
});

test("in English, grades, record kinds and unit categories are English, labels take ': ', and the report stays Chinese", async ({
  page,
}) => {
  await signInOk(page, "secretary");
  await page.getByRole("button", { name: "English" }).first().click();
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  try {
    // Grades: the scheme's bands are stored in Chinese (优秀, 良好 …); the standard ones read in English.
    await page.goto(`/assessment/${LAST_YEAR}/results`);
    const ranking = page.getByRole("table", { name: new RegExp(`^${LAST_YEAR} ranking`) });
    await expect(ranking.getByRole("cell", { name: "Excellent", exact: true }).first()).toBeVisible();
    await expect(ranking.getByRole("cell", { name: /^(优秀|良好|合格|不合格)$/ })).toHaveCount(0);

    // Record kinds.
    await page.goto("/records");
    await expect(page.getByRole("cell", { name: "Inspection", exact: true }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "检查", exact: true })).toHaveCount(0);

    // Unit categories (the groups a veto rule applies to) and the scheme's grade bands.
    await page.goto(`/assessment/${THIS_YEAR}/scheme`);
    await expect(page.getByRole("cell", { name: /\bRegulatory\b/ }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: /业务监管类|技术机构/ })).toHaveCount(0);
    await expect(page.getByRole("cell", { name: "Pass", exact: true }).first()).toBeVisible();

    // The annual report is a document filed in Chinese: its sentences stay Chinese around the English page.
    await page.goto(`/reports/${LAST_YEAR}`);
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: `${LAST_YEAR} annual report on the work-safety responsibility system`,
      }),
    ).toBeVisible();
    const report = page.getByRole("article", { name: `${LAST_YEAR}年度安全生产责任制落实情况报告` });
    await expect(report.getByText(/^一、基本情况/)).toBeVisible();
    await expect(report.getByText("Overview")).toHaveCount(0);

    // A label and its value: ": " in English, not the full-width "：".
    await page.goto("/profile");
    await expect(page.getByText(/^Interface language: /)).toBeVisible();
  } finally {
    await page.getByRole("button", { name: "中文" }).first().click();
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  }
});
