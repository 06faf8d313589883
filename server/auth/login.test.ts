// Integration: sign-in against a small bureau made here (every login with one real password hash) with a
// fake clock — lockout, generic failures, roles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { findUserByUsername } from "@/db/queries/auth";
import { updateUserUnlock } from "@/db/queries/users";
import { getSessionViewerRow } from "@/db/queries/auth";
import { listAuditEntries } from "@/db/queries/audit";
import { build, makeBureau, makeUser, type Bureau } from "@/db/factories";
import { hashPassword } from "@/lib/auth/password";
import { checkLogin } from "@/server/auth/login";
import { buildViewer } from "@/server/auth/roles";
import { calendarYear, now, today } from "@/lib/clock";

const PASSWORD = "Factory#Pass1";

let h: Awaited<ReturnType<typeof openTestDb>>;
let b: Bureau;
beforeAll(async () => {
  h = await openTestDb();
  const passwordHash = await hashPassword(PASSWORD);
  b = await build(h.db, async (tx) => {
    const bureau = await makeBureau(tx, { years: [calendarYear()], passwordHash });
    await makeUser(tx, { username: "admin", passwordHash, roles: ["system_admin"] });
    await makeUser(tx, { username: "security", passwordHash, roles: ["security_admin"] });
    await makeUser(tx, { username: "auditor", passwordHash, roles: ["audit_admin"] });
    return bureau;
  });
});
afterAll(async () => {
  await h?.cleanup();
});

const t0 = now();
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
const login = (username: string, password: string, now: Date, ip = "10.0.0.1") =>
  checkLogin(h.db, { username, password, ip, userAgent: "vitest", now });

describe("sign-in", () => {
  it("accepts the password and creates a session", async () => {
    const r = await login(b.director.username, PASSWORD, at(0));
    expect(r.ok).toBe(true);
  });

  it("locks after 5 failures in 15 minutes, for 30 minutes, with the same answer as a wrong password", async () => {
    for (let i = 0; i < 5; i++) expect(await login(b.units[2].head.username, "wrong", at(i))).toEqual({ ok: false, reason: "invalid" });
    // Locked now: even the right password is refused (the page shows one generic message for all).
    expect(await login(b.units[2].head.username, PASSWORD, at(6))).toEqual({ ok: false, reason: "locked" });
    expect(await login(b.units[2].head.username, PASSWORD, at(29))).toMatchObject({ ok: false });
    expect(await login(b.units[2].head.username, PASSWORD, at(35))).toMatchObject({ ok: true });
    const { rows } = await listAuditEntries(h.db, { action: "auth.lockout" });
    expect(rows.length).toBe(1);
  });

  it("an administrator's unlock lets the user in, and earlier failures no longer count", async () => {
    for (let i = 0; i < 5; i++) await login(b.deputy.username, "wrong", at(200 + i));
    expect(await login(b.deputy.username, PASSWORD, at(205))).toEqual({ ok: false, reason: "locked" });
    const user = await findUserByUsername(h.db, b.deputy.username);
    await withAudit(h.db, SYSTEM, async (tx) => ({ value: await updateUserUnlock(tx, user!.id, at(206)), audit: { action: "user.unlock" } }));
    expect(await login(b.deputy.username, "wrong", at(207))).toEqual({ ok: false, reason: "invalid" });
    expect(await login(b.deputy.username, PASSWORD, at(208))).toMatchObject({ ok: true });
  });

  it("treats unknown users like wrong passwords", async () => {
    expect(await login("nobody", PASSWORD, at(40))).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an IP that fails too often, whatever the username", async () => {
    for (let i = 0; i < 30; i++) await login(`ghost${i}`, "x", at(50), "10.9.9.9");
    expect(await login(b.director.username, PASSWORD, at(51), "10.9.9.9")).toEqual({ ok: false, reason: "throttled" });
    expect(await login(b.director.username, PASSWORD, at(51), "10.0.0.2")).toMatchObject({ ok: true });
  });
});

describe("roles follow from the org", () => {
  async function rolesOf(username: string) {
    const r = await login(username, PASSWORD, at(100), "10.0.0.3");
    if (!r.ok) throw new Error(`login failed for ${username}`);
    const row = await getSessionViewerRow(h.db, r.sessionId, today());
    return buildViewer(row!, false, calendarYear());
  }
  it("admins hold exactly one administrator role and no business role", async () => {
    expect((await rolesOf("admin")).roles).toEqual(["system_admin"]);
    expect((await rolesOf("security")).roles).toEqual(["security_admin"]);
    expect((await rolesOf("auditor")).roles).toEqual(["audit_admin"]);
  });
  it("the head of 质量监督科 is its unit head; its staff member is staff only", async () => {
    const quality = b.units[1];
    const chief = await rolesOf(quality.head.username);
    expect(chief.roles).toContain("unit_head");
    expect(chief.headedUnitIds).toEqual([quality.id]);
    const staff = await rolesOf(quality.staff[1].username);
    expect(staff.roles).toEqual(["staff"]);
    expect(staff.ownUnitIds).toEqual(chief.headedUnitIds);
  });
  it("the deputy for safety is a leader with supervised units and a committee member", async () => {
    const v = await rolesOf(b.safety.username);
    expect(v.roles).toEqual(expect.arrayContaining(["leader", "committee_member", "staff"]));
    // 主管 of the first and third units, 协管 of the second.
    expect(v.supervisedUnitIds.sort()).toEqual([b.units[0].id, b.units[1].id, b.units[2].id].sort());
  });
  it("office is the committee office", async () => {
    expect((await rolesOf(b.office.username)).roles).toEqual(expect.arrayContaining(["committee_office", "staff"]));
  });
});
