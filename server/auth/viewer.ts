// The signed-in viewer for this request: the token's session id checked against the database (ended,
// idle, expired, revoked by a session-version bump or a disabled account), with roles and scopes.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getSessionViewerRow, getSetting, touchSession } from "@/db/queries/auth";
import type { AuditActor } from "@/db/queries/audit";
import { forYear, type Viewer } from "@/lib/authz";
import { buildViewer } from "@/server/auth/roles";
import { now as clockNow, shanghaiDate, shanghaiYear } from "@/lib/clock";
import { cookies } from "next/headers";
import { decode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env";
import { isExpired } from "@/lib/auth/password";
import { SESSION, sessionState } from "@/lib/auth/lockout";
import { endSessionById } from "@/server/auth/session-end";
import { requestInfo } from "@/server/auth/request-info";
import { DatabaseUnavailableError, isDatabaseDown, noteDatabaseError } from "@/lib/availability";

/** The server session id from the signed session cookie, read here on the server only: the session that
 * Auth.js hands to scripts (/api/auth/session) no longer carries it. */
async function sessionIdFromCookie(): Promise<string | undefined> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const token = await decode<JWT>({ token: value, secret: env().authSecret, salt: name }).catch(() => null);
    if (typeof token?.sid === "string") return token.sid;
  }
  return undefined;
}

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const sid = await sessionIdFromCookie();
  if (!sid) return null;
  // Every page reads the viewer first: with the database unreachable it throws the error whose digest
  // app/error.tsx shows as the translated "service unavailable" page (and the watcher checks at once).
  if (isDatabaseDown()) throw new DatabaseUnavailableError();
  try {
    return await viewerOf(sid);
  } catch (e) {
    if (noteDatabaseError(e)) throw new DatabaseUnavailableError(e);
    throw e;
  }
});

async function viewerOf(sid: string): Promise<Viewer | null> {
  const db = await getDb();
  const now = clockNow();
  const row = await getSessionViewerRow(db, sid, shanghaiDate(now));
  if (!row || row.endedAt) return null;
  if (row.isDisabled || row.sessionVersion !== row.userSessionVersion) {
    await endSessionById(db, sid, "revoked", now);
    return null;
  }
  const state = sessionState(row, now);
  if (state === "idle" || state === "expired") {
    await endSessionById(db, sid, state, now);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION.touchEveryMs) await touchSession(db, sid, now);
  const expiryDays = Number((await getSetting(db, "password_expiry_days")) ?? "90");
  return buildViewer(row, isExpired(row.passwordChangedAt, expiryDays, now), shanghaiYear(now));
}

/** For pages: the viewer, or a redirect to sign in (or to change a password that must change). With `year`,
 * the viewer's year-scoped roles and scopes are those of that year (the page's object belongs to it). */
export async function requireViewer(opts: { allowPasswordChange?: boolean; year?: number } = {}): Promise<Viewer> {
  const v = await getViewer();
  if (!v) redirect("/login");
  if (v.mustChangePassword && !opts.allowPasswordChange) redirect("/password");
  return opts.year === undefined ? v : forYear(v, opts.year);
}

export async function actorOf(viewer: Viewer | null): Promise<AuditActor> {
  const info = await requestInfo();
  return {
    userId: viewer?.userId ?? null,
    username: viewer?.username ?? null,
    roles: viewer?.roles ?? [],
    ip: info.ip,
    userAgent: info.userAgent,
    requestId: info.requestId,
  };
}
