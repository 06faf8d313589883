// Hazards (隐患): the scoped, filtered ledger (one query with its total), a hazard with its history, and the
// writes — create, each workflow step as one guarded UPDATE, and 挂牌督办 with the 五到位 plan.
import { aliasedTable, and, asc, desc, eq, inArray, lt, ne, sql, type SQL } from "drizzle-orm";
import type { HazardLevel, HazardStatus, HazardStep } from "@/lib/records/hazard-workflow";
import type { UnitScope } from "@/lib/records/scope";
import type { AuditedTx } from "../audited";
import type { Db } from "../client";
import {
  hazardEvents,
  hazards,
  people,
  postHoldings,
  posts,
  recordPeople,
  recordUnits,
  units,
  users,
  workRecords,
  type HazardPlanJson,
} from "../schema";
import { holdingInForce } from "./holdings";
import { now } from "@/lib/clock";
import { LEADER_POST_KINDS } from "@/lib/org/post-kinds";

export type HazardFilter = {
  status?: HazardStatus;
  level?: HazardLevel;
  unitId?: number;
  overdue?: boolean;
  page: number;
  pageSize: number;
};

const inScope = (scope: UnitScope): SQL | undefined =>
  scope === "all" ? undefined : inArray(hazards.unitId, scope.length ? scope : [-1]);

const overdueSql = (today: string) =>
  sql<boolean>`(${hazards.status} <> 'closed' and ${hazards.deadline} < ${today}::date)`;

/** The ledger a viewer may see, filtered and paginated: one query (the total rides along as a window count). */
export async function listHazards(db: Db, scope: UnitScope, f: HazardFilter, today: string) {
  const owner = aliasedTable(people, "owner");
  const where = [
    inScope(scope),
    f.status ? eq(hazards.status, f.status) : undefined,
    f.level ? eq(hazards.level, f.level) : undefined,
    f.unitId ? eq(hazards.unitId, f.unitId) : undefined,
    f.overdue ? and(ne(hazards.status, "closed"), lt(hazards.deadline, today)) : undefined,
  ].filter((w): w is SQL => !!w);
  const rows = await db
    .select({
      id: hazards.id,
      title: hazards.title,
      level: hazards.level,
      status: hazards.status,
      isSupervised: hazards.isSupervised,
      foundOn: hazards.foundOn,
      deadline: hazards.deadline,
      closedOn: hazards.closedOn,
      unitId: hazards.unitId,
      unitName: units.name,
      ownerName: owner.name,
      isOverdue: overdueSql(today),
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(hazards)
    .innerJoin(units, eq(units.id, hazards.unitId))
    .leftJoin(owner, eq(owner.id, hazards.ownerPersonId))
    .where(where.length ? and(...where) : undefined)
    // Overdue first, then the nearest deadline: what needs chasing is on top.
    .orderBy(desc(overdueSql(today)), asc(hazards.deadline), asc(hazards.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows, total: rows[0]?.total ?? 0, page: f.page, pageSize: f.pageSize };
}

/** Units a hazard may be entered for or filtered by: active assessed-kind units, narrowed to the scope. */
export async function listHazardUnits(db: Db, scope: UnitScope) {
  return db
    .select({ id: units.id, name: units.name, code: units.code })
    .from(units)
    .where(
      and(
        eq(units.isActive, true),
        inArray(units.kind, ["section", "affiliated", "branch"]),
        scope === "all" ? undefined : inArray(units.id, scope.length ? scope : [-1]),
      ),
    )
    .orderBy(asc(units.sortOrder), asc(units.id));
}

/** People holding a post in the unit on `date` (the hazard's owner is one of them). */
export async function listUnitPeople(db: Db, unitId: number, date: string) {
  return db
    .selectDistinctOn([people.id], { id: people.id, name: people.name, staffNo: people.staffNo })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .innerJoin(people, eq(people.id, postHoldings.personId))
    .where(and(eq(posts.unitId, unitId), eq(people.isActive, true), holdingInForce(date)))
    .orderBy(asc(people.id));
}

/** Bureau leaders on `date` (局长, 党组书记, 副局长, 总工程师): who may supervise a 挂牌督办 hazard. */
export async function listLeaders(db: Db, date: string) {
  return db
    .selectDistinctOn([people.id], { id: people.id, name: people.name, post: posts.name })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .innerJoin(people, eq(people.id, postHoldings.personId))
    .where(
      and(
        inArray(posts.kind, [...LEADER_POST_KINDS]),
        holdingInForce(date),
      ),
    )
    .orderBy(asc(people.id));
}

/** The hazard's unit, for the permission check (never the id the client sent). */
export async function getHazardTarget(db: Db, hazardId: number) {
  const [row] = await db.select({ unitId: hazards.unitId }).from(hazards).where(eq(hazards.id, hazardId));
  return row ? { unitIds: [row.unitId] } : undefined;
}

/** One hazard with names, and its steps (two queries). */
export async function getHazard(db: Db, hazardId: number) {
  const owner = aliasedTable(people, "owner");
  const leader = aliasedTable(people, "leader");
  const acceptor = aliasedTable(people, "acceptor");
  const [row] = await db
    .select({
      hazard: hazards,
      unitName: units.name,
      ownerName: owner.name,
      leaderName: leader.name,
      recordTitle: workRecords.title,
      acceptedByName: sql<string | null>`coalesce(${acceptor.name}, ${users.username})`,
    })
    .from(hazards)
    .innerJoin(units, eq(units.id, hazards.unitId))
    .leftJoin(owner, eq(owner.id, hazards.ownerPersonId))
    .leftJoin(leader, eq(leader.id, hazards.supervisingLeaderId))
    .leftJoin(workRecords, eq(workRecords.id, hazards.recordId))
    .leftJoin(users, eq(users.id, hazards.acceptedBy))
    .leftJoin(acceptor, eq(acceptor.id, users.personId))
    .where(eq(hazards.id, hazardId));
  if (!row) return undefined;
  const actor = aliasedTable(people, "actor");
  const events = await db
    .select({
      id: hazardEvents.id,
      step: hazardEvents.step,
      fromStatus: hazardEvents.fromStatus,
      toStatus: hazardEvents.toStatus,
      comment: hazardEvents.comment,
      at: hazardEvents.createdAt,
      actorName: sql<string | null>`coalesce(${actor.name}, ${users.username})`,
    })
    .from(hazardEvents)
    .leftJoin(users, eq(users.id, hazardEvents.actorUserId))
    .leftJoin(actor, eq(actor.id, users.personId))
    .where(eq(hazardEvents.hazardId, hazardId))
    .orderBy(asc(hazardEvents.id));
  return { ...row, events };
}

export type HazardDetail = NonNullable<Awaited<ReturnType<typeof getHazard>>>;

/** A work record's units and whether the person took part: the record.view check of a link to it. */
export async function getRecordLinkTarget(db: Db, recordId: number, personId: number | null) {
  const [row] = await db
    .select({
      unitId: workRecords.unitId,
      concerned: sql<
        number[]
      >`coalesce((select array_agg(ru.unit_id) from ${recordUnits} ru where ru.record_id = ${workRecords.id}), '{}')`,
      isParticipant: sql<boolean>`exists (select 1 from ${recordPeople} rp where rp.record_id = ${workRecords.id} and rp.person_id = ${personId ?? -1})`,
    })
    .from(workRecords)
    .where(eq(workRecords.id, recordId));
  if (!row) return undefined;
  return { unitIds: [row.unitId, ...row.concerned.map(Number)], personId: row.isParticipant ? personId : null };
}

export type NewHazard = {
  title: string;
  description: string;
  unitId: number;
  level: HazardLevel;
  foundOn: string;
  deadline: string;
  ownerPersonId: number;
  recordId: number | null;
};

export async function createHazard(tx: AuditedTx, h: NewHazard, userId: number) {
  const [row] = await tx
    .insert(hazards)
    .values({ ...h, status: "open", createdBy: userId })
    .returning();
  await tx
    .insert(hazardEvents)
    .values({ hazardId: row.id, step: "create", fromStatus: "", toStatus: "open", actorUserId: userId });
  return row;
}

/**
 * One workflow step: moves the hazard from `from` to `to` only if it is still in `from` at `version`
 * (null when someone was first), records the step with its comment. Acceptance stamps who and when (销号);
 * submitting for acceptance stamps the rectification date.
 */
export async function stepHazard(
  tx: AuditedTx,
  s: {
    hazardId: number;
    version: number;
    step: HazardStep;
    from: HazardStatus;
    to: HazardStatus;
    comment: string | null;
    userId: number;
    today: string;
    rectifiedOn?: string | null;
  },
) {
  const stamps =
    s.step === "accept"
      ? { acceptedBy: s.userId, closedOn: s.today }
      : s.step === "submit"
        ? { rectifiedOn: s.rectifiedOn ?? s.today }
        : s.step === "return"
          ? { rectifiedOn: null }
          : {};
  const [row] = await tx
    .update(hazards)
    .set({ ...stamps, status: s.to, version: sql`${hazards.version} + 1`, updatedAt: now() })
    .where(and(eq(hazards.id, s.hazardId), eq(hazards.status, s.from), eq(hazards.version, s.version)))
    .returning();
  if (!row) return null;
  await tx
    .insert(hazardEvents)
    .values({
      hazardId: s.hazardId,
      step: s.step,
      fromStatus: s.from,
      toStatus: s.to,
      actorUserId: s.userId,
      comment: s.comment,
    });
  return row;
}

/** 挂牌督办: a major hazard not yet closed, at `version`, gets the plan and the supervising leader. */
export async function superviseHazard(
  tx: AuditedTx,
  s: { hazardId: number; version: number; plan: HazardPlanJson; leaderId: number; userId: number },
) {
  const [row] = await tx
    .update(hazards)
    .set({
      isSupervised: true,
      plan: s.plan,
      supervisingLeaderId: s.leaderId,
      version: sql`${hazards.version} + 1`,
      updatedAt: now(),
    })
    .where(
      and(
        eq(hazards.id, s.hazardId),
        eq(hazards.level, "major"),
        ne(hazards.status, "closed"),
        eq(hazards.version, s.version),
      ),
    )
    .returning();
  if (!row) return null;
  await tx
    .insert(hazardEvents)
    .values({
      hazardId: s.hazardId,
      step: "supervise",
      fromStatus: row.status,
      toStatus: row.status,
      actorUserId: s.userId,
    });
  return row;
}
