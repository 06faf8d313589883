import { and, asc, desc, eq, gt, gte, ilike, lte, sql, type SQL } from "drizzle-orm";
import { createVerifier, entryHash, type ChainEntry, type VerifyResult } from "@/lib/audit/chain";
import type { Db, Tx } from "../client";
import { auditHead, auditLog } from "../schema";
import { now as clockNow } from "@/lib/clock";

export type AuditActor = {
  userId: number | null;
  username: string | null;
  roles: string[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
};

/** The system itself (seeds, scheduled jobs): no user, no request. */
export const SYSTEM_ACTOR: AuditActor = {
  userId: null,
  username: "system",
  roles: [],
  ip: null,
  userAgent: null,
  requestId: null,
};

export type AuditRecord = {
  action: string;
  objectType?: string | null;
  objectId?: string | number | null;
  before?: unknown;
  after?: unknown;
  result?: "ok" | "denied" | "failed";
};

/** Appends one entry inside the caller's transaction; the head row lock keeps the sequence gap-free. */
export async function appendAudit(tx: Tx, actor: AuditActor, rec: AuditRecord, now = clockNow()) {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for("update");
  if (!head) throw new Error("audit_head missing");
  const at = new Date(Math.floor(now.getTime()));
  const entry: Omit<ChainEntry, "hash"> = {
    seq: head.lastSeq + 1,
    at,
    actorUserId: actor.userId,
    actorUsername: actor.username,
    actorRoles: actor.roles,
    ip: actor.ip,
    userAgent: actor.userAgent ? actor.userAgent.slice(0, 300) : null,
    action: rec.action,
    objectType: rec.objectType ?? null,
    objectId: rec.objectId == null ? null : String(rec.objectId),
    before: rec.before ?? null,
    after: rec.after ?? null,
    result: rec.result ?? "ok",
    requestId: actor.requestId,
    prevHash: head.lastHash,
  };
  const hash = entryHash(entry);
  await tx.insert(auditLog).values({ ...entry, hash });
  await tx
    .update(auditHead)
    .set({ lastSeq: entry.seq, lastHash: hash, updatedAt: at })
    .where(eq(auditHead.id, 1));
  return { seq: entry.seq, hash };
}

export type AuditFilter = {
  actor?: string;
  action?: string;
  objectType?: string;
  result?: "ok" | "denied" | "failed";
  from?: Date;
  to?: Date;
  page?: number;
  pageSize?: number;
};

export async function listAuditEntries(db: Db, f: AuditFilter) {
  const where: SQL[] = [];
  if (f.actor) where.push(ilike(auditLog.actorUsername, `%${f.actor}%`));
  if (f.action) where.push(ilike(auditLog.action, `%${f.action}%`));
  if (f.objectType) where.push(eq(auditLog.objectType, f.objectType));
  if (f.result) where.push(eq(auditLog.result, f.result));
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lte(auditLog.at, f.to));
  const pageSize = f.pageSize ?? 50;
  const page = Math.max(1, f.page ?? 1);
  const rows = await db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorUsername: auditLog.actorUsername,
      actorRoles: auditLog.actorRoles,
      ip: auditLog.ip,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      before: auditLog.before,
      after: auditLog.after,
      result: auditLog.result,
      hash: auditLog.hash,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: rows[0]?.total ?? 0, page, pageSize };
}

export async function getAuditHead(db: Db) {
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  return head;
}

/** Recomputes the whole chain in batches and names the first broken entry. */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<VerifyResult> {
  const v = createVerifier();
  let after = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.seq, after)).orderBy(asc(auditLog.seq)).limit(batch);
    for (const r of rows) {
      if (!v.push({ ...r, actorRoles: r.actorRoles ?? [] })) return v.finish();
    }
    if (rows.length < batch) break;
    after = rows[rows.length - 1].seq;
  }
  const head = await getAuditHead(db);
  return v.finish(head ? { lastSeq: head.lastSeq, lastHash: head.lastHash } : undefined);
}

/** Holds the head row so no entry is appended while a verification re-reads it. */
export async function lockAuditHead(tx: Tx) {
  await tx.select({ id: auditHead.id }).from(auditHead).where(eq(auditHead.id, 1)).for("update");
}
