// Accounts and role grants for the administrators: list (one query per page), create, disable, unlock,
// reset, grant, revoke, settings. Anything that changes who can act bumps session_version.
import { and, asc, eq, gt, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import type { AuditedTx } from "../audited";
import { passwordHistory, people, sessions, settings, units, userRoles, users } from "../schema";

export type GrantedRole = (typeof userRoles.$inferInsert)["role"];
export type AccountFilter = { q?: string; page?: number; pageSize?: number };

/** ILIKE pattern that matches the text literally (%, _ and \ escaped). */
const contains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function accountWhere(q?: string): SQL | undefined {
  if (!q) return undefined;
  const p = contains(q);
  return or(ilike(users.username, p), ilike(people.name, p), ilike(people.staffNo, p));
}

const grantsOf = sql<{ id: number; role: GrantedRole; unitId: number | null; unitName: string | null }[]>`coalesce((
  select json_agg(json_build_object('id', r.id, 'role', r.role, 'unitId', r.unit_id, 'unitName', un.name) order by r.role, r.id)
  from user_roles r left join units un on un.id = r.unit_id
  where r.user_id = ${users.id}), '[]'::json)`;

/** Accounts with linked person, granted roles, state and last sign-in: one query, paginated. */
export async function listUserAccounts(db: Db, f: AccountFilter = {}) {
  const pageSize = f.pageSize ?? 50;
  const page = Math.max(1, f.page ?? 1);
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      personId: users.personId,
      personName: people.name,
      staffNo: people.staffNo,
      isDisabled: users.isDisabled,
      mustChangePassword: users.mustChangePassword,
      lockedUntil: users.lockedUntil,
      isLocked: sql<boolean>`coalesce(${users.lockedUntil} > now(), false)`,
      grants: grantsOf,
      lastSignInAt: sql<Date | null>`(select max(s.created_at) from sessions s where s.user_id = ${users.id})`.mapWith(
        sessions.createdAt,
      ),
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(accountWhere(f.q))
    .orderBy(asc(users.username))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: rows[0]?.total ?? 0, page, pageSize };
}

export type AccountRow = Awaited<ReturnType<typeof listUserAccounts>>["rows"][number];

export async function getUserBrief(db: Db, by: { id: number } | { username: string }) {
  const [u] = await db
    .select({
      id: users.id,
      username: users.username,
      personId: users.personId,
      isDisabled: users.isDisabled,
      lockedUntil: users.lockedUntil,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where("id" in by ? eq(users.id, by.id) : eq(users.username, by.username));
  return u;
}

/** The roles granted to an account. */
export async function listGrantedRoleNames(db: Db, userId: number): Promise<string[]> {
  const rows = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map((r) => r.role);
}

/** How many enabled accounts hold `role`; their grant rows are locked so that two concurrent removals
 * cannot both see a second holder. */
export async function countActiveHoldersForUpdate(tx: AuditedTx, role: GrantedRole): Promise<number> {
  const rows = await tx
    .select({ id: userRoles.id })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, role), eq(users.isDisabled, false)))
    .for("update", { of: userRoles });
  return rows.length;
}

/** A person by staff number, and whether an account is already linked to them. */
export async function findPersonByStaffNo(db: Db, staffNo: string) {
  const [p] = await db
    .select({ id: people.id, name: people.name, isActive: people.isActive, accountId: users.id })
    .from(people)
    .leftJoin(users, eq(users.personId, people.id))
    .where(eq(people.staffNo, staffNo));
  return p;
}

export async function createUserAccount(
  tx: AuditedTx,
  a: { username: string; passwordHash: string; personId: number | null; now: Date },
) {
  const [u] = await tx
    .insert(users)
    .values({
      username: a.username,
      passwordHash: a.passwordHash,
      personId: a.personId,
      mustChangePassword: true,
      passwordChangedAt: a.now,
      createdAt: a.now,
      updatedAt: a.now,
    })
    .returning({ id: users.id });
  return u.id;
}

/** Guarded on the current state; disabling bumps session_version so every session ends on its next request. */
export async function updateUserDisabled(tx: AuditedTx, userId: number, isDisabled: boolean, now: Date) {
  const [u] = await tx
    .update(users)
    .set({
      isDisabled,
      ...(isDisabled ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      version: sql`${users.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(users.id, userId), eq(users.isDisabled, !isDisabled)))
    .returning({ id: users.id, sessionVersion: users.sessionVersion });
  return u;
}

export async function updateUserUnlock(tx: AuditedTx, userId: number, now: Date) {
  const [u] = await tx
    .update(users)
    // Unlocking sets the lock end to now: failures before it no longer count towards a new lock.
    .set({ lockedUntil: now, version: sql`${users.version} + 1`, updatedAt: now })
    .where(and(eq(users.id, userId), gt(users.lockedUntil, now)))
    .returning({ id: users.id });
  return u;
}

/** A temporary password the user must change; the old hash goes to the history, sessions end, lock clears. */
export async function updateUserPasswordReset(tx: AuditedTx, userId: number, newHash: string, now: Date) {
  const [old] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!old) return undefined;
  await tx.insert(passwordHistory).values({ userId, passwordHash: old.passwordHash, createdAt: now });
  const [u] = await tx
    .update(users)
    .set({
      passwordHash: newHash,
      mustChangePassword: true,
      passwordChangedAt: now,
      lockedUntil: null,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      version: sql`${users.version} + 1`,
      updatedAt: now,
    })
    .where(eq(users.id, userId))
    .returning({ id: users.id, sessionVersion: users.sessionVersion });
  return u;
}

async function bumpSessionVersion(tx: AuditedTx, userId: number, now: Date) {
  await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, version: sql`${users.version} + 1`, updatedAt: now })
    .where(eq(users.id, userId));
}

/** Users with their explicit grants (derived roles follow from the org and are not listed): one query. */
export async function listRoleGrants(db: Db, f: AccountFilter = {}) {
  const pageSize = f.pageSize ?? 50;
  const page = Math.max(1, f.page ?? 1);
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      personId: users.personId,
      personName: people.name,
      staffNo: people.staffNo,
      isDisabled: users.isDisabled,
      grants: grantsOf,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(accountWhere(f.q))
    .orderBy(asc(users.username))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: rows[0]?.total ?? 0, page, pageSize };
}

export async function getRoleGrant(db: Db, grantId: number) {
  const [g] = await db
    .select({ id: userRoles.id, userId: userRoles.userId, role: userRoles.role, unitId: userRoles.unitId, username: users.username })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(eq(userRoles.id, grantId));
  return g;
}

/** The 三权分立 trigger may refuse the insert; the caller's transaction then rolls back. */
export async function createRoleGrant(
  tx: AuditedTx,
  g: { userId: number; role: GrantedRole; unitId: number | null; now: Date },
) {
  const [r] = await tx
    .insert(userRoles)
    .values({ userId: g.userId, role: g.role, unitId: g.unitId, createdAt: g.now, updatedAt: g.now })
    .returning({ id: userRoles.id });
  await bumpSessionVersion(tx, g.userId, g.now);
  return r.id;
}

export async function deleteRoleGrant(tx: AuditedTx, grantId: number, now: Date) {
  const [r] = await tx
    .delete(userRoles)
    .where(eq(userRoles.id, grantId))
    .returning({ id: userRoles.id, userId: userRoles.userId, role: userRoles.role, unitId: userRoles.unitId });
  if (r) await bumpSessionVersion(tx, r.userId, now);
  return r;
}

export async function listUnitOptions(db: Db) {
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.isActive, true))
    .orderBy(asc(units.sortOrder), asc(units.id));
}

/** Sets a setting and returns the previous value. */
export async function upsertSetting(tx: AuditedTx, key: string, value: string, now: Date) {
  const [prev] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  await tx
    .insert(settings)
    .values({ key, value, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } });
  return prev?.value ?? null;
}

/**
 * Holds the audit head so that no entry is appended while the chain is re-read: verification then sees
 * rows and head from the same moment. (Belongs with db/queries/audit.ts; kept here by file ownership.)
 */
