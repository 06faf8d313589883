// Printed and converted as people print them: 我的责任 from the browser (Chromium, A4) is a formal list of at
// most three pages with readable columns that ends with its signature block; the annual report prints
// without the page's edition box and states the pledges its 附表2 lists; a score sheet prints on A4
// landscape; the Excel score sheet converted by LibreOffice shows every 扣分原因 in full.
import type { Browser, Page } from "@playwright/test";
import { expect, LAST_YEAR, test, THIS_YEAR } from "../fixtures/clock";
import { needReaders, officeText, pdfText } from "../fixtures/readers";
import { signInOk, type DemoUser } from "../fixtures/users";

// Signs in through the form (the saved sessions in e2e/.auth may be rewritten by other runs meanwhile).
async function as(browser: Browser, user: DemoUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInOk(page, user);
  return page;
}

/** Text without any white space: wrapped lines and table columns joined. */
const flat = (s: string) => s.replace(/\s+/g, "");

/** The page size of each page of a PDF, in points ([width, height]). */
const pageSizes = (pdf: Buffer) =>
  [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);

test("staff-quality prints 我的责任: a formal list on at most three A4 pages, ending with the signature block", async ({ browser }) => {
  needReaders(["pdf"]);
  const page = await as(browser, "staff-quality");
  await page.goto("/my-duties");
  await expect(page.getByRole("region", { name: /岗位清单 · 质量监督科/ })).toBeVisible();

  // As printed: the menu, the buttons and the screen's cards are left out; the list's columns are readable.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  await expect(page.getByRole("region", { name: /岗位清单 · 质量监督科/ })).toBeHidden();
  const printed = page.locator(".duty-print");
  await expect(printed.getByRole("heading", { level: 1, name: `${THIS_YEAR}年度安全生产责任清单` })).toBeVisible();
  const widths = await printed.getByRole("columnheader").evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThanOrEqual(5);
  expect(Math.min(...widths)).toBeGreaterThan(36); // no column a character wide

  const pdf = await page.pdf({ format: "A4" });
  const text = await pdfText(pdf);
  const pages = text.split("\f").filter((p) => p.trim());
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(3);
  // A4 portrait (595.28 × 841.89 pt; Chromium may write 595.92 × 842.88).
  const sizes = pageSizes(pdf);
  expect(sizes.length, JSON.stringify(sizes)).toBeGreaterThan(0);
  expect(sizes.every(([w, h]) => Math.abs(w - 595.5) < 2 && Math.abs(h - 842.4) < 2), JSON.stringify(sizes)).toBe(true);
  // The first page is full: the title, the person with their post, and the first list's table under way.
  const first = flat(pages[0]);
  expect(first.startsWith(`${THIS_YEAR}年度安全生产责任清单责任人：齐小萌岗位：质量监督科质量监督员`)).toBe(true);
  expect(first).toContain("一、岗位安全生产责任清单（质量监督科·质量监督员）");
  expect(first).toContain("序号责任事项责任范围考核标准频次");
  expect(first).toMatch(/考核标准频次[^]*2〔/); // at least two duties on page 1
  expect(flat(text)).toContain("二、单位安全生产责任清单（质量监督科）");
  // No screen-only controls (a duty text may itself say 签字确认, so the button is checked hidden above).
  expect(flat(text)).not.toMatch(/打印|履职历史|内容哈希|核验信息/);
  // It ends with the statement and the signature block: the person signs, the head of the unit reviews.
  expect(flat(text)).toMatch(/承诺认真履行，接受考核和监督。责任人（签字）：单位负责人（审核）：日期：年月日日期：年月日$/);
  await page.context().close();
});

test("the annual report prints without the edition box, and its text states the pledges 附表1 and 附表2 show", async ({ browser }) => {
  needReaders(["pdf"]);
  const page = await as(browser, "office");
  await page.goto(`/reports/${LAST_YEAR}`);
  const report = page.getByRole("article", { name: `${LAST_YEAR}年度安全生产责任制落实情况报告` });
  await expect(report).toBeVisible();

  // One set of figures: the sentence of 一、基本情况, 附表2's 合计 row, and 附表1's 责任书签订率.
  const sentence = (await report.getByText(/签订安全生产责任书、承诺书\d+份/).innerText()).trim();
  const [, total, complete] = /承诺书(\d+)份，双方签署完成(\d+)份/.exec(sentence)!;
  expect(Number(total)).toBeGreaterThan(100);
  const sum = report.getByRole("table", { name: "安全生产责任书、承诺书签订情况" }).getByRole("row").last();
  await expect(sum.getByRole("rowheader")).toHaveText("合计");
  await expect(sum.getByRole("cell")).toHaveText(["—", total, complete, `${((100 * Number(complete)) / Number(total)).toFixed(1)}%`]);
  // Last year's cascade is signed in full: 100 % signed in 附表2, and the rate every unit reported in 附表1.
  expect(complete).toBe(total);
  const rate = report.getByRole("table", { name: "控制指标完成情况" }).getByRole("row", { name: /^责任书签订率/ });
  await expect(rate.getByRole("cell").nth(4)).toHaveText("100");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "当前版本" })).toBeHidden();
  const text = flat(await pdfText(await page.pdf({ format: "A4" })));
  expect(text).toContain(`${LAST_YEAR}年度安全生产责任制落实情况报告`);
  expect(text).not.toContain("当前显示");
  expect(text).not.toContain("下载");
  await page.context().close();
});

test("a score sheet prints on A4 landscape, and its Excel file converted by LibreOffice shows every 扣分原因 in full", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  needReaders();
  const page = await as(browser, "office");
  await page.goto(`/reports/${LAST_YEAR}`);
  await page.getByRole("link", { name: "特种设备检验研究院 评分表" }).click();
  const items = page.getByRole("table", { name: `特种设备检验研究院${LAST_YEAR}年度安全生产责任制考核评分表` });
  await expect(items).toBeVisible();
  // The reasons as the page shows them: the second-last data cell of each row (a category's header cell
  // spans its items, so rows differ in their number of header cells).
  const reasons = (
    await items
      .getByRole("row")
      .evaluateAll((rows) => rows.slice(1).map((r) => [...r.querySelectorAll("td")].at(-2)?.textContent?.trim() ?? ""))
  ).filter((r) => r && r !== "—");
  expect(reasons.length).toBeGreaterThanOrEqual(5);
  expect(reasons.some((r) => r.length > 40)).toBe(true);

  // Printed from the browser: landscape, with the page's own size rule.
  await page.emulateMedia({ media: "print" });
  const printed = await page.pdf({ preferCSSPageSize: true });
  expect(pageSizes(printed).every(([w, h]) => w > h)).toBe(true);
  await page.emulateMedia({ media: "screen" });

  // The PDF file: A4 landscape too.
  const pdfHref = await page.getByRole("link", { name: "PDF", exact: true }).getAttribute("href");
  const pdf = await (await page.request.get(pdfHref!)).body();
  expect(pageSizes(pdf).every(([w, h]) => Math.round(w) === 842 && Math.round(h) === 595)).toBe(true);

  // The Excel file as LibreOffice prints it: the title row, and every reason whole (wrapped in rows tall
  // enough; a cut-off cell would lose its end).
  const xlsxHref = await page.getByRole("link", { name: "Excel", exact: true }).getAttribute("href");
  const res = await page.request.get(xlsxHref!);
  expect(res.status()).toBe(200);
  const { text } = await officeText(await res.body(), "xlsx", "raw");
  const all = flat(text);
  expect(all).toContain(`特种设备检验研究院${LAST_YEAR}年度安全生产责任制考核评分表`);
  for (const r of reasons) expect(all, r).toContain(flat(r));
  await page.context().close();
});
