// Annual report editions: one working draft per year (its two texts editable), and approved editions
// frozen with the assembled data and its SHA-256 (the use-case: server/reports/approve.ts). Freezing is one
// guarded UPDATE; an approved row never changes again (trigger, migration 0013), and a new draft for the
// year starts from its texts.
import { and, desc, eq, sql } from "drizzle-orm";
import type { AnnualReportData } from "@/lib/reports/types";
import type { AuditedTx } from "../audited";
import { rowsOf, type Db } from "../client";
import { people, reports, users } from "../schema";
import { now } from "@/lib/clock";

const columns = {
  id: reports.id,
  year: reports.year,
  status: reports.status,
  problems: reports.problems,
  plans: reports.plans,
  snapshotHash: reports.snapshotHash,
  version: reports.version,
  approvedAt: reports.approvedAt,
  approverName: sql<string | null>`coalesce(${people.name}, ${users.username})`,
  createdAt: reports.createdAt,
  updatedAt: reports.updatedAt,
};

export type ReportEdition = {
  id: number;
  year: number;
  status: "draft" | "approved";
  problems: string;
  plans: string;
  snapshotHash: string | null;
  version: number;
  approvedAt: Date | null;
  approverName: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** Every edition of the year (or of every year), newest first; no snapshots (they are large). */
export async function listReportEditions(db: Db, year?: number): Promise<ReportEdition[]> {
  return db
    .select(columns)
    .from(reports)
    .leftJoin(users, eq(users.id, reports.approvedBy))
    .leftJoin(people, eq(people.id, users.personId))
    .where(year === undefined ? undefined : eq(reports.year, year))
    .orderBy(desc(reports.year), desc(reports.id));
}

/** One edition with its snapshot (null for a draft). */
export async function getReportEdition(db: Db, id: number) {
  const [row] = await db
    .select({ ...columns, snapshot: reports.snapshot })
    .from(reports)
    .leftJoin(users, eq(users.id, reports.approvedBy))
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(reports.id, id));
  return row ? { ...row, snapshot: row.snapshot as AnnualReportData | null } : undefined;
}

/** Years a report can be written for: a committee, a scheme or a report exists. Newest first. */
export async function listReportYears(db: Db): Promise<number[]> {
  const result = await db.execute(sql`select year from committees union select year from assessment_schemes
    union select year from reports order by year desc`);
  return rowsOf<{ year: number }>(result).map((r) => Number(r.year));
}

/** A new working draft for the year, its texts copied from the latest approved edition (if any).
 * Undefined when the year already has a draft. */
export async function startReportDraft(tx: AuditedTx, year: number, userId: number | null) {
  const [last] = await tx
    .select({ problems: reports.problems, plans: reports.plans })
    .from(reports)
    .where(and(eq(reports.year, year), eq(reports.status, "approved")))
    .orderBy(desc(reports.approvedAt), desc(reports.id))
    .limit(1);
  const [row] = await tx
    .insert(reports)
    .values({ year, status: "draft", problems: last?.problems ?? "", plans: last?.plans ?? "", createdBy: userId })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** 存在问题 and 下一年度工作打算 of a draft, if it is still the version the editor saw. */
export async function updateReportTexts(tx: AuditedTx, s: { id: number; version: number; problems: string; plans: string }) {
  const [row] = await tx
    .update(reports)
    .set({ problems: s.problems, plans: s.plans, version: sql`${reports.version} + 1`, updatedAt: now() })
    .where(and(eq(reports.id, s.id), eq(reports.status, "draft"), eq(reports.version, s.version)))
    .returning();
  return row;
}

/**
 * Freezes a draft as approved with its assembled data and hash, in one guarded UPDATE (the use-case is
 * server/reports/approve.ts). Undefined when the draft changed or was approved meanwhile.
 */
export async function freezeReport(
  tx: AuditedTx,
  s: { id: number; version: number; snapshot: AnnualReportData; snapshotHash: string; userId: number | null; now: Date },
) {
  const [row] = await tx
    .update(reports)
    .set({
      status: "approved",
      snapshot: s.snapshot,
      snapshotHash: s.snapshotHash,
      approvedBy: s.userId,
      approvedAt: s.now,
      version: sql`${reports.version} + 1`,
      updatedAt: s.now,
    })
    .where(and(eq(reports.id, s.id), eq(reports.status, "draft"), eq(reports.version, s.version)))
    .returning({ id: reports.id, year: reports.year, snapshotHash: reports.snapshotHash, approvedAt: reports.approvedAt });
  return row;
}

/** The score sheets of the given units (a unit head's own): every year each has an assessment. */
export async function listSheetsOfUnits(db: Db, unitIds: number[]): Promise<{ year: number; unitId: number; unitName: string }[]> {
  if (unitIds.length === 0) return [];
  const result = await db.execute(sql`select s.year, a.unit_id as "unitId", u.name as "unitName"
    from assessments a join assessment_schemes s on s.id = a.scheme_id join units u on u.id = a.unit_id
    where a.unit_id in ${sql`(${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})`}
    order by s.year desc, u.sort_order, u.id`);
  return rowsOf<{ year: number; unitId: number; unitName: string }>(result).map((r) => ({ ...r, year: Number(r.year), unitId: Number(r.unitId) }));
}
