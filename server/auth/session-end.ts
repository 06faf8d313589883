// Ends a session on the server (logout, timeout, revocation) with its audit entry.
import "server-only";
import type { Db } from "@/db/client";
import { withAudit } from "@/db/audited";
import { endSession, getSessionUserId } from "@/db/queries/auth";
import { now as clockNow } from "@/lib/clock";

export async function endSessionById(db: Db, sid: string, reason: "logout" | "idle" | "expired" | "revoked", now = clockNow()) {
  const userId = await getSessionUserId(db, sid);
  if (userId === undefined) return false;
  return withAudit(
    db,
    { userId, username: null, roles: [], ip: null, userAgent: null, requestId: null },
    async (tx) => {
      const ended = await endSession(tx, sid, reason, now);
      return {
        value: ended,
        audit: { action: reason === "logout" ? "auth.logout" : `auth.session.${reason}`, objectType: "user", objectId: userId },
      };
    },
    () => now,
  );
}
