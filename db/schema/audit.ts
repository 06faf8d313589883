import { bigint, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

export const auditResult = pgEnum("audit_result", ["ok", "denied", "failed"]);

/** Append-only, hash-chained. UPDATE, DELETE and TRUNCATE are rejected by triggers (see migrations). */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorUserId: integer("actor_user_id"),
    actorUsername: text("actor_username"),
    actorRoles: jsonb("actor_roles").$type<string[]>().notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    action: text("action").notNull(),
    objectType: text("object_type"),
    objectId: text("object_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    result: auditResult("result").notNull(),
    requestId: text("request_id"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorUserId),
    index("audit_log_action_idx").on(t.action),
    index("audit_log_object_idx").on(t.objectType, t.objectId),
  ],
);

/** One row: the last sequence number and hash, locked FOR UPDATE by every audited write. */
export const auditHead = pgTable("audit_head", {
  id: integer("id").primaryKey(),
  lastSeq: bigint("last_seq", { mode: "number" }).notNull(),
  lastHash: text("last_hash").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Unauthenticated denials (junk cookies, scans) counted per client address and minute (lib/auth/denials.ts):
 * each request is one upsert here, and the audit log gets one summary entry per client and window with the
 * count, written once the window has closed — never one entry (nor one audit head lock) per request. */
export const denialCounters = pgTable(
  "denial_counters",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    client: text("client").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
    /** How many of `count` the audit log already summarises; a row is due while count > audited_count. */
    auditedCount: integer("audited_count").notNull().default(0),
    /** The first denied action seen in the window, and the caller's user agent then. */
    action: text("action").notNull(),
    userAgent: text("user_agent"),
    firstAt: timestamp("first_at", { withTimezone: true }).notNull(),
    lastAt: timestamp("last_at", { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex("denial_counters_client_window_uq").on(t.client, t.windowStart), index("denial_counters_window_idx").on(t.windowStart)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
export type DenialCounter = typeof denialCounters.$inferSelect;
