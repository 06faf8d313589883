import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { captureAction, replayAction, setField } from "../fixtures/actions";
import { expect, test, THIS_YEAR } from "../fixtures/clock";
import { PASSWORD, stateOf, type DemoUser } from "../fixtures/users";
import { zipEntry } from "./zip";

const TITLE = `${THIS_YEAR}年度安全生产承诺书（质量监督科·齐小萌）`;
/** staff-quality's sign call (wrong password), replayed later against a pledge they are no party to. */
let signCall: Awaited<ReturnType<typeof captureAction>> | null = null;

async function as(browser: Browser, user: DemoUser): Promise<Page> {
  const ctx = await browser.newContext({ storageState: stateOf(user) });
  return ctx.newPage();
}

/** Opens the viewer's 承诺书 of 齐小萌 for this year from /pledges. */
async function openPledge(page: Page) {
  await page.goto(`/pledges?year=${THIS_YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: "责任书与承诺书" })).toBeVisible();
  const mine = page.getByRole("table", { name: `本人 ${THIS_YEAR} 年度的责任书与承诺书` });
  await mine.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
}

async function download(request: APIRequestContext, href: string) {
  const started = Date.now();
  const res = await request.get(href);
  const body = await res.body();
  return { res, body, ms: Date.now() - started };
}

test.describe.serial("责任书与承诺书", () => {
  test("the committee office generates this year's pledges", async ({ browser }) => {
    const page = await as(browser, "office");
    await page.goto(`/pledges?year=${THIS_YEAR}`);
    await expect(page.getByRole("heading", { level: 1, name: "责任书与承诺书" })).toBeVisible();
    const section = page.getByRole("region", { name: "生成责任书与承诺书" });
    await expect(section.getByLabel("年度责任目标（每行一项）")).toHaveValue(/全年不发生较大及以上生产安全责任事故/);
    await section.getByRole("button", { name: `生成 ${THIS_YEAR} 年责任书/承诺书` }).click();
    await expect(section.getByText("已生成。")).toBeVisible();
    // Every level of the cascade now has pledges (the exact demo counts are checked by the integration test).
    const summary = section.getByText(new RegExp(`^${THIS_YEAR} 年度现有：`));
    await expect(summary).toContainText(/局长—局领导责任书 [1-9]\d* 份/);
    await expect(summary).toContainText(/分管单位负责人责任书 [1-9]\d* 份/);
    await expect(summary).toContainText(/工作人员承诺书 [1-9]\d* 份/);
    // Generating again creates nothing new.
    const before = await summary.textContent();
    await section.getByRole("button", { name: `生成 ${THIS_YEAR} 年责任书/承诺书` }).click();
    await expect(section.getByText("已生成。")).toBeVisible();
    await expect(summary).toHaveText(before!);
    await page.context().close();
  });

  test("staff-quality signs the 承诺书 after re-entering the password, then chief-quality countersigns", async ({ browser }) => {
    const staff = await as(browser, "staff-quality");
    await openPledge(staff);
    await expect(staff.getByTestId("pledge-status")).toHaveText("待签署");
    const text = staff.getByRole("region", { name: "文书全文" });
    await expect(text).toContainText("乙方：齐小萌（质量监督科 质量监督员）");
    await expect(text).toContainText("一票否决");

    const sign = staff.getByRole("region", { name: "签署", exact: true });
    await sign.getByLabel("密码").fill("wrong-password");
    signCall = await captureAction(staff, () => sign.getByRole("button", { name: "签署" }).click());
    await expect(sign.getByLabel("密码")).toHaveAttribute("aria-invalid", "true");
    await expect(sign.getByText("当前密码不正确。")).toBeVisible();
    await sign.getByLabel("密码").fill(PASSWORD);
    await sign.getByRole("button", { name: "签署" }).click();
    await expect(staff.getByTestId("pledge-status")).toHaveText("乙方已签署");
    await expect(staff.getByRole("region", { name: "签署", exact: true })).toHaveCount(0);
    const signatures = staff.getByRole("table", { name: "签署记录" });
    await expect(signatures.getByRole("row", { name: /乙方 齐小萌/ })).toContainText("内容一致");
    await staff.context().close();

    const chief = await as(browser, "chief-quality");
    await chief.goto(`/pledges?year=${THIS_YEAR}`);
    const row = chief.getByRole("row", { name: new RegExp(TITLE.replace(/[()（）]/g, ".")) });
    await expect(row).toContainText("待我签署");
    await openPledge(chief);
    const countersign = chief.getByRole("region", { name: "签署", exact: true });
    await countersign.getByLabel("密码").fill(PASSWORD);
    await countersign.getByRole("button", { name: "签署" }).click();
    await expect(chief.getByTestId("pledge-status")).toHaveText("已签署");
    const rows = chief.getByRole("table", { name: "签署记录" }).getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: "甲方" })).toContainText("钱卫东");
    await expect(rows.filter({ hasText: "内容一致" })).toHaveCount(2);
    await chief.context().close();
  });

  test("the signed pledge downloads as Word and PDF with the Chinese text", async ({ browser }) => {
    const page = await as(browser, "staff-quality");
    await openPledge(page);
    await expect(page.getByTestId("pledge-status")).toHaveText("已签署");

    const wordHref = await page.getByRole("link", { name: "下载 Word" }).getAttribute("href");
    const word = await download(page.request, wordHref!);
    expect(word.res.status()).toBe(200);
    expect(word.res.headers()["cache-control"]).toBe("no-store");
    expect(word.res.headers()["content-disposition"]).toMatch(/^attachment; .*filename\*=UTF-8''.+\.docx$/);
    expect(word.body.subarray(0, 2).toString()).toBe("PK");
    const xml = zipEntry(word.body, "word/document.xml");
    expect(xml).toContain("齐小萌");
    expect(xml).toContain("承诺书");
    expect(xml).toContain("乙方（签字）：齐小萌");

    const pdfHref = await page.getByRole("link", { name: "下载 PDF" }).getAttribute("href");
    const pdf = await download(page.request, pdfHref!);
    expect(pdf.res.status()).toBe(200);
    expect(pdf.res.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.res.headers()["cache-control"]).toBe("no-store");
    expect(pdf.body.subarray(0, 4).toString()).toBe("%PDF");
    const again = await download(page.request, pdfHref!);
    expect(again.body.subarray(0, 4).toString()).toBe("%PDF");
    const timing = `Word ${word.ms} ms (${word.body.length} B), PDF ${pdf.ms} ms then ${again.ms} ms (${pdf.body.length} B)`;
    test.info().annotations.push({ type: "timing", description: timing });
    console.log(`pledge downloads: ${timing}`);

    if (!existsSync("/usr/bin/pdftotext")) {
      test.info().annotations.push({ type: "skipped", description: "pdftotext (Debian poppler-utils) is not installed: the PDF text was not read back" });
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), "pledge-e2e-"));
      try {
        writeFileSync(path.join(dir, "pledge.pdf"), pdf.body);
        const text = execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", path.join(dir, "pledge.pdf"), "-"]).toString("utf8");
        expect(text).toContain("承诺书");
        expect(text).toContain("齐小萌");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    await page.context().close();
  });

  test("someone outside a pledge can neither open nor download it", async ({ browser }) => {
    // chief-quality's own 责任书 with the supervising leader: staff of the section are not a party to it.
    const chief = await as(browser, "chief-quality");
    await chief.goto(`/pledges?year=${THIS_YEAR}`);
    await chief.getByRole("link", { name: `${THIS_YEAR}年度安全生产责任书（质量监督科·钱卫东）` }).click();
    await expect(chief.getByRole("heading", { level: 1, name: `${THIS_YEAR}年度安全生产责任书（质量监督科·钱卫东）` })).toBeVisible();
    const pledgePath = new URL(chief.url()).pathname;
    const href = await chief.getByRole("link", { name: "下载 PDF" }).getAttribute("href");
    await chief.context().close();

    const staff = await as(browser, "staff-quality");
    await staff.goto(pledgePath);
    await expect(staff.getByRole("heading", { name: "无权访问" })).toBeVisible();
    const res = await staff.request.get(href!);
    expect(res.status()).toBe(403);
    expect(res.headers()["cache-control"]).toBe("no-store");
    // Signing it by changing the id in a captured call is refused too.
    const otherId = pledgePath.split("/").pop()!;
    const other = setField(setField(signCall!, "pledgeId", otherId), "password", PASSWORD);
    expect(other.body).toContain(otherId);
    const forged = await replayAction(staff.request, other);
    expect(forged.text).toContain("errors.forbidden");
    await staff.context().close();
  });
});
