// 述职 drafts: the year's figures for a leader (one query), the leaders a draft can be written for, and the
// stored draft (duty_statements) with its guarded writes.
import { and, eq, sql } from "drizzle-orm";
import type { StatementFigures } from "@/lib/records/statement";
import { rowsOf, type Db } from "../client";
import type { AuditedTx } from "../audited";
import { dutyStatements } from "../schema";
import { holdingInForceAs } from "./holdings";
import { now } from "@/lib/clock";
import { LEADER_KINDS_SQL } from "./fragments";

/** Assessment states in which a unit's result is decided (and may be reported). */
const DECIDED = sql.raw(`('decided', 'publicised', 'objection', 'final')`);

/**
 * The figures of a leader's year: units supervised that year (主管/协管); meetings they chaired and
 * inspections they led (records where they are the lead); hazards they supervised that were closed in the
 * year; trainings they took part in; accidents in the units supervised; and, once the year's assessment
 * is decided, each supervised unit's total, grade and veto. Null when the person does not exist. One query.
 */
export async function getStatementFigures(db: Db, personId: number, year: number): Promise<StatementFigures | null> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const result = await db.execute(sql`
    with sup as (
      select s.unit_id, s.kind::text as kind, u.name, u.sort_order
      from supervisions s join units u on u.id = s.unit_id
      where s.leader_id = ${personId} and s.year = ${year}
    ),
    led as (
      select r.id, r.kind::text as kind, r.title, r.occurred_on
      from record_people rp join work_records r on r.id = rp.record_id
      where rp.person_id = ${personId} and rp.role = 'lead' and r.occurred_on between ${from}::date and ${to}::date
    ),
    scheme as (select id, grade_bands from assessment_schemes where year = ${year})
    select pe.name,
      (select coalesce(json_agg(json_build_object('name', name, 'kind', kind) order by kind desc, sort_order, unit_id), '[]')::text from sup) as units,
      (select count(*) from led where kind = 'meeting')::int as meetings,
      (select coalesce(json_agg(json_build_object('title', title, 'date', occurred_on::text) order by occurred_on, id), '[]')::text
        from (select * from led where kind = 'meeting' order by occurred_on desc, id desc limit 3) m) as recent_meetings,
      (select count(*) from led where kind = 'inspection')::int as inspections,
      (select coalesce(json_agg(name order by sort_order, id), '[]')::text from (
        select distinct uu.id, uu.name, uu.sort_order from led
        join record_units ru on ru.record_id = led.id join units uu on uu.id = ru.unit_id
        where led.kind = 'inspection' and uu.kind <> 'leadership') iu) as inspected_units,
      (select count(*) from hazards h where h.supervising_leader_id = ${personId} and h.status = 'closed'
        and h.closed_on between ${from}::date and ${to}::date)::int as hazards_closed,
      (select count(*) from record_people rp join work_records r on r.id = rp.record_id
        where rp.person_id = ${personId} and r.kind = 'training' and r.occurred_on between ${from}::date and ${to}::date)::int as trainings,
      (select coalesce(json_agg(json_build_object('unitName', s.name, 'count', (
          select count(*) from accidents a where a.unit_id = s.unit_id
            and (a.occurred_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date)) order by s.kind desc, s.sort_order), '[]')::text
        from sup s) as accidents,
      (select bool_and(a.status in ${DECIDED}) from scheme join assessments a on a.scheme_id = scheme.id
        join sup on sup.unit_id = a.unit_id) as is_decided,
      (select coalesce(json_agg(json_build_object('unitName', sup.name, 'total', a.total, 'grade', a.grade, 'isVetoed', a.is_vetoed,
          'gradeLabel', (select b->>'label' from jsonb_array_elements(scheme.grade_bands) b where b->>'key' = a.grade limit 1))
          order by sup.kind desc, sup.sort_order), '[]')::text
        from scheme join assessments a on a.scheme_id = scheme.id join sup on sup.unit_id = a.unit_id
        where a.status in ${DECIDED}) as assessment
    from people pe where pe.id = ${personId}
  `);
  const r = rowsOf<Record<string, unknown>>(result)[0];
  if (!r) return null;
  const assessed = JSON.parse(String(r.assessment)) as { unitName: string; total: string | number | null; grade: string | null; gradeLabel: string | null; isVetoed: boolean }[];
  // Decided: every supervised unit assessed that year has its result (no scheme or no assessment: not yet).
  const isDecided = r.is_decided === true || r.is_decided === "t";
  return {
    year,
    name: String(r.name),
    units: JSON.parse(String(r.units)),
    meetings: { count: Number(r.meetings), recent: JSON.parse(String(r.recent_meetings)) },
    inspections: { count: Number(r.inspections), unitNames: JSON.parse(String(r.inspected_units)) },
    hazardsClosed: Number(r.hazards_closed),
    trainings: Number(r.trainings),
    accidents: JSON.parse(String(r.accidents)).map((a: { unitName: string; count: string | number }) => ({ unitName: a.unitName, count: Number(a.count) })),
    assessment: isDecided
      ? assessed.map((a) => ({ unitName: a.unitName, total: a.total == null ? null : Number(a.total), grade: a.grade, gradeLabel: a.gradeLabel, isVetoed: a.isVetoed }))
      : null,
  };
}

export type StatementLeader = { id: number; name: string };

/** Leaders a 述职 draft can be written for in a year: those who supervise units that year, or hold a
 * leadership post on `date`. With `personId`, only that person (the action's check). One query. */
export async function listStatementLeaders(db: Db, year: number, date: string, personId?: number): Promise<StatementLeader[]> {
  const only = personId != null ? sql`pe.id = ${personId}` : sql`true`;
  const result = await db.execute(sql`
    select pe.id, pe.name, min(x.rank) as rank from (
      select s.leader_id as person_id, 1 as rank from supervisions s where s.year = ${year}
      union all
      select ph.person_id, case p.kind when 'director' then 0 when 'party_secretary' then 0 else 1 end
      from post_holdings ph join posts p on p.id = ph.post_id
      where p.kind in ${LEADER_KINDS_SQL} and ${holdingInForceAs("ph", date)}
    ) x join people pe on pe.id = x.person_id
    where ${only}
    group by pe.id, pe.name
    order by rank, pe.id
  `);
  return rowsOf<{ id: number; name: string }>(result).map((r) => ({ id: Number(r.id), name: r.name }));
}

export type StoredStatement = { id: number; body: string; version: number; updatedAt: string; updatedBy: string | null };

export async function getStatement(db: Db, personId: number, year: number): Promise<StoredStatement | null> {
  const result = await db.execute(sql`
    select d.id, d.body, d.version, to_char(d.updated_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as updated_at,
      coalesce(p.name, u.username) as updated_by
    from duty_statements d left join users u on u.id = d.updated_by left join people p on p.id = u.person_id
    where d.person_id = ${personId} and d.year = ${year}
  `);
  const r = rowsOf<{ id: number; body: string; version: number; updated_at: string; updated_by: string | null }>(result)[0];
  return r ? { id: Number(r.id), body: r.body, version: Number(r.version), updatedAt: r.updated_at, updatedBy: r.updated_by } : null;
}

/** The first draft of a person's year; null when one exists already (someone was first). */
export async function insertStatement(tx: AuditedTx, s: { personId: number; year: number; body: string; updatedBy: number }) {
  const [row] = await tx.insert(dutyStatements).values(s).onConflictDoNothing().returning({ id: dutyStatements.id, version: dutyStatements.version });
  return row ?? null;
}

/** Replaces the text when the stored version is still `version`; null on a stale version. */
export async function updateStatement(tx: AuditedTx, s: { personId: number; year: number; body: string; version: number; updatedBy: number }) {
  const [row] = await tx
    .update(dutyStatements)
    .set({ body: s.body, version: sql`${dutyStatements.version} + 1`, updatedBy: s.updatedBy, updatedAt: now() })
    .where(and(eq(dutyStatements.personId, s.personId), eq(dutyStatements.year, s.year), eq(dutyStatements.version, s.version)))
    .returning({ id: dutyStatements.id, version: dutyStatements.version });
  return row ?? null;
}
