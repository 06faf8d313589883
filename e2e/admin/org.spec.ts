import { expect, test } from "../fixtures/clock";
import { stateOf, unique } from "../fixtures/users";

test.describe("organisation admin", () => {
  test.use({ storageState: stateOf("admin") });

  test("admin creates a section, a post and a person, assigns them, and the audit log shows it", async ({ page, browser }) => {
    const unitName = unique("测试科");
    const code = unique("E2E-").toUpperCase();
    const staffNo = unique("T").toUpperCase().slice(0, 12);
    const personName = unique("测试员");

    await page.goto("/admin/org");
    const newUnit = page.getByRole("region", { name: "新增单位" });
    await newUnit.getByLabel("名称").fill(unitName);
    await newUnit.getByLabel("代码").fill(code);
    await newUnit.getByLabel("分类").selectOption({ label: "业务监管类" });
    await newUnit.getByRole("button", { name: "新增单位" }).click();
    await expect(newUnit.getByRole("status")).toHaveText("已新增单位。");

    await page.goto("/admin/org/people");
    const newPerson = page.getByRole("region", { name: "新增人员" });
    await newPerson.getByLabel("工号").fill(staffNo);
    await newPerson.getByLabel("姓名").fill(personName);
    await newPerson.getByRole("button", { name: "新增人员" }).click();
    await expect(newPerson.getByRole("status")).toBeVisible();

    await page.goto("/admin/org");
    await page.getByRole("link", { name: unitName }).click();
    await expect(page.getByRole("heading", { level: 1, name: unitName })).toBeVisible();
    const newPost = page.getByRole("region", { name: "新增岗位" });
    await newPost.getByLabel("岗位名称").fill("质量安全监察员");
    await newPost.getByRole("button", { name: "新增岗位" }).click();
    await expect(page.getByRole("region", { name: "岗位" }).getByRole("rowheader", { name: "质量安全监察员" })).toBeVisible();

    const holdings = page.getByRole("region", { name: "任职" });
    await holdings.getByLabel("岗位").selectOption({ label: "质量安全监察员" });
    await holdings.getByLabel("工号").fill(staffNo);
    await holdings.getByRole("button", { name: "任职" }).click();
    await expect(holdings.getByRole("rowheader", { name: personName })).toBeVisible();

    const auditor = await browser.newContext({ storageState: stateOf("auditor") });
    const ap = await auditor.newPage();
    await ap.goto("/audit?actor=admin&action=org.");
    const table = ap.getByRole("table");
    await expect(table.getByText("org.unit.create").first()).toBeVisible();
    await expect(table.getByText("org.post.create").first()).toBeVisible();
    await expect(table.getByText("org.person.create").first()).toBeVisible();
    await expect(table.getByText("org.holding.create").first()).toBeVisible();
    await auditor.close();
  });

  test("bad input on the unit form gets a message at the field and writes nothing", async ({ page }) => {
    await page.goto("/admin/org");
    const newUnit = page.getByRole("region", { name: "新增单位" });
    const code = unique("BAD-").toUpperCase();
    await newUnit.getByLabel("名称").fill("   ");
    await newUnit.getByLabel("代码").fill(code);
    await newUnit.getByRole("button", { name: "新增单位" }).click();
    await expect(newUnit.getByText("必填。")).toBeVisible();
    await newUnit.getByLabel("名称").fill("长".repeat(10_000));
    await newUnit.getByRole("button", { name: "新增单位" }).click();
    await expect(newUnit.getByText("内容过长。")).toBeVisible();
    await page.reload();
    await expect(page.getByText(code)).toHaveCount(0);
  });
});
