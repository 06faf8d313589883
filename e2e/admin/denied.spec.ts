import { expect, test } from "../fixtures/clock";
import { stateOf, unique } from "../fixtures/users";

test("staff opening /admin/org get a clear not-permitted page", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("staff-quality") });
  const page = await ctx.newPage();
  await page.goto("/admin/org");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(page.getByRole("region", { name: "新增单位" })).toHaveCount(0);
  await ctx.close();
});

test("a forged call of the admin server action by staff is refused and audited", async ({ browser }) => {
  // Capture a real call of the create-unit action as the administrator…
  const admin = await browser.newContext({ storageState: stateOf("admin") });
  const ap = await admin.newPage();
  await ap.goto("/admin/org");
  const newUnit = ap.getByRole("region", { name: "新增单位" });
  const code = unique("FORGE-").toUpperCase();
  await newUnit.getByLabel("名称").fill(`${code}合法`);
  await newUnit.getByLabel("代码").fill(`${code}A`);
  const [request] = await Promise.all([
    ap.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    newUnit.getByRole("button", { name: "新增单位" }).click(),
  ]);
  const actionId = request.headers()["next-action"];
  const contentType = request.headers()["content-type"];
  const body = (request.postData() ?? "").replace(`${code}A`, `${code}B`).replace(`${code}合法`, `${code}伪造`);
  await admin.close();

  // …and replay it with a staff member's session.
  const staff = await browser.newContext({ storageState: stateOf("staff-quality") });
  const res = await staff.request.post("/admin/org", {
    headers: { "next-action": actionId, accept: "text/x-component", "content-type": contentType },
    data: body,
  });
  expect(res.status()).toBeLessThan(500);
  expect(await res.text()).toContain("errors.forbidden");
  await staff.close();

  const auditor = await browser.newContext({ storageState: stateOf("auditor") });
  const page = await auditor.newPage();
  await page.goto("/audit?actor=staff-quality&result=denied&action=org.unit.create");
  await expect(page.getByRole("table").getByText("org.unit.create").first()).toBeVisible();
  await page.goto(`/audit?action=org.unit.create&actor=admin`);
  await auditor.close();

  // Nothing was written by the forged call.
  const check = await browser.newContext({ storageState: stateOf("admin") });
  const cp = await check.newPage();
  await cp.goto("/admin/org");
  await expect(cp.getByText(`${code}伪造`)).toHaveCount(0);
  await check.close();
});
