// Every download answers one way for an unknown id and an id out of reach (403, the same body), sends a
// signed-out request to sign in, refuses a malformed id with 400, and is never cached or sniffed.
import { expect, test } from "../fixtures/clock";
import { stateOf } from "../fixtures/users";

const DOWNLOADS = [
  (id: string) => `/api/records/files/${id}`,
  (id: string) => `/api/assessment/attachments/${id}`,
  (id: string) => `/api/pledges/${id}?format=pdf`,
];

test("unknown and out-of-scope ids get the same refusal on every download", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("staff-quality") });
  for (const url of DOWNLOADS) {
    const unknown = await ctx.request.get(url("999999"));
    expect(unknown.status(), url("999999")).toBe(403);
    expect(unknown.headers()["cache-control"]).toBe("no-store");
    expect(unknown.headers()["x-content-type-options"]).toBe("nosniff");
    const body = await unknown.json();
    expect(body.error).toBe("forbidden");
    // Pledge 1 is the director's and a leader's 责任书: out of staff-quality's reach, answered alike.
    if (url("1").startsWith("/api/pledges")) expect(await (await ctx.request.get(url("1"))).json()).toEqual(body);
    for (const bad of ["0x1b", "1e3", "2147483648"])
      expect((await ctx.request.get(url(bad))).status(), url(bad)).toBe(400);
  }
  await ctx.close();
  const anonymous = await browser.newContext();
  // Signed out: the proxy sends the request to sign in before it reaches the handler (which answers 401).
  for (const url of DOWNLOADS) {
    const res = await anonymous.request.get(url("1"), { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    expect(res.headers()["location"]).toMatch(/\/login$/);
  }
  await anonymous.close();
});

test("the session Auth.js hands to scripts carries no server session id", async ({ browser }) => {
  const ctx = await browser.newContext({ storageState: stateOf("staff-quality") });
  const res = await ctx.request.get("/api/auth/session");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.user).toBeTruthy();
  expect(body).not.toHaveProperty("sid");
  // Still signed in on the server: the session id is read from the signed cookie there.
  const page = await ctx.newPage();
  await page.goto("/my-duties");
  await expect(page.getByRole("heading", { level: 1, name: "我的责任清单" })).toBeVisible();
  await ctx.close();
});
