// The signed-in viewer for this request: the token's session id checked against the database (ended,
// idle, expired, revoked by a session-version bump or a disabled account), with roles and scopes.
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getSessionViewerRow, getSetting, touchSession } from "@/db/queries/auth";
import type { AuditActor } from "@/db/queries/audit";
import type { Role, Viewer } from "@/lib/authz";
import { shanghaiDate, shanghaiYear } from "@/lib/clock";
import { auth } from "./config";
import { isExpired } from "./password";
import { SESSION, sessionState } from "./lockout";
import { endSessionById } from "./session-end";
import { requestInfo } from "./request-info";

const LEADER_POSTS = new Set(["director", "party_secretary", "deputy_director", "chief_engineer"]);

type ViewerRow = NonNullable<Awaited<ReturnType<typeof getSessionViewerRow>>>;

export function buildViewer(row: ViewerRow, passwordExpired: boolean): Viewer {
  const roles = new Set<Role>();
  const liaisonUnitIds: number[] = [];
  for (const g of row.granted) {
    roles.add(g.role as Role);
    if (g.role === "safety_liaison" && g.unitId) liaisonUnitIds.push(g.unitId);
  }
  const headedUnitIds = row.holdings.filter((h) => h.postKind === "head").map((h) => h.unitId);
  const ownUnitIds = [...new Set(row.holdings.map((h) => h.unitId))];
  if (row.holdings.length > 0) roles.add("staff");
  if (headedUnitIds.length) roles.add("unit_head");
  if (row.holdings.some((h) => LEADER_POSTS.has(h.postKind)) || row.supervised.length) roles.add("leader");
  if (row.onCommittee) roles.add("committee_member");
  return {
    userId: row.userId,
    username: row.username,
    personId: row.personId,
    personName: row.personName,
    roles: [...roles],
    locale: row.locale,
    headedUnitIds: [...new Set(headedUnitIds)],
    liaisonUnitIds,
    supervisedUnitIds: [...new Set(row.supervised)],
    ownUnitIds,
    mustChangePassword: row.mustChangePassword || passwordExpired,
    sessionId: row.sessionId,
  };
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const sid = session?.sid;
  if (!sid) return null;
  const db = await getDb();
  const now = new Date();
  const row = await getSessionViewerRow(db, sid, shanghaiYear(now), shanghaiDate(now));
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
  return buildViewer(row, isExpired(row.passwordChangedAt, expiryDays, now));
});

/** For pages: the viewer, or a redirect to sign in (or to change a password that must change). */
export async function requireViewer(opts: { allowPasswordChange?: boolean } = {}): Promise<Viewer> {
  const v = await getViewer();
  if (!v) redirect("/login");
  if (v.mustChangePassword && !opts.allowPasswordChange) redirect("/password");
  return v;
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
