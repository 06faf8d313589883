// Ends a session on the server (logout, timeout, revocation) with its audit entry.
import type { Db } from "@/db/client";
import { withAudit } from "@/db/audited";
import { endSession, getSessionUserId } from "@/db/queries/auth";

export async function endSessionById(db: Db, sid: string, reason: "logout" | "idle" | "expired" | "revoked", now = new Date()) {
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
