// Credential check with lockout, per-IP throttle and audit; the clock is a parameter so tests can move it.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { withAudit, recordAudit } from "@/db/audited";
import type { AuditActor } from "@/db/queries/audit";
import {
  countIpFailuresSince,
  createLoginAttempt,
  createSession,
  findUserByUsername,
  listAttemptsSince,
  updateUserLock,
} from "@/db/queries/auth";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { isIpThrottled, isLocked, lockAfterFailure, LOCKOUT } from "@/lib/auth/lockout";

export type LoginInput = { username: string; password: string; ip: string; userAgent: string | null; now: Date };
export type LoginResult =
  | { ok: true; userId: number; sessionId: string; sessionVersion: number; locale: "zh" | "en" }
  | { ok: false; reason: "invalid" | "locked" | "throttled" | "disabled" };

export function normalizeUsername(u: unknown): string {
  return typeof u === "string" ? u.normalize("NFKC").trim().toLowerCase().slice(0, 64) : "";
}

export async function checkLogin(db: Db, input: LoginInput): Promise<LoginResult> {
  const { ip, now } = input;
  const username = normalizeUsername(input.username);
  const password = typeof input.password === "string" ? input.password.slice(0, 256) : "";
  const actor = (userId: number | null): AuditActor => ({
    userId,
    username: username || null,
    roles: [],
    ip,
    userAgent: input.userAgent,
    requestId: null,
  });
  const since = new Date(now.getTime() - LOCKOUT.windowMs);

  if (isIpThrottled(await countIpFailuresSince(db, ip, since))) {
    await recordAudit(db, actor(null), { action: "auth.login.throttled", objectType: "ip", objectId: ip, result: "denied" }, now);
    return { ok: false, reason: "throttled" };
  }

  const user = username ? await findUserByUsername(db, username) : undefined;
  const fail = async (reason: "invalid" | "locked" | "disabled", userId: number | null, lockUntil?: Date | null) =>
    withAudit(
      db,
      actor(userId),
      async (tx) => {
        await createLoginAttempt(tx, { username, userId, ip, isSuccess: false, at: now });
        const audit = [{ action: "auth.login.failed", objectType: "user", objectId: userId ?? username, after: { reason }, result: "denied" as const }];
        if (lockUntil && userId) {
          await updateUserLock(tx, userId, lockUntil);
          audit.push({ action: "auth.lockout", objectType: "user", objectId: userId, after: { reason: "locked", lockedUntil: lockUntil.toISOString() } as never, result: "denied" });
        }
        return { value: { ok: false as const, reason }, audit };
      },
      () => now,
    );

  if (!user) {
    await verifyPassword(await dummyHash(), password);
    return fail("invalid", null);
  }
  if (user.isDisabled) return fail("disabled", user.id);
  if (isLocked(user.lockedUntil, now)) return fail("locked", user.id);

  if (!(await verifyPassword(user.passwordHash, password))) {
    // Failures before the end of an earlier lock (or an administrator's unlock) no longer count.
    const countFrom = user.lockedUntil && user.lockedUntil > since ? user.lockedUntil : since;
    const attempts = await listAttemptsSince(db, user.id, countFrom);
    const lockUntil = lockAfterFailure([...attempts, { at: now, isSuccess: false }], now);
    return fail("invalid", user.id, lockUntil);
  }

  const sessionId = randomBytes(32).toString("base64url");
  await withAudit(
    db,
    { ...actor(user.id), username: user.username },
    async (tx) => {
      await createLoginAttempt(tx, { username, userId: user.id, ip, isSuccess: true, at: now });
      if (user.lockedUntil) await updateUserLock(tx, user.id, null);
      await createSession(tx, { id: sessionId, userId: user.id, sessionVersion: user.sessionVersion, ip, userAgent: input.userAgent, now });
      return { value: null, audit: { action: "auth.login", objectType: "user", objectId: user.id } };
    },
    () => now,
  );
  return { ok: true, userId: user.id, sessionId, sessionVersion: user.sessionVersion, locale: user.locale };
}
