import { bigint, index, integer, jsonb, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

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

export type AuditEntry = typeof auditLog.$inferSelect;
