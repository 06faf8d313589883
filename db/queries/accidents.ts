// Accidents (事故): the ledger (one query with its total), one accident with the veto proposals it made, and
// the writes. The level and the 迟报/漏报 flags are computed by lib/records/accident-level.ts before saving;
// nothing here takes a level from the form.
import { aliasedTable, and, asc, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import type { Db } from "../client";
import {
  accidents,
  assessments,
  assessmentSchemes,
  people,
  schemeVetoRules,
  units,
  users,
  vetoHits,
  type AccidentReportHopJson,
} from "../schema";
import { now } from "@/lib/clock";

export type AccidentFilter = { year?: number; page: number; pageSize: number };

/** The ledger, newest first; `year` is the Shanghai calendar year of the accident. */
export async function listAccidents(db: Db, f: AccidentFilter) {
  const where: SQL[] = [];
  if (f.year) {
    where.push(gte(accidents.occurredAt, new Date(`${f.year}-01-01T00:00:00+08:00`)));
    where.push(lt(accidents.occurredAt, new Date(`${f.year + 1}-01-01T00:00:00+08:00`)));
  }
  const rows = await db
    .select({
      id: accidents.id,
      title: accidents.title,
      occurredAt: accidents.occurredAt,
      domain: accidents.domain,
      unitName: units.name,
      level: accidents.level,
      deaths: accidents.deaths,
      seriousInjuries: accidents.seriousInjuries,
      directLoss: accidents.directLoss,
      isLate: accidents.isLate,
      isOmitted: accidents.isOmitted,
      isFalse: accidents.isFalse,
      isConcealed: accidents.isConcealed,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(accidents)
    .innerJoin(units, eq(units.id, accidents.unitId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(accidents.occurredAt), desc(accidents.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows, total: rows[0]?.total ?? 0, page: f.page, pageSize: f.pageSize };
}

/** One accident with its unit, and the veto proposals it made (with the assessment's year and status). */
export async function getAccident(db: Db, accidentId: number) {
  const creator = aliasedTable(people, "creator");
  const [row] = await db
    .select({
      accident: accidents,
      unitName: units.name,
      createdByName: sql<string | null>`coalesce(${creator.name}, ${users.username})`,
    })
    .from(accidents)
    .innerJoin(units, eq(units.id, accidents.unitId))
    .leftJoin(users, eq(users.id, accidents.createdBy))
    .leftJoin(creator, eq(creator.id, users.personId))
    .where(eq(accidents.id, accidentId));
  if (!row) return undefined;
  const vetoes = await db
    .select({
      id: vetoHits.id,
      status: vetoHits.status,
      basis: vetoHits.basis,
      ruleName: schemeVetoRules.name,
      assessmentId: vetoHits.assessmentId,
      unitId: assessments.unitId,
      year: assessmentSchemes.year,
      assessmentStatus: assessments.status,
    })
    .from(vetoHits)
    .innerJoin(schemeVetoRules, eq(schemeVetoRules.id, vetoHits.ruleId))
    .innerJoin(assessments, eq(assessments.id, vetoHits.assessmentId))
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
    .where(and(eq(vetoHits.source, "accident"), eq(vetoHits.sourceRef, accidentId)))
    .orderBy(asc(vetoHits.id));
  return { ...row, vetoes };
}

export type AccidentDetail = NonNullable<Awaited<ReturnType<typeof getAccident>>>;

/** Recent accidents for a picker (accountability triggers): newest first, capped. */
export async function listAccidentOptions(db: Db, limit = 200) {
  return db
    .select({ id: accidents.id, title: accidents.title, occurredAt: accidents.occurredAt })
    .from(accidents)
    .orderBy(desc(accidents.occurredAt), desc(accidents.id))
    .limit(limit);
}

export type AccidentValues = {
  title: string;
  description: string;
  occurredAt: Date;
  domain: "internal" | "supervised";
  unitId: number;
  deaths: number;
  seriousInjuries: number;
  directLoss: number;
  level: (typeof accidents.$inferInsert)["level"];
  reports: AccidentReportHopJson[];
  isLate: boolean;
  isOmitted: boolean;
  isFalse: boolean;
  isConcealed: boolean;
};

export async function createAccident(tx: AuditedTx, v: AccidentValues, userId: number | null) {
  const [row] = await tx
    .insert(accidents)
    .values({ ...v, createdBy: userId })
    .returning();
  return row;
}

/** Saves over the version the form showed; null when someone saved first. */
export async function updateAccident(tx: AuditedTx, accidentId: number, version: number, v: AccidentValues) {
  const [row] = await tx
    .update(accidents)
    .set({ ...v, version: sql`${accidents.version} + 1`, updatedAt: now() })
    .where(and(eq(accidents.id, accidentId), eq(accidents.version, version)))
    .returning();
  return row ?? null;
}
