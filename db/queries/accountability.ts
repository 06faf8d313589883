// Accountability cases (问责): the list a viewer may see (everyone's for the committee and leaders, only
// their own for staff), one case with what triggered it, a person's cases, and the insert.
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import type { Db } from "../client";
import { accidents, accountabilityCases, hazards, people, postHoldings, posts, units, workRecords } from "../schema";
import { holdingInForce } from "./holdings";

/** all, or only the cases of one person (the viewer's own). */
export type CaseScope = { all: true } | { all: false; personId: number | null };

const scopeWhere = (s: CaseScope): SQL | undefined =>
  s.all ? undefined : eq(accountabilityCases.personId, s.personId ?? -1);

const listColumns = {
  id: accountabilityCases.id,
  personId: accountabilityCases.personId,
  personName: people.name,
  unitName: units.name,
  triggerKind: accountabilityCases.triggerKind,
  situation: accountabilityCases.situation,
  form: accountabilityCases.form,
  leniency: accountabilityCases.leniency,
  decidedBy: accountabilityCases.decidedBy,
  decidedOn: accountabilityCases.decidedOn,
  restrictedUntil: accountabilityCases.restrictedUntil,
};

export async function listCases(db: Db, scope: CaseScope, page: number, pageSize: number) {
  const rows = await db
    .select({ ...listColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(accountabilityCases)
    .innerJoin(people, eq(people.id, accountabilityCases.personId))
    .leftJoin(units, eq(units.id, accountabilityCases.unitId))
    .where(scopeWhere(scope))
    .orderBy(desc(accountabilityCases.decidedOn), desc(accountabilityCases.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: rows[0]?.total ?? 0, page, pageSize };
}

/** A person's cases, newest first (the person page). */
export async function listPersonCases(db: Db, personId: number) {
  return db
    .select({
      ...listColumns,
      summary: accountabilityCases.summary,
      leniencyReason: accountabilityCases.leniencyReason,
    })
    .from(accountabilityCases)
    .innerJoin(people, eq(people.id, accountabilityCases.personId))
    .leftJoin(units, eq(units.id, accountabilityCases.unitId))
    .where(eq(accountabilityCases.personId, personId))
    .orderBy(desc(accountabilityCases.decidedOn), desc(accountabilityCases.id));
}

export async function getCase(db: Db, caseId: number) {
  const [row] = await db
    .select({
      case: accountabilityCases,
      personName: people.name,
      personStaffNo: people.staffNo,
      unitName: units.name,
      accidentTitle: accidents.title,
      hazardTitle: hazards.title,
      recordTitle: workRecords.title,
    })
    .from(accountabilityCases)
    .innerJoin(people, eq(people.id, accountabilityCases.personId))
    .leftJoin(units, eq(units.id, accountabilityCases.unitId))
    .leftJoin(accidents, eq(accidents.id, accountabilityCases.accidentId))
    .leftJoin(hazards, eq(hazards.id, accountabilityCases.hazardId))
    .leftJoin(workRecords, eq(workRecords.id, accountabilityCases.recordId))
    .where(eq(accountabilityCases.id, caseId));
  return row;
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/** The case's person, for the permission check of a self-scoped reader. */
export async function getCasePerson(db: Db, caseId: number) {
  const [row] = await db
    .select({ personId: accountabilityCases.personId })
    .from(accountabilityCases)
    .where(eq(accountabilityCases.id, caseId));
  return row?.personId;
}

/** Whether each trigger reference exists (one query); the unit of the hazard, to match the case's unit. */
export async function getTriggerRefs(
  db: Db,
  refs: { accidentId: number | null; hazardId: number | null; recordId: number | null },
) {
  const [row] = await db
    .select({
      accident: sql<boolean>`exists (select 1 from ${accidents} a where a.id = ${refs.accidentId ?? -1})`,
      hazardUnitId: sql<number | null>`(select h.unit_id from ${hazards} h where h.id = ${refs.hazardId ?? -1})`,
      record: sql<boolean>`exists (select 1 from ${workRecords} r where r.id = ${refs.recordId ?? -1})`,
    })
    .from(sql`(select 1) as one`);
  return {
    accident: !!row?.accident,
    hazardUnitId: row?.hazardUnitId == null ? null : Number(row.hazardUnitId),
    record: !!row?.record,
  };
}

export type NewCase = Omit<typeof accountabilityCases.$inferInsert, "id" | "version" | "createdAt" | "updatedAt">;

export async function createCase(tx: AuditedTx, c: NewCase) {
  const [row] = await tx.insert(accountabilityCases).values(c).returning();
  return row;
}

/** Whether the person held a post in the unit on the date (the case's unit is the person's at the time). */
export async function isPersonInUnit(db: Db, personId: number, unitId: number, date: string) {
  const [row] = await db
    .select({ id: postHoldings.id })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .where(and(eq(postHoldings.personId, personId), eq(posts.unitId, unitId), holdingInForce(date)))
    .limit(1);
  return !!row;
}
