// Integration: the password asked again is counted with sign-in's failures; at the limit the account locks
// and the session ends. A password change ends every other session of the user and keeps this one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { withAudit } from "@/db/audited";
import { updatePassword } from "@/db/queries/auth";
import { sessions, users } from "@/db/schema";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { checkReauth } from "@/server/auth/reauth";
import { hashPassword } from "@/lib/auth/password";

let h: Awaited<ReturnType<typeof openTestDb>>;
let userId = 0;
const PASSWORD = "Reauth#Test-2030";
const actor = { ...SYSTEM, ip: "10.1.2.3" };

async function session(id: string) {
  const at = new Date();
  await withAudit(h.db, SYSTEM, async (tx) => {
    await tx.insert(sessions).values({ id, userId, sessionVersion: 1, ip: null, userAgent: null, createdAt: at, lastSeenAt: at });
    return { value: null, audit: { action: "test.session" } };
  });
}
const sessionRow = async (id: string) => (await h.db.select().from(sessions).where(eq(sessions.id, id)))[0];

beforeAll(async () => {
  h = await openTestDb();
  const hash = await hashPassword(PASSWORD);
  userId = await withAudit(h.db, SYSTEM, async (tx) => {
    const [u] = await tx.insert(users).values({ username: "t-reauth", passwordHash: hash }).returning({ id: users.id });
    return { value: u.id, audit: { action: "test.user" } };
  });
  await session("s-a");
  await session("s-b");
});
afterAll(async () => {
  await h?.cleanup();
});

const viewer = (sessionId: string) => ({ userId, username: "t-reauth", sessionId });

describe("re-authentication", () => {
  it("the right password passes; four wrong ones are refused and counted; the fifth locks and ends the session", async () => {
    expect(await checkReauth(h.db, viewer("s-a"), PASSWORD, actor)).toBe("ok");
    for (let i = 0; i < 4; i++) expect(await checkReauth(h.db, viewer("s-a"), `wrong-${i}`, actor)).toBe("wrong");
    expect((await sessionRow("s-a")).endedAt).toBeNull();
    expect(await checkReauth(h.db, viewer("s-a"), "wrong-5", actor)).toBe("locked");
    expect((await sessionRow("s-a")).endReason).toBe("reauth_locked");
    const [u] = await h.db.select().from(users).where(eq(users.id, userId));
    expect(u.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    // Locked: even the right password is refused now, and the other session that tries it ends too.
    expect(await checkReauth(h.db, viewer("s-b"), PASSWORD, actor)).toBe("locked");
    expect((await sessionRow("s-b")).endedAt).not.toBeNull();
  });

  it("a password change ends every other session and keeps the one that changed it", async () => {
    await session("s-c");
    await session("s-d");
    await withAudit(h.db, SYSTEM, async (tx) => ({ value: await updatePassword(tx, userId, await hashPassword("Another#Pass-2031"), new Date(), "s-c"), audit: { action: "test.pw" } }));
    const [u] = await h.db.select().from(users).where(eq(users.id, userId));
    const kept = await sessionRow("s-c");
    expect(kept.endedAt).toBeNull();
    expect(kept.sessionVersion).toBe(u.sessionVersion);
    expect((await sessionRow("s-d")).endReason).toBe("password_changed");
  });
});
