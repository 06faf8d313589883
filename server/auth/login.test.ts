// Integration: sign-in against the demo bureau with a fake clock — lockout, generic failures, roles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { findUserByUsername } from "@/db/queries/auth";
import { updateUserUnlock } from "@/db/queries/users";
import { getSessionViewerRow } from "@/db/queries/auth";
import { listAuditEntries } from "@/db/queries/audit";
import { seedDemoIfEmpty } from "@/db/scripts/seed";
import { checkLogin } from "@/server/auth/login";
import { buildViewer } from "@/server/auth/roles";
import { calendarYear, today } from "@/lib/clock";

let h: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
});
afterAll(async () => {
  await h?.cleanup();
});

const t0 = new Date("2026-11-27T02:00:00Z");
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
const login = (username: string, password: string, now: Date, ip = "10.0.0.1") =>
  checkLogin(h.db, { username, password, ip, userAgent: "vitest", now });

describe("sign-in", () => {
  it("accepts the demo password and creates a session", async () => {
    const r = await login("director", "DualDuty#2026", at(0));
    expect(r.ok).toBe(true);
  });

  it("locks after 5 failures in 15 minutes, for 30 minutes, with the same answer as a wrong password", async () => {
    for (let i = 0; i < 5; i++) expect(await login("chief-branch", "wrong", at(i))).toEqual({ ok: false, reason: "invalid" });
    // Locked now: even the right password is refused (the page shows one generic message for all).
    expect(await login("chief-branch", "DualDuty#2026", at(6))).toEqual({ ok: false, reason: "locked" });
    expect(await login("chief-branch", "DualDuty#2026", at(29))).toMatchObject({ ok: false });
    expect(await login("chief-branch", "DualDuty#2026", at(35))).toMatchObject({ ok: true });
    const { rows } = await listAuditEntries(h.db, { action: "auth.lockout" });
    expect(rows.length).toBe(1);
  });

  it("an administrator's unlock lets the user in, and earlier failures no longer count", async () => {
    for (let i = 0; i < 5; i++) await login("chief-engineer", "wrong", at(200 + i));
    expect(await login("chief-engineer", "DualDuty#2026", at(205))).toEqual({ ok: false, reason: "locked" });
    const user = await findUserByUsername(h.db, "chief-engineer");
    await withAudit(h.db, SYSTEM, async (tx) => ({ value: await updateUserUnlock(tx, user!.id, at(206)), audit: { action: "user.unlock" } }));
    expect(await login("chief-engineer", "wrong", at(207))).toEqual({ ok: false, reason: "invalid" });
    expect(await login("chief-engineer", "DualDuty#2026", at(208))).toMatchObject({ ok: true });
  });

  it("treats unknown users like wrong passwords", async () => {
    expect(await login("nobody", "DualDuty#2026", at(40))).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an IP that fails too often, whatever the username", async () => {
    for (let i = 0; i < 30; i++) await login(`ghost${i}`, "x", at(50), "10.9.9.9");
    expect(await login("director", "DualDuty#2026", at(51), "10.9.9.9")).toEqual({ ok: false, reason: "throttled" });
    expect(await login("director", "DualDuty#2026", at(51), "10.0.0.2")).toMatchObject({ ok: true });
  });
});

describe("roles follow from the org", () => {
  async function rolesOf(username: string) {
    const r = await login(username, "DualDuty#2026", at(100), "10.0.0.3");
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
    const chief = await rolesOf("chief-quality");
    expect(chief.roles).toContain("unit_head");
    expect(chief.headedUnitIds).toHaveLength(1);
    const staff = await rolesOf("staff-quality");
    expect(staff.roles).toEqual(["staff"]);
    expect(staff.ownUnitIds).toEqual(chief.headedUnitIds);
  });
  it("the deputy for safety is a leader with supervised units and a committee member", async () => {
    const b = await rolesOf("deputy-safety");
    expect(b.roles).toEqual(expect.arrayContaining(["leader", "committee_member", "staff"]));
    expect(b.supervisedUnitIds.length).toBeGreaterThan(2);
  });
  it("office is the committee office", async () => {
    expect((await rolesOf("office")).roles).toEqual(expect.arrayContaining(["committee_office", "staff"]));
  });
});
