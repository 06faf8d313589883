import type { Browser, Page } from "@playwright/test";
import { expect, LAST_YEAR, test, THIS_YEAR, today } from "../fixtures/clock";
import { stateOf, unique, type DemoUser } from "../fixtures/users";
import { zipEntry } from "../pledges/zip";

/** The demo's lift accident of last year (db/seed/hazards-data.ts). */
const ACCIDENT_DAY = `${LAST_YEAR}-08-14`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const ITEM = "落实质量监督科人员外出检查执法的安全管理：两人以上、配备个人防护用品、遵守被检查单位现场安全规定";

async function as(browser: Browser, user: DemoUser): Promise<Page> {
  const ctx = await browser.newContext({ storageState: stateOf(user) });
  return ctx.newPage();
}

/** The next server-action call with its content type (multipart: the boundary is needed to replay it). */
async function captureMultipart(page: Page, trigger: () => Promise<void>) {
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]), trigger()]);
  return {
    id: request.headers()["next-action"],
    contentType: request.headers()["content-type"],
    body: request.postData() ?? "",
    path: new URL(request.url()).pathname,
  };
}

/** Replaces the value of one multipart field (React prefixes field names with the argument's id). */
const setField = (body: string, name: string, value: string) => {
  const re = new RegExp(`(name="(?:_?\\d+_)?${name}"\\r\\n\\r\\n)[^\\r]*`);
  expect(body).toMatch(re);
  return body.replace(re, `$1${value}`);
};

test.describe.serial("履职记录、到期提醒、问责倒查与述职草稿", () => {
  test("chief-quality records an inspection for one of their duties with a PDF, and my duties shows it done today", async ({ browser }) => {
    const page = await as(browser, "chief-quality");
    const title = unique("电梯安全专项检查");
    await page.goto("/records/new");
    await expect(page.getByRole("heading", { level: 1, name: "新增履职记录" })).toBeVisible();
    await page.getByLabel("类型").selectOption({ label: "检查" });
    await page.getByLabel("标题").fill(title);
    await expect(page.getByLabel("日期（年-月-日）")).toHaveValue(today());
    await expect(page.getByLabel("负责人")).toHaveValue(/\d+/);
    await page.getByLabel("参加人员").selectOption({ label: "齐小萌（质量监督员）" });
    const list = page.getByRole("group", { name: "岗位清单 · 质量监督科 · 科长" });
    await list.getByRole("checkbox", { name: new RegExp(`^${ITEM}`) }).check();
    await page.getByLabel("内容摘要").fill("抽查辖区 3 家电梯使用单位，现场两人同行，佩戴安全帽。");
    await page.getByLabel("佐证材料").setInputFiles({ name: "检查记录.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "保存记录" }).click();

    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(ITEM)).toBeVisible();
    const file = page.getByRole("link", { name: "检查记录.pdf" });
    await expect(file).toBeVisible();
    const res = await page.request.get((await file.getAttribute("href"))!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
    // More evidence later, on the record's page.
    await page.getByRole("button", { name: "佐证材料", exact: true }).setInputFiles({ name: "整改照片说明.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "上传佐证材料" }).click();
    await expect(page.getByRole("status")).toHaveText("已上传 1 个文件。");
    await expect(page.getByRole("link", { name: "整改照片说明.pdf" })).toBeVisible();

    await page.goto("/my-duties");
    const item = page.locator("div", { has: page.getByText(ITEM, { exact: true }) }).filter({ has: page.getByTestId("duty-last-done") }).last();
    await expect(item.getByTestId("duty-last-done")).toContainText(`上次履职：${today()} 检查`);
    await expect(item.getByTestId("duty-last-done")).toContainText("本期已履职");
    await page.context().close();
  });

  test("hostile input on the record form gets clear messages, and a forged unit is refused; nothing is written", async ({ browser }) => {
    const office = await as(browser, "office");
    await office.goto("/records");
    const eastId = await office.getByLabel("单位").locator("option", { hasText: "城东分局" }).getAttribute("value");
    await office.context().close();

    const page = await as(browser, "staff-quality");
    await page.goto("/records/new");
    await page.getByLabel("标题").fill("");
    await page.getByLabel("日期（年-月-日）").fill(`${THIS_YEAR}-13-45`);
    await page.getByLabel("内容摘要").fill("安".repeat(10_000));
    await page.getByRole("button", { name: "保存记录" }).click();
    await expect(page.getByText("请修改标出的内容。")).toBeVisible();
    await expect(page.getByLabel("标题")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("必填。")).toBeVisible();
    await expect(page.getByText("请输入有效日期（年-月-日）。")).toBeVisible();
    await expect(page.getByText("内容过长。")).toBeVisible();

    // A call that is valid but for the title, captured; replayed with a title and a unit outside reach.
    await page.getByLabel("日期（年-月-日）").fill(today());
    await page.getByLabel("内容摘要").fill("正常摘要");
    const call = await captureMultipart(page, () => page.getByRole("button", { name: "保存记录" }).click());
    await expect(page.getByText("必填。")).toBeVisible();
    const forged = unique("伪造记录");
    const body = setField(setField(call.body, "title", forged), "unitIds", eastId!);
    const res = await page.request.post(call.path, {
      headers: { "next-action": call.id, accept: "text/x-component", "content-type": call.contentType },
      data: body,
    });
    expect(res.status()).toBeLessThan(500);
    expect(await res.text()).toContain("errors.forbidden");

    await page.goto(`/records?person=${encodeURIComponent("齐小萌")}`);
    await expect(page.getByRole("heading", { level: 1, name: "履职记录" })).toBeVisible();
    await expect(page.getByText(forged)).toHaveCount(0);
    await page.context().close();
  });

  test("deputy-safety generates this year's 述职 draft naming the units supervised, edits it and downloads it as Word", async ({ browser }) => {
    const page = await as(browser, "deputy-safety");
    await page.goto(`/statements/${THIS_YEAR}`);
    await expect(page.getByRole("heading", { level: 1, name: `${THIS_YEAR} 年度述职报告（一岗双责部分）草稿` })).toBeVisible();
    const figures = page.getByRole("region", { name: new RegExp(`白文涛 · ${THIS_YEAR} 年度履职数据`) });
    await expect(figures).toContainText("特种设备检验研究院（主管）");
    const inspections = (await figures.locator("dt", { hasText: "带队安全检查" }).locator("xpath=following-sibling::dd[1]").textContent())!.trim();
    const meetings = (await figures.locator("dt", { hasText: "主持安全生产会议" }).locator("xpath=following-sibling::dd[1]").textContent())!.trim();
    expect(Number(inspections)).toBeGreaterThan(0);

    const draft = page.getByRole("region", { name: "草稿" });
    const generate = draft.getByRole("button", { name: "根据履职记录生成草稿" });
    if (await generate.isVisible()) await generate.click();
    const body = draft.getByLabel(/草稿正文/);
    await expect(body).toHaveValue(/按照分工，我分管特种设备安全监察科、特种设备检验研究院、稽查支队、城东分局、高新区分局，协管质量监督科。/);
    await expect(body).toHaveValue(new RegExp(`带队开展安全生产检查${inspections}次`));
    const note = unique("下一步将加强电梯安全监管");
    await body.fill(`${await body.inputValue()}\n${note}。`);
    await draft.getByRole("button", { name: "保存", exact: true }).click();
    await expect(draft.getByText("已保存。")).toBeVisible();

    // Regenerating overwrites the edit, so it asks for a confirmation first.
    await draft.getByRole("button", { name: "根据记录重新生成" }).click();
    await expect(draft.getByText("请先勾选确认：重新生成会覆盖当前草稿。")).toBeVisible();
    await expect(body).toHaveValue(new RegExp(note));

    const res = await page.request.get(`/api/statements/${THIS_YEAR}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("wordprocessingml");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment;/);
    const xml = zipEntry(await res.body(), "word/document.xml")!;
    for (const unit of ["特种设备安全监察科", "特种设备检验研究院", "稽查支队", "城东分局", "高新区分局", "质量监督科"]) expect(xml).toContain(unit);
    expect(xml).toContain(`带队开展安全生产检查${inspections}次`);
    expect(xml).toContain(`主持召开安全生产专题会议${meetings}次`);
    expect(xml).toContain(note);
    // Nobody else's draft: a leader asking for another person's is refused.
    const otherLeader = await page.request.get(`/api/statements/${THIS_YEAR}?person=1`);
    expect(otherLeader.status()).toBe(403);
    // An unknown person is answered exactly as another leader is: the answer tells nothing about who exists.
    const unknownPerson = await page.request.get(`/api/statements/${THIS_YEAR}?person=999999`);
    expect(unknownPerson.status()).toBe(403);
    expect(await unknownPerson.json()).toEqual(await otherLeader.json());
    await page.context().close();
  });

  test("/trace answers for the demo accident: who held the head post on the day and whether they had signed", async ({ browser }) => {
    const page = await as(browser, "office");
    await page.goto("/trace");
    await expect(page.getByRole("heading", { level: 1, name: "问责倒查" })).toBeVisible();
    // The demo's lift accident of last year fills the date and the unit.
    const accident = page.getByLabel("事故", { exact: true });
    const option = accident.locator("option", { hasText: new RegExp(`${ACCIDENT_DAY} 特种设备检验研究院`) }).first();
    await accident.selectOption({ label: (await option.textContent())! });
    await page.getByRole("button", { name: "按该事故查询" }).click();
    const people = page.getByRole("table", { name: new RegExp(`特种设备检验研究院 · ${ACCIDENT_DAY} 在岗与签署情况`) });
    await expect(people).toBeVisible();
    const head = people.getByRole("row", { name: /^单位负责人/ });
    await expect(head).toContainText("院长");
    await expect(head).toContainText(`${LAST_YEAR} 年单位清单 第 1 版（${LAST_YEAR}-03-15 公示）`);
    await expect(head).toContainText(/未签署|已签署/);
    await expect(people.getByRole("row", { name: /^主管领导/ })).toContainText("白文涛");
    await expect(page.getByRole("heading", { name: new RegExp(`${LAST_YEAR - 1}-08-15 至 ${ACCIDENT_DAY} 的相关履职记录`) })).toBeVisible();
    await page.context().close();
  });

  test("staff cannot open /trace", async ({ browser }) => {
    const page = await as(browser, "staff-quality");
    await page.goto("/trace");
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await page.context().close();
  });
});
