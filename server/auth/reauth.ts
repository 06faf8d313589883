// The password asked again before signing, finalising, reopening and changing the password. Wrong answers
// count on the same per-account counter as sign-in (login_attempts): a guessed password is a guess wherever
// it is typed, and a separate counter would let someone alternate between the sign-in form and a signing
// dialog for twice the tries. At the limit the account is locked as at sign-in and this session is ended.
import "server-only";
import type { Db } from "@/db/client";
import { withAudit } from "@/db/audited";
import type { AuditActor } from "@/db/queries/audit";
import { createLoginAttempt, endSession, findUserByUsername, listAttemptsSince, updateUserLock } from "@/db/queries/auth";
import type { Viewer } from "@/lib/authz";
import { now as clockNow } from "@/lib/clock";
import { isLocked, lockAfterFailure, LOCKOUT } from "@/lib/auth/lockout";
import { verifyPassword } from "@/lib/auth/password";

export type ReauthResult = "ok" | "wrong" | "locked";

export async function checkReauth(db: Db, viewer: Pick<Viewer, "userId" | "username" | "sessionId">, password: string, actor: AuditActor): Promise<ReauthResult> {
  const now = clockNow();
  const user = await findUserByUsername(db, viewer.username);
  if (!user) return "locked";
  const lockedBefore = isLocked(user.lockedUntil, now);
  if (!lockedBefore && (await verifyPassword(user.passwordHash, password.slice(0, 256)))) return "ok";
  const since = new Date(now.getTime() - LOCKOUT.windowMs);
  const countFrom = user.lockedUntil && user.lockedUntil > since ? user.lockedUntil : since;
  return withAudit(
    db,
    actor,
    async (tx) => {
      if (lockedBefore) {
        await endSession(tx, viewer.sessionId, "reauth_locked", now);
        return { value: "locked" as const, audit: { action: "auth.reauth.locked", objectType: "user", objectId: user.id, result: "denied" as const } };
      }
      await createLoginAttempt(tx, { username: user.username, userId: user.id, ip: actor.ip ?? "unknown", isSuccess: false, at: now });
      const attempts = await listAttemptsSince(tx, user.id, countFrom);
      const lockUntil = lockAfterFailure(attempts, now);
      if (!lockUntil) return { value: "wrong" as const, audit: { action: "auth.reauth.failed", objectType: "user", objectId: user.id, result: "denied" as const } };
      await updateUserLock(tx, user.id, lockUntil);
      await endSession(tx, viewer.sessionId, "reauth_locked", now);
      return {
        value: "locked" as const,
        audit: [
          { action: "auth.reauth.failed", objectType: "user", objectId: user.id, result: "denied" as const },
          { action: "auth.lockout", objectType: "user", objectId: user.id, after: { reason: "reauth", lockedUntil: lockUntil.toISOString() }, result: "denied" as const },
        ],
      };
    },
    () => now,
  );
}
