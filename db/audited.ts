// The one way to change data: run the change and its audit entry in one transaction.
// Write functions in db/queries take an AuditedTx, which only this module can make.
import type { Db, Tx } from "./client";
import { appendAudit, type AuditActor, type AuditRecord } from "./queries/audit";
import { now as clockNow } from "@/lib/clock";

declare const auditedBrand: unique symbol;
export type AuditedTx = Tx & { readonly [auditedBrand]: true };

export type AuditedResult<T> = { value: T; audit: AuditRecord | AuditRecord[] };

export async function withAudit<T>(
  db: Db,
  actor: AuditActor,
  fn: (tx: AuditedTx) => Promise<AuditedResult<T>>,
  now: () => Date = clockNow,
): Promise<T> {
  return db.transaction(async (tx) => {
    const { value, audit } = await fn(tx as AuditedTx);
    for (const rec of Array.isArray(audit) ? audit : [audit]) await appendAudit(tx, actor, rec, now());
    return value;
  });
}

/** As withAudit, when the entries have different actors (the summaries of several clients' denials). */
export async function withAuditEach<T>(
  db: Db,
  fn: (tx: AuditedTx) => Promise<{ value: T; entries: { actor: AuditActor; audit: AuditRecord }[] }>,
  now: () => Date = clockNow,
): Promise<T> {
  return db.transaction(async (tx) => {
    const { value, entries } = await fn(tx as AuditedTx);
    for (const e of entries) await appendAudit(tx, e.actor, e.audit, now());
    return value;
  });
}

/** An audit entry with no data change (denied requests, audit views, downloads), in its own transaction. */
export async function recordAudit(db: Db, actor: AuditActor, rec: AuditRecord, now = clockNow()) {
  return db.transaction((tx) => appendAudit(tx, actor, rec, now));
}
