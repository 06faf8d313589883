// Integration: the audit chain, the append-only trigger, 三权分立 in the database, and migrations rerun.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit } from "../audited";
import { openDatabase } from "../client";
import { verifyAuditChain } from "./audit";
import { people, postHoldings, posts, units, userRoles, users } from "../schema";

let h: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h?.cleanup();
});

async function makeUnit(code: string) {
  return withAudit(h.db, SYSTEM, async (tx) => {
    const [u] = await tx.insert(units).values({ code, name: `科室${code}`, kind: "section" }).returning();
    return { value: u, audit: { action: "org.unit.create", objectType: "unit", objectId: u.id, after: { code } } };
  });
}

describe("audited writes", () => {
  it("writes the change and its entry together, gap-free, and the chain verifies", async () => {
    for (let i = 0; i < 5; i++) await makeUnit(`A${i}`);
    const r = await verifyAuditChain(h.db);
    expect(r).toMatchObject({ ok: true, count: 5, lastSeq: 5 });
  });

  it("rolls back the change when the audited function fails: nothing half-saved", async () => {
    await expect(
      withAudit(h.db, SYSTEM, async (tx) => {
        await tx.insert(units).values({ code: "ROLLBACK", name: "x", kind: "section" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await h.db.select().from(units).where(eq(units.code, "ROLLBACK"))).toHaveLength(0);
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true, count: 5 });
  });

  it("refuses UPDATE and DELETE on the audit log", async () => {
    await expect(h.query("update audit_log set action = 'x' where seq = 1")).rejects.toThrow(/append-only/);
    await expect(h.query("delete from audit_log where seq = 1")).rejects.toThrow(/append-only/);
  });

  it("the verifier names the first entry altered by hand (trigger disabled by a DBA)", async () => {
    await h.query("alter table audit_log disable trigger audit_log_no_update");
    await h.query(`update audit_log set after = '{"code":"FORGED"}' where seq = 3`);
    await h.query("alter table audit_log enable trigger audit_log_no_update");
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: false, brokenSeq: 3, reason: "hash" });
  });
});

describe("三权分立 in the database", () => {
  it("refuses an administrator role combined with another role or a post", async () => {
    const [p] = await withAudit(h.db, SYSTEM, async (tx) => {
      const u = await makeUnitTx(tx);
      const [post] = await tx.insert(posts).values({ unitId: u.id, name: "科员", kind: "staff" }).returning();
      const [person] = await tx.insert(people).values({ staffNo: "T001", name: "测试甲" }).returning();
      await tx.insert(postHoldings).values({ personId: person.id, postId: post.id, startDate: "2020-01-01" });
      const [user] = await tx.insert(users).values({ username: "t-a", passwordHash: "x", personId: person.id }).returning();
      return { value: [user], audit: { action: "test.setup" } };
    });
    await expect(h.db.insert(userRoles).values({ userId: p.id, role: "audit_admin" })).rejects.toThrow();
    const [admin] = await h.db.insert(users).values({ username: "t-admin", passwordHash: "x" }).returning();
    await h.db.insert(userRoles).values({ userId: admin.id, role: "system_admin" });
    await expect(h.db.insert(userRoles).values({ userId: admin.id, role: "security_admin" })).rejects.toThrow();
    await expect(h.db.insert(userRoles).values({ userId: admin.id, role: "committee_office" })).rejects.toThrow();
    await expect(h.db.update(users).set({ personId: p.personId }).where(eq(users.id, admin.id))).rejects.toThrow();
  });
});

async function makeUnitTx(tx: Parameters<Parameters<typeof withAudit>[2]>[0]) {
  const [u] = await tx.insert(units).values({ code: `S${Date.now()}`, name: "测试科", kind: "section" }).returning();
  return u;
}

describe("migrations", () => {
  it("rerunning them on a populated database is a no-op", async () => {
    const before = await h.query<{ n: number }>("select count(*)::int as n from units");
    if (h.url) {
      const again = await openDatabase({ url: h.url });
      await again.close();
    } else {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(h.db as never, { migrationsFolder: "db/migrations" });
    }
    expect(await h.query("select count(*)::int as n from units")).toEqual(before);
  });
});
