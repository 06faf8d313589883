import { captureAction, replayAction, setField } from "../fixtures/actions";
import { fillSelfScores } from "../fixtures/assessment";
import { expect, test, THIS_YEAR } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

// 质量监督科's assessment of the year in progress on the demo bureau: the unit self-assesses (full-width digits, hostile input
// refused or shown as text), uploads evidence and submits; another unit's head is kept out; the office
// reviews an item while a second reviewer's stale save is refused with the current value shown; the office
// completes the review.
const toFullWidth = (s: string) => s.replace(/[0-9.]/g, (c) => (c === "." ? "．" : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

let qualityUrl = "";
let eastUrl = "";
let eastAssessmentId = "";
let selfCall: Awaited<ReturnType<typeof captureAction>> | null = null;

test.describe.serial(`self-assessment and review of 质量监督科 ${THIS_YEAR}`, () => {
  test.setTimeout(240_000);

  test("the office finds both units on the review board", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: stateOf("office") });
    const page = await ctx.newPage();
    await page.goto(`/assessment/${THIS_YEAR}/review`);
    await expect(page.getByRole("heading", { level: 1, name: `${THIS_YEAR} 年度考核评审` })).toBeVisible();
    await page.getByLabel("状态").selectOption({ label: "未开始" });
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL(/status=open/);
    await expect(page.getByRole("link", { name: "查看 质量监督科" })).toBeVisible();
    await expect(page.getByRole("link", { name: "查看 城东分局" })).toHaveCount(0);
    qualityUrl = (await page.getByRole("link", { name: "查看 质量监督科" }).getAttribute("href"))!;
    await page.goto(`/assessment/${THIS_YEAR}/review`);
    eastUrl = (await page.getByRole("link", { name: "查看 城东分局" }).getAttribute("href"))!;
    await page.goto(eastUrl);
    // The office may record a veto on 城东分局: its form carries the assessment id.
    eastAssessmentId = await page.getByRole("region", { name: "一票否决事项" }).locator('input[name="assessmentId"]').inputValue();
    expect(eastAssessmentId).toMatch(/^\d+$/);
    await ctx.close();
  });

  test("before JavaScript runs, chief-quality saves a self score; a score over the item's points comes back at the field", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: stateOf("chief-quality"), javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(qualityUrl);
    // The last item (the next test starts from the first one unscored).
    const name = (await page.getByRole("form", { name: /^自评 / }).last().getAttribute("aria-label"))!;
    const form = page.getByRole("form", { name, exact: true });
    const score = form.getByLabel(/自评分/);
    await score.fill("999");
    await form.getByLabel("自评理由").fill("无脚本时填写的自评");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(score).toHaveAttribute("aria-invalid", "true");
    await expect(score).toHaveAccessibleDescription("不能超过本项标准分。");
    await expect(score).toHaveValue("999");
    await expect(form.getByLabel("自评理由")).toHaveValue("无脚本时填写的自评");

    await score.fill("1");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByRole("status")).toHaveText("已保存。");
    await expect(score).not.toHaveAttribute("aria-invalid", "true");
    await page.goto(qualityUrl);
    await expect(form.getByLabel(/自评分/)).toHaveValue("1");
    await expect(form.getByLabel("自评理由")).toHaveValue("无脚本时填写的自评");
    await ctx.close();
  });

  test("chief-quality self-assesses with full-width digits; hostile input is refused or shown as text", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: stateOf("chief-quality") });
    const page = await ctx.newPage();
    await page.goto("/assessment");
    await page.getByRole("link", { name: `${THIS_YEAR}年度 · 质量监督科` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `质量监督科 · ${THIS_YEAR} 年度考核` })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(qualityUrl);

    const first = page.getByRole("form", { name: "自评 1.1" });
    const score = first.getByLabel(/自评分/);
    const reason = first.getByLabel("自评理由");
    const row = page.getByRole("row").filter({ has: first });
    await reason.fill("会议记录齐全");
    for (const [value, message] of [
      ["５", "不能超过本项标准分。"],
      ["1e309", "请输入 0 或正数，最多一位小数（例如 8 或 7.5）。"],
      ["-1", "请输入 0 或正数，最多一位小数（例如 8 或 7.5）。"],
    ]) {
      await score.fill(value);
      await first.getByRole("button", { name: "保存" }).click();
      await expect(first.getByText(message)).toBeVisible();
    }
    await page.reload();
    await expect(row.getByText("未自评")).toBeVisible();

    // A script in the reason is stored as text and never runs.
    const script = "<script>window.__pwned = 1</script>记录齐全";
    await score.fill("３");
    await reason.fill(script);
    selfCall = await captureAction(page, () => first.getByRole("button", { name: "保存" }).click());
    await expect(first.getByRole("status")).toHaveText("已保存。");
    await page.reload();
    await expect(row.locator("p").filter({ hasText: script })).toBeVisible();
    await expect(row.getByText("3 分", { exact: true })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Submitting before every item has a self score is refused.
    await page.getByRole("button", { name: "提交自评" }).click();
    await expect(page.getByText("尚有考核项目未填写自评分，全部填写后才能提交。")).toBeVisible();

    // Every other item, at full points written in full-width digits.
    expect(await fillSelfScores(page, { from: 1, write: toFullWidth })).toBeGreaterThan(10);
    await ctx.close();
  });

  test("chief-quality uploads a PDF as evidence (an HTML file renamed .png is refused) and submits", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: stateOf("chief-quality") });
    const page = await ctx.newPage();
    await page.goto(qualityUrl);
    const upload = page.getByRole("form", { name: "上传自评证据" });
    await upload.getByLabel("对应考核项目").selectOption({ index: 1 });
    await upload.getByLabel(/证据文件/).setInputFiles({ name: "伪装.png", mimeType: "image/png", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
    await upload.getByRole("button", { name: "上传" }).click();
    await expect(upload.getByText(/只接受 PDF、PNG、JPEG/)).toBeVisible();
    await upload.getByLabel(/证据文件/).setInputFiles({ name: "会议记录.pdf", mimeType: "application/pdf", buffer: PDF });
    await upload.getByRole("button", { name: "上传" }).click();
    await expect(upload.getByRole("status")).toHaveText("已上传。");
    const evidence = page.getByRole("region", { name: "证据材料" });
    const link = evidence.getByRole("link", { name: "下载 会议记录.pdf" });
    await expect(link).toBeVisible();
    await expect(evidence.getByText("伪装.png")).toHaveCount(0);
    const res = await page.request.get((await link.getAttribute("href"))!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent("会议记录")}.pdf`);
    expect(Buffer.from(await res.body()).equals(PDF)).toBe(true);

    // The submit form goes away on refresh: wait for the status rather than its message.
    await page.getByRole("button", { name: "提交自评" }).click();
    await expect(page.getByRole("region", { name: "得分汇总" }).getByText("已提交自评")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("form", { name: /^自评 / })).toHaveCount(0);
    await expect(page.getByText("自评已提交，本单位不能再修改。")).toBeVisible();
    // Submitted, not reviewed: the unit's own score is the only score shown, and there is no grade yet.
    const summary = page.getByRole("region", { name: "得分汇总" });
    const field = (label: string) =>
      summary.locator("div").filter({ has: page.getByText(label, { exact: true }) }).getByRole("definition");
    await expect(field("自评分")).toHaveText(/^\d+(\.\d)? 分$/);
    await expect(field("考核得分（按当前评分实时计算）")).toHaveText("考核组评审后显示");
    await expect(field("等次")).toHaveText("安委会审定后显示");
    await expect(summary.getByText("优秀")).toHaveCount(0);
    await ctx.close();
  });

  test("the review board shows the submitted unit's own score, the review in progress and no grade", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: stateOf("office") });
    const page = await ctx.newPage();
    await page.goto(`/assessment/${THIS_YEAR}/review`);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "质量监督科", exact: true }) });
    // Cells after the unit: group, status, 自评分, 考核得分, 等次.
    const cells = row.getByRole("cell");
    await expect(cells.nth(1)).toHaveText("已提交自评");
    await expect(cells.nth(2)).toHaveText(/^\d+(\.\d)?$/);
    await expect(cells.nth(3)).toHaveText("评审中");
    await expect(cells.nth(4)).toHaveText("—");
    await ctx.close();
  });

  test("chief-quality cannot open 城东分局's assessment, and a replayed self-score call against it is refused", async ({ browser }) => {
    const ctx = await browser.newContext({ storageState: stateOf("chief-quality") });
    const page = await ctx.newPage();
    await page.goto(eastUrl);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await expect(page.getByText(`城东分局 · ${THIS_YEAR} 年度考核`)).toHaveCount(0);
    const forged = await replayAction(ctx.request, setField(selfCall!, "assessmentId", eastAssessmentId));
    expect(forged.text).toContain("errors.forbidden");
    // The same call on the unit's own, now submitted, assessment changes nothing either.
    const late = await replayAction(ctx.request, selfCall!);
    expect(late.text).toContain("assessment.errors.wrongState");
    await ctx.close();
  });

  test("the office reviews an item; chief-engineer's stale save is refused with the current value; the office completes the review", async ({ browser }) => {
    const engineerCtx = await browser.newContext({ storageState: stateOf("chief-engineer") });
    const engineer = await engineerCtx.newPage();
    await engineer.goto(qualityUrl);
    const staleForm = engineer.getByRole("form", { name: "评分 1.1" });
    await expect(staleForm).toBeVisible();

    const officeCtx = await browser.newContext({ storageState: stateOf("office") });
    const office = await officeCtx.newPage();
    await office.goto(qualityUrl);
    const form = office.getByRole("form", { name: "评分 1.1" });
    await form.getByLabel(/每次扣 1 分/).first().fill("１");
    await form.getByLabel("扣分原因").fill("安全管理人员调整后未及时发文明确");
    const reviewCall = await captureAction(office, () => form.getByRole("button", { name: "保存" }).click());
    await expect(form.getByRole("status")).toHaveText("已保存。");
    await expect(office.getByRole("row").filter({ has: form }).getByText("3 分（扣 1 分）")).toBeVisible();

    // The second reviewer still has the page as it was before the office saved.
    await staleForm.getByLabel(/每次扣 1 分/).first().fill("0");
    await staleForm.getByLabel("扣分原因").fill("未发现问题");
    await staleForm.getByRole("button", { name: "保存" }).click();
    await expect(staleForm.getByText("记录已被他人修改，请刷新后重试。")).toBeVisible();
    await expect(staleForm.getByText(/当前值：3 分，扣 1 分.*安全管理人员调整后未及时发文明确.*欧阳晓雯/)).toBeVisible();
    await engineer.reload();
    const row = engineer.getByRole("row").filter({ has: engineer.getByRole("form", { name: "评分 1.1" }) });
    await expect(row.locator("p").filter({ hasText: "安全管理人员调整后未及时发文明确" })).toBeVisible();
    await expect(row.locator("p").filter({ hasText: "未发现问题" })).toHaveCount(0);

    // The unit's own head cannot score its review, even by replaying the office's call.
    const chiefCtx = await browser.newContext({ storageState: stateOf("chief-quality") });
    const own = await replayAction(chiefCtx.request, reviewCall);
    expect(own.text).toContain("assessment.errors.ownUnit");
    await chiefCtx.close();

    await office.getByRole("button", { name: "完成评审" }).click();
    await expect(office.getByRole("region", { name: "得分汇总" }).getByText("考核组已评审")).toBeVisible();
    await office.reload();
    await expect(office.getByRole("button", { name: "完成评审" })).toHaveCount(0);
    await expect(office.getByRole("region", { name: "办理记录" }).getByRole("cell", { name: "完成评审" })).toBeVisible();
    // The live total: full points less the one point deducted on 1.1.
    const summary = office.getByRole("region", { name: "得分汇总" });
    const live = summary.locator("div").filter({ has: office.getByText("考核得分（按当前评分实时计算）", { exact: true }) });
    await expect(live.getByRole("definition")).toHaveText("99 分");
    await engineerCtx.close();
    await officeCtx.close();
  });
});
