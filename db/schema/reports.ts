// Annual accountability reports (issue 6): a draft holds the editable texts; approval freezes the
// assembled data into `snapshot` with its SHA-256, and an approved report renders from it forever.
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./auth";

export const reportStatus = pgEnum("report_status", ["draft", "approved"]);

export const reports = pgTable(
  "reports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    status: reportStatus("status").notNull().default("draft"),
    /** 存在问题 */
    problems: text("problems").notNull().default(""),
    /** 下一年度工作打算 */
    plans: text("plans").notNull().default(""),
    /** The frozen AnnualReportData (lib/reports/types.ts), set on approval. */
    snapshot: jsonb("snapshot"),
    snapshotHash: text("snapshot_hash"),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    approvedBy: integer("approved_by").references(() => users.id),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One working draft per year; any number of approved reports (each a frozen edition).
    uniqueIndex("reports_one_draft_uq").on(t.year).where(sql`status = 'draft'`),
    index("reports_year_idx").on(t.year),
    index("reports_created_by_idx").on(t.createdBy),
    index("reports_approved_by_idx").on(t.approvedBy),
  ],
);

export type Report = typeof reports.$inferSelect;
