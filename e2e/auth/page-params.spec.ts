// Pages read their URL one way (lib/url-params, server/page-params): an id or year in the path that cannot be
// one is the 404 page; a malformed filter or page number in the query is ignored (the default shown), and the
// lists that say so name it.
import { expect, test, THIS_YEAR, LAST_YEAR } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

test("a malformed id or year in a page's path is the 404 page", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("office") });
  const page = await ctx.newPage();
  for (const url of [
    "/accidents/99999999999",
    `/accidents/${encodeURIComponent(fullWidth("12"))}`,
    "/people/1e3",
    "/statements/2101",
  ]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: "页面不存在" }), url).toBeVisible();
  }
  // The same page with a real year is there.
  await page.goto(`/statements/${THIS_YEAR}`);
  await expect(
    page.getByRole("heading", { level: 1, name: `${THIS_YEAR} 年度述职报告（一岗双责部分）草稿` }),
  ).toBeVisible();
  await ctx.close();
});

test("a malformed filter or page number falls back to its default", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: stateOf("admin") });
  const users = await admin.newPage();
  for (const page of ["abc", "-1", "99999999999", "1e3"]) {
    await users.goto(`/admin/users?page=${page}`);
    // Page 1: the first accounts are listed.
    await expect(users.getByRole("rowheader", { name: "security", exact: true }), page).toBeVisible();
  }
  await admin.close();

  const ctx = await browser.newContext({ storageState: stateOf("office") });
  const page = await ctx.newPage();
  await page.goto("/accidents?year=abc&page=-1");
  await expect(page.getByRole("heading", { level: 1, name: "事故管理" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "年度" })).toHaveValue("");
  // A year typed in full-width digits is read like a form field reads it.
  await page.goto(`/accidents?year=${encodeURIComponent(fullWidth(String(LAST_YEAR)))}`);
  await expect(page.getByRole("textbox", { name: "年度" })).toHaveValue(String(LAST_YEAR));

  await page.goto("/records?unit=1e3&year=1999");
  await expect(page.getByText("以下筛选条件格式不正确，已忽略：单位、年度")).toBeVisible();
  await ctx.close();
});
