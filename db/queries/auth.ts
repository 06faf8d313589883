import { and, count, desc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { AuditedTx } from "../audited";
import { loginAttempts, passwordHistory, sessions, settings, userRoles, users } from "../schema";
import { now as clockNow } from "@/lib/clock";

export async function findUserByUsername(db: Db, username: string) {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  return u;
}

export async function listAttemptsSince(db: Db, userId: number, since: Date) {
  return db
    .select({ at: loginAttempts.at, isSuccess: loginAttempts.isSuccess })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.userId, userId), gte(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at));
}

export async function countIpFailuresSince(db: Db, ip: string, since: Date) {
  const [r] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.isSuccess, false), gte(loginAttempts.at, since)));
  return r?.n ?? 0;
}

export async function createLoginAttempt(
  tx: AuditedTx,
  a: { username: string; userId: number | null; ip: string; isSuccess: boolean; at: Date },
) {
  await tx.insert(loginAttempts).values({ ...a, username: a.username.slice(0, 100) });
}

export async function updateUserLock(tx: AuditedTx, userId: number, lockedUntil: Date | null) {
  await tx.update(users).set({ lockedUntil, updatedAt: clockNow() }).where(eq(users.id, userId));
}

export async function createSession(
  tx: AuditedTx,
  s: { id: string; userId: number; sessionVersion: number; ip: string | null; userAgent: string | null; now: Date },
) {
  await tx.insert(sessions).values({
    id: s.id,
    userId: s.userId,
    sessionVersion: s.sessionVersion,
    ip: s.ip,
    userAgent: s.userAgent?.slice(0, 300) ?? null,
    createdAt: s.now,
    lastSeenAt: s.now,
  });
}

export async function endSession(tx: AuditedTx, id: string, reason: string, now: Date) {
  const r = await tx
    .update(sessions)
    .set({ endedAt: now, endReason: reason, updatedAt: now })
    .where(and(eq(sessions.id, id), sql`${sessions.endedAt} is null`))
    .returning({ id: sessions.id });
  return r.length > 0;
}

/**
 * Sliding idle window. Not an audited change: it is bookkeeping of a read, written at most once a minute
 * per session (see SESSION.touchEveryMs).
 */
export async function touchSession(db: Db, id: string, now: Date) {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

/** The session joined with its user and everything needed to compute roles and scopes: one query. Year-scoped
 * facts (分管, committee seats) come for every year, so a permission can be resolved for any object's year. */
export async function getSessionViewerRow(db: Db, sessionId: string, today: string) {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      sessionVersion: sessions.sessionVersion,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      endedAt: sessions.endedAt,
      userId: users.id,
      username: users.username,
      userSessionVersion: users.sessionVersion,
      isDisabled: users.isDisabled,
      mustChangePassword: users.mustChangePassword,
      passwordChangedAt: users.passwordChangedAt,
      locale: users.locale,
      personId: users.personId,
      personName: sql<string | null>`(select p.name from people p where p.id = ${users.personId})`,
      granted: sql<{ role: string; unitId: number | null }[]>`coalesce((select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id)) from user_roles r where r.user_id = ${users.id}), '[]'::json)`,
      holdings: sql<{ unitId: number; postKind: string }[]>`coalesce((select json_agg(json_build_object('unitId', po.unit_id, 'postKind', po.kind))
        from post_holdings h join posts po on po.id = h.post_id
        where h.person_id = ${users.personId} and po.is_active and h.start_date <= ${today}::date
          and (h.end_date is null or h.end_date >= ${today}::date)), '[]'::json)`,
      supervised: sql<{ year: number; unitId: number }[]>`coalesce((select json_agg(json_build_object('year', s.year, 'unitId', s.unit_id))
        from supervisions s where s.leader_id = ${users.personId}), '[]'::json)`,
      seats: sql<{ year: number; seat: string }[]>`coalesce((select json_agg(json_build_object('year', c.year, 'seat', m.role::text) order by m.id)
        from committee_members m join committees c on c.id = m.committee_id
        where m.person_id = ${users.personId} and m.is_active), '[]'::json)`,
      preparedYears: sql<number[]>`coalesce((select json_agg(c.year) from committees c), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  return row;
}

export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  const [r] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return r?.value;
}

export async function listPasswordHistory(db: Db, userId: number) {
  return db
    .select({ passwordHash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.createdAt), desc(passwordHistory.id))
    .limit(5);
}

/** A new password ends every other session of the user (the session version moves on); the session that
 * changed it, `keepSessionId`, moves with it and stays signed in. */
export async function updatePassword(tx: AuditedTx, userId: number, newHash: string, now: Date, keepSessionId: string | null) {
  const [old] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (old) await tx.insert(passwordHistory).values({ userId, passwordHash: old.passwordHash });
  const [u] = await tx
    .update(users)
    .set({ passwordHash: newHash, mustChangePassword: false, passwordChangedAt: now, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  if (u && keepSessionId) {
    await tx.update(sessions).set({ sessionVersion: u.sessionVersion, updatedAt: now }).where(and(eq(sessions.id, keepSessionId), eq(sessions.userId, userId)));
  }
  await tx
    .update(sessions)
    .set({ endedAt: now, endReason: "password_changed", updatedAt: now })
    .where(and(eq(sessions.userId, userId), sql`${sessions.endedAt} is null`, keepSessionId ? sql`${sessions.id} <> ${keepSessionId}` : sql`true`));
}

export async function updateUserLocale(tx: AuditedTx, userId: number, locale: "zh" | "en") {
  await tx.update(users).set({ locale, updatedAt: clockNow() }).where(eq(users.id, userId));
}

export async function listGrantedRoles(db: Db, userId: number) {
  return db.select().from(userRoles).where(eq(userRoles.userId, userId));
}

export async function getSessionUserId(db: Db, sid: string) {
  const [s] = await db.select({ userId: sessions.userId }).from(sessions).where(eq(sessions.id, sid));
  return s?.userId;
}
