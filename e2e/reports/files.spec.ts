// The report files opened with real readers: office downloads last year's annual report as Word, PDF and Excel
// from the report page; LibreOffice (Word, Excel → PDF) and pdftotext read them back, and each shows the
// units with the scores and grades the page shows, the veto and the leaders' 一岗双责 table. A unit head
// downloads their own unit's sheet and is refused another unit's; staff are refused the bureau report.
import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, LAST_YEAR, test } from "../fixtures/clock";
import { needReaders, officeText, pdfText } from "../fixtures/readers";
import { stateOf, type DemoUser } from "../fixtures/users";

const as = async (browser: Browser, user: DemoUser) =>
  (await browser.newContext({ storageState: stateOf(user) })).newPage();

const TITLE = `${LAST_YEAR}年度安全生产责任制落实情况报告`;
const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

async function download(request: APIRequestContext, href: string) {
  const started = Date.now();
  const res = await request.get(href);
  const body = await res.body();
  return { res, body, ms: Date.now() - started };
}

/** A line of the read-back text with all the given strings on it (a table row stays on one line). */
const lineWith = (text: string, ...parts: string[]) => text.split("\n").find((l) => parts.every((p) => l.includes(p)));

test.describe("report files", () => {
  test("clicking a download on the report page saves the file under its name and says it is ready", async ({ browser }) => {
    const page = await as(browser, "office");
    await page.goto(`/reports/${LAST_YEAR}`);
    const link = page.getByRole("link", { name: "Excel", exact: true });
    const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(file.suggestedFilename()).toBe(`${TITLE}.xlsx`);
    await expect(page.getByRole("status").filter({ hasText: /Excel已生成（[\d.]+ 秒）。/ })).toBeVisible();
    await page.context().close();
  });

  test("office downloads last year's report as Word, PDF and Excel, and each reads back with the units, scores, grades, the veto and the leaders", async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    needReaders();
    const page = await as(browser, "office");
    await page.goto(`/reports/${LAST_YEAR}`);
    const report = page.getByRole("article", { name: TITLE });
    // What the page shows: each unit's score and grade (三、考核结果), and 白文涛's post (附表6).
    const results = report.getByRole("table", { name: "三、考核结果" });
    await expect(results.getByRole("row").nth(1)).toBeVisible();
    const units = (
      await results
        .getByRole("row")
        .evaluateAll((rows) =>
          rows.slice(1).map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())),
        )
    ).map(([unit, , , score, grade]) => ({ unit, score, grade }));
    expect(units.length).toBeGreaterThan(10);
    expect(units.find((u) => u.unit === "特种设备检验研究院")?.grade).toBe("不合格");
    const bai = report.getByRole("table", { name: "局领导“一岗双责”履职情况表" }).getByRole("row", { name: /^白文涛/ });
    // The start of the post: a narrow column may wrap the rest onto the next line.
    const post = (await bai.getByRole("cell").first().innerText()).trim().slice(0, 3);

    const timings: string[] = [];
    for (const format of ["docx", "pdf", "xlsx"] as const) {
      const name = { docx: "Word（公文格式）", pdf: "PDF", xlsx: "Excel" }[format];
      const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
      expect(href).toMatch(new RegExp(`^/api/reports/annual/${LAST_YEAR}\\?format=${format}`));
      const file = await download(page.request, href!);
      expect(file.res.status()).toBe(200);
      const headers = file.res.headers();
      expect(headers["content-type"]).toBe(TYPES[format]);
      expect(headers["cache-control"]).toBe("no-store");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["content-disposition"]).toBe(
        `attachment; filename="report-${LAST_YEAR}.${format}"; filename*=UTF-8''${encodeURIComponent(`${TITLE}.${format}`)}`,
      );
      const read = format === "pdf" ? { text: await pdfText(file.body), ms: 0 } : await officeText(file.body, format);
      timings.push(
        `${format} ${file.ms} ms (${Math.round(file.body.length / 1024)} KB)${read.ms ? `, LibreOffice ${read.ms} ms` : ""}`,
      );
      const text = read.text;

      // Every unit with its score and grade on one line, as the page shows them.
      for (const u of units)
        expect(lineWith(text, u.unit, u.score, u.grade), `${format}: ${u.unit} ${u.score} ${u.grade}`).toBeTruthy();
      // The veto, and the leaders' table.
      expect(lineWith(text, "特种设备检验研究院", "不合格", "是"), `${format}: veto row`).toBeTruthy();
      expect(lineWith(text, "白文涛", post), `${format}: 白文涛 ${post}`).toBeTruthy();
      if (format !== "xlsx") {
        const flat = text.replace(/\s+/g, "");
        expect(flat).toContain(TITLE);
        expect(flat).toContain("特种设备检验研究院因“事故迟报、漏报、谎报、瞒报”被实行一票否决，考核等次定为不合格");
        expect(flat).toContain("局领导“一岗双责”履职情况表");
      }
    }
    test.info().annotations.push({ type: "timing", description: timings.join("; ") });
    console.log(`annual report downloads: ${timings.join("; ")}`);
    await page.context().close();
  });

  test("chief-quality downloads their own unit's sheet of last year as PDF and is refused another unit's", async ({
    browser,
  }) => {
    needReaders(["pdf"]);
    const office = await as(browser, "office");
    await office.goto(`/reports/${LAST_YEAR}`);
    const other = await office.getByRole("link", { name: "特种设备检验研究院 评分表" }).getAttribute("href");
    const otherId = new RegExp(`^/reports/unit/(\\d+)/${LAST_YEAR}`).exec(other ?? "")?.[1];
    expect(otherId).toBeTruthy();
    await office.context().close();

    const page = await as(browser, "chief-quality");
    // The list shows the sheets of the chosen year (the working year unless asked).
    await page.goto(`/reports?year=${LAST_YEAR}`);
    await page.getByRole("link", { name: `${LAST_YEAR} 年度 · 质量监督科` }).click();
    const href = await page.getByRole("link", { name: "PDF", exact: true }).getAttribute("href");
    expect(href).toMatch(new RegExp(`^/api/reports/unit/\\d+/${LAST_YEAR}\\?format=pdf`));
    const file = await download(page.request, href!);
    expect(file.res.status()).toBe(200);
    expect(file.res.headers()["content-type"]).toBe("application/pdf");
    expect(file.res.headers()["content-disposition"]).toContain(
      encodeURIComponent(`质量监督科${LAST_YEAR}年度安全生产责任制考核评分表.pdf`),
    );
    const text = await pdfText(file.body);
    expect(text.replace(/\s+/g, "")).toContain(`质量监督科${LAST_YEAR}年度安全生产责任制考核评分表`);
    expect(text).toMatch(/考核等次：(优秀|良好|合格)/);
    expect(text).toContain("被考核单位负责人（签字）：");
    console.log(`unit sheet PDF download: ${file.ms} ms (${Math.round(file.body.length / 1024)} KB)`);

    const refused = await page.request.get(`/api/reports/unit/${otherId}/${LAST_YEAR}?format=pdf`);
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ error: "forbidden", message: "您无权下载此报告。" });
    // An unknown unit is answered exactly as another unit is.
    const unknownUnit = await page.request.get(`/api/reports/unit/999999/${LAST_YEAR}?format=pdf`);
    expect(unknownUnit.status()).toBe(403);
    expect(await unknownUnit.json()).toEqual(await refused.json());
    expect((await page.request.get(`/api/reports/annual/${LAST_YEAR}?format=pdf`)).status()).toBe(403);
    await page.context().close();
  });

  test("staff-quality is refused the annual report; a bad format or year is a 400 with a message", async ({
    browser,
  }) => {
    const staff = await as(browser, "staff-quality");
    const refused = await staff.request.get(`/api/reports/annual/${LAST_YEAR}?format=docx`);
    expect(refused.status()).toBe(403);
    expect(refused.headers()["cache-control"]).toBe("no-store");
    await staff.context().close();

    const office = await as(browser, "office");
    const badFormat = await office.request.get(`/api/reports/annual/${LAST_YEAR}?format=csv`);
    expect(badFormat.status()).toBe(400);
    expect(await badFormat.json()).toMatchObject({
      error: "invalidFormat",
      message: "格式无效：只能下载 docx、pdf 或 xlsx。",
    });
    const badYear = await office.request.get("/api/reports/annual/20x5?format=pdf");
    expect(badYear.status()).toBe(400);
    expect(await badYear.json()).toMatchObject({ error: "invalidYear" });
    expect((await office.request.get(`/api/reports/annual/${LAST_YEAR}?format=pdf&edition=abc`)).status()).toBe(400);
    expect((await office.request.get(`/api/reports/annual/${LAST_YEAR}?format=pdf&edition=999999`)).status()).toBe(404);
    await office.context().close();
  });
});
