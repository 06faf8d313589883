// Forms work before JavaScript runs (here: never): the browser posts the form to the server action, and the
// page comes back with the result — saved, or the errors at their fields with what was typed. A unit head's
// self score without JavaScript is in assessment/self-review.spec.ts, inside the flow that owns the one
// assessment the demo leaves open for self-assessment.
import { expect, test, THIS_YEAR, today } from "./fixtures/clock";
import { stateOf, unique } from "./fixtures/users";

test.use({ javaScriptEnabled: false, storageState: stateOf("staff-quality") });

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

test("a staff member records a work record without JavaScript and sees it saved", async ({ page }) => {
  const title = unique("无脚本现场检查");
  await page.goto("/records/new");
  await expect(page.getByRole("heading", { level: 1, name: "新增履职记录" })).toBeVisible();
  await page.getByLabel("类型").selectOption({ label: "检查" });
  await page.getByLabel("标题").fill(title);
  await expect(page.getByLabel("日期（年-月-日）")).toHaveValue(today());
  await page.getByLabel("内容摘要").fill("没有脚本也能提交。");
  await page.getByRole("button", { name: "保存记录" }).click();

  const saved = page.getByRole("status");
  await expect(saved).toContainText("履职记录已保存。");
  await saved.getByRole("link", { name: "查看记录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("没有脚本也能提交。")).toBeVisible();

  // Evidence added on the record's page: a multipart form post; without a file it says so at the field.
  const files = page.getByRole("button", { name: "佐证材料", exact: true });
  await page.getByRole("button", { name: "上传佐证材料" }).click();
  await expect(files).toHaveAttribute("aria-invalid", "true");
  await expect(files).toHaveAccessibleDescription("请选择文件。");
  await files.setInputFiles({ name: "无脚本检查记录.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "上传佐证材料" }).click();
  await expect(page.getByRole("status")).toHaveText("已上传 1 个文件。");
  await expect(page.getByRole("link", { name: "无脚本检查记录.pdf" })).toBeVisible();
});

test("a wrong value comes back with its error at the field, and what was typed is still there", async ({ page }) => {
  await page.goto("/records/new");
  await page.getByLabel("标题").fill("");
  await page.getByLabel("日期（年-月-日）").fill(`${THIS_YEAR}-13-45`);
  await page.getByLabel("内容摘要").fill("日期写错了");
  await page.getByRole("button", { name: "保存记录" }).click();

  await expect(page.getByRole("alert")).toHaveText("请修改标出的内容。");
  const date = page.getByLabel("日期（年-月-日）");
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveAccessibleDescription("请输入有效日期（年-月-日）。");
  await expect(date).toHaveValue(`${THIS_YEAR}-13-45`);
  const title = page.getByLabel("标题");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription("必填。");
  await expect(page.getByLabel("内容摘要")).toHaveValue("日期写错了");
  await expect(page.getByLabel("内容摘要")).not.toHaveAttribute("aria-invalid", "true");

  // Corrected, the same form saves.
  const fixed = unique("改正后保存");
  await title.fill(fixed);
  await date.fill(today());
  await page.getByRole("button", { name: "保存记录" }).click();
  await expect(page.getByRole("status")).toContainText("履职记录已保存。");
  await page.getByRole("link", { name: "查看记录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: fixed })).toBeVisible();
});
