// Org administration: units, posts, holdings, 分管, people, committees. Reads take a Db (or a transaction),
// writes an AuditedTx. Every page reads a fixed number of queries: lists are joined or JSON-aggregated.
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { rowsOf, type Db } from "../client";
import type { AuditedTx } from "../audited";
import { committeeMembers, committees, people, postHoldings, posts, supervisions, units } from "../schema";
import type { NewPerson, NewUnit, Post, PostHolding, Unit } from "../schema";
import { LEADER_POST_KINDS } from "@/lib/org/post-kinds";

type HoldingType = PostHolding["type"];
type SupervisionKind = (typeof supervisions.$inferInsert)["kind"];
type CommitteeRole = (typeof committeeMembers.$inferInsert)["role"];


/** Holdings in force on `today` (or starting later): not ended before it. */
const notEndedBy = (today: string) => sql`(${postHoldings.endDate} is null or ${postHoldings.endDate} >= ${today}::date)`;

// ---------- units ----------

export type UnitListItem = Pick<Unit, "id" | "parentId" | "code" | "name" | "kind" | "group" | "sortOrder" | "isActive">;

/** Every unit, in display order: one query; the tree is built in memory. */
export async function listUnits(db: Db): Promise<UnitListItem[]> {
  return db
    .select({
      id: units.id,
      parentId: units.parentId,
      code: units.code,
      name: units.name,
      kind: units.kind,
      group: units.group,
      sortOrder: units.sortOrder,
      isActive: units.isActive,
    })
    .from(units)
    .orderBy(asc(units.sortOrder), asc(units.id));
}

export async function getUnit(db: Db, id: number): Promise<Unit | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

export async function getUnitByCode(db: Db, code: string) {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  return row;
}

/** True when `candidateParentId` is the unit itself or one of its descendants (the move would make a cycle). */
export async function wouldCreateCycle(db: Db, unitId: number, candidateParentId: number): Promise<boolean> {
  const result = await db.execute(sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from units where id = ${candidateParentId}
      union
      select u.id, u.parent_id from units u join up on u.id = up.parent_id
    )
    select exists (select 1 from up where id = ${unitId}) as "cycle"`);
  return rowsOf<{ cycle: boolean }>(result)[0]?.cycle === true;
}

export async function hasActiveChildUnits(db: Db, unitId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.parentId, unitId), eq(units.isActive, true)))
    .limit(1);
  return !!row;
}

type UnitInput = Pick<NewUnit, "name" | "code" | "kind" | "group" | "parentId">;

/** A new unit, placed after its siblings. */
export async function createUnit(tx: AuditedTx, v: UnitInput): Promise<Unit> {
  const [row] = await tx
    .insert(units)
    .values({
      ...v,
      sortOrder: sql`coalesce((select max(sort_order) from units where parent_id is not distinct from ${v.parentId ?? null}::int), 0) + 1`,
    })
    .returning();
  return row;
}

/** Optimistic update: undefined when the version moved on (someone else saved first). */
export async function updateUnit(
  tx: AuditedTx,
  id: number,
  version: number,
  patch: Partial<Pick<Unit, "name" | "code" | "kind" | "group" | "parentId" | "sortOrder" | "isActive">>,
): Promise<Unit | undefined> {
  const [row] = await tx
    .update(units)
    .set({ ...patch, version: sql`${units.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(units.id, id), eq(units.version, version)))
    .returning();
  return row;
}

// ---------- posts and holdings ----------

export type CurrentHolder = {
  holdingId: number;
  personId: number;
  name: string;
  staffNo: string;
  type: HoldingType;
  startDate: string;
  endDate: string | null;
};
export type UnitPost = Pick<Post, "id" | "name" | "kind" | "isActive" | "version"> & { holders: CurrentHolder[] };

/** A unit's posts, each with the holdings not ended by `today` (future starts included): one query. */
export async function listUnitPosts(db: Db, unitId: number, today: string): Promise<UnitPost[]> {
  return db
    .select({
      id: posts.id,
      name: posts.name,
      kind: posts.kind,
      isActive: posts.isActive,
      version: posts.version,
      // Written out: in a one-table select Drizzle renders ${posts.id} unqualified, which the subquery would misread.
      holders: sql<CurrentHolder[]>`coalesce((
        select json_agg(json_build_object(
          'holdingId', h.id, 'personId', pe.id, 'name', pe.name, 'staffNo', pe.staff_no,
          'type', h.type, 'startDate', h.start_date, 'endDate', h.end_date
        ) order by h.type, h.start_date, h.id)
        from post_holdings h join people pe on pe.id = h.person_id
        where h.post_id = "posts"."id" and (h.end_date is null or h.end_date >= ${today}::date)
      ), '[]'::json)`,
    })
    .from(posts)
    .where(eq(posts.unitId, unitId))
    .orderBy(asc(posts.sortOrder), asc(posts.id));
}

export async function getPost(db: Db, id: number): Promise<Post | undefined> {
  const [row] = await db.select().from(posts).where(eq(posts.id, id));
  return row;
}

export async function postHasCurrentHolders(db: Db, postId: number, today: string): Promise<boolean> {
  const [row] = await db
    .select({ id: postHoldings.id })
    .from(postHoldings)
    .where(and(eq(postHoldings.postId, postId), notEndedBy(today)))
    .limit(1);
  return !!row;
}

export async function createPost(tx: AuditedTx, v: { unitId: number; name: string; kind: Post["kind"] }): Promise<Post> {
  const [row] = await tx
    .insert(posts)
    .values({
      ...v,
      sortOrder: sql`coalesce((select max(sort_order) from posts where unit_id = ${v.unitId}::int), 0) + 1`,
    })
    .returning();
  return row;
}

/** Flips a post's status; undefined when it was already in that state (a concurrent change). */
export async function setPostActive(tx: AuditedTx, id: number, isActive: boolean): Promise<Post | undefined> {
  const [row] = await tx
    .update(posts)
    .set({ isActive, version: sql`${posts.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(posts.id, id), eq(posts.isActive, !isActive)))
    .returning();
  return row;
}

export async function getHolding(db: Db, id: number): Promise<PostHolding | undefined> {
  const [row] = await db.select().from(postHoldings).where(eq(postHoldings.id, id));
  return row;
}

export async function personHoldsPost(db: Db, personId: number, postId: number, today: string): Promise<boolean> {
  const [row] = await db
    .select({ id: postHoldings.id })
    .from(postHoldings)
    .where(and(eq(postHoldings.personId, personId), eq(postHoldings.postId, postId), notEndedBy(today)))
    .limit(1);
  return !!row;
}

export async function createHolding(
  tx: AuditedTx,
  v: { personId: number; postId: number; type: HoldingType; startDate: string },
): Promise<PostHolding> {
  const [row] = await tx.insert(postHoldings).values(v).returning();
  return row;
}

/** Ends an open holding; undefined when it was already ended. */
export async function endHolding(tx: AuditedTx, id: number, endDate: string): Promise<PostHolding | undefined> {
  const [row] = await tx
    .update(postHoldings)
    .set({ endDate, updatedAt: sql`now()` })
    .where(and(eq(postHoldings.id, id), isNull(postHoldings.endDate)))
    .returning();
  return row;
}

// ---------- 分管 ----------

export async function listUnitSupervisions(db: Db, unitId: number) {
  return db
    .select({
      id: supervisions.id,
      year: supervisions.year,
      kind: supervisions.kind,
      leaderId: people.id,
      leaderName: people.name,
    })
    .from(supervisions)
    .innerJoin(people, eq(people.id, supervisions.leaderId))
    .where(eq(supervisions.unitId, unitId))
    .orderBy(desc(supervisions.year), asc(supervisions.kind), asc(people.name), asc(supervisions.id));
}

/** People holding a leadership post (局长, 党组书记, 副局长, 总工程师) on `today`: the 分管 candidates. */
export async function listLeaderOptions(db: Db, today: string) {
  return db
    .selectDistinct({ id: people.id, name: people.name, staffNo: people.staffNo })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .innerJoin(people, eq(people.id, postHoldings.personId))
    .where(
      and(
        inArray(posts.kind, [...LEADER_POST_KINDS]),
        eq(people.isActive, true),
        sql`${postHoldings.startDate} <= ${today}::date`,
        notEndedBy(today),
      ),
    )
    .orderBy(asc(people.staffNo));
}

export async function getSupervision(db: Db, id: number) {
  const [row] = await db.select().from(supervisions).where(eq(supervisions.id, id));
  return row;
}

export async function createSupervision(
  tx: AuditedTx,
  v: { year: number; leaderId: number; unitId: number; kind: SupervisionKind },
) {
  const [row] = await tx.insert(supervisions).values(v).returning();
  return row;
}

export async function deleteSupervision(tx: AuditedTx, id: number) {
  const [row] = await tx.delete(supervisions).where(eq(supervisions.id, id)).returning();
  return row;
}

// ---------- people ----------

export type PersonListItem = {
  id: number;
  staffNo: string;
  name: string;
  isActive: boolean;
  posts: { unitId: number; unitName: string; postName: string; type: HoldingType }[];
};

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of people matching a name or staff-number fragment, with their current posts: two queries. */
export async function listPeople(
  db: Db,
  opts: { q: string; page: number; pageSize: number; today: string },
): Promise<{ rows: PersonListItem[]; total: number }> {
  const where = opts.q
    ? sql`where p.name ilike ${likePattern(opts.q)} or p.staff_no ilike ${likePattern(opts.q)}`
    : sql``;
  const offset = (opts.page - 1) * opts.pageSize;
  const [list, count] = await Promise.all([
    db.execute(sql`
      select p.id, p.staff_no as "staffNo", p.name, p.is_active as "isActive",
        coalesce((
          select json_agg(json_build_object('unitId', u.id, 'unitName', u.name, 'postName', po.name, 'type', h.type)
                          order by h.type, u.sort_order, po.sort_order)
          from post_holdings h join posts po on po.id = h.post_id join units u on u.id = po.unit_id
          where h.person_id = p.id and h.start_date <= ${opts.today}::date
            and (h.end_date is null or h.end_date >= ${opts.today}::date)
        ), '[]'::json) as "posts"
      from people p ${where}
      order by p.staff_no, p.id
      limit ${opts.pageSize} offset ${offset}`),
    db.execute(sql`select count(*)::int as "total" from people p ${where}`),
  ]);
  return { rows: rowsOf<PersonListItem>(list), total: rowsOf<{ total: number }>(count)[0]?.total ?? 0 };
}

export async function getPerson(db: Db, id: number) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

export async function getPersonByStaffNo(db: Db, staffNo: string) {
  const [row] = await db.select().from(people).where(eq(people.staffNo, staffNo));
  return row;
}

export async function personHasCurrentHoldings(db: Db, personId: number, today: string): Promise<boolean> {
  const [row] = await db
    .select({ id: postHoldings.id })
    .from(postHoldings)
    .where(and(eq(postHoldings.personId, personId), notEndedBy(today)))
    .limit(1);
  return !!row;
}

export async function createPerson(tx: AuditedTx, v: Pick<NewPerson, "staffNo" | "name" | "phone">) {
  const [row] = await tx.insert(people).values(v).returning();
  return row;
}

/** Optimistic update: undefined when the version moved on. */
export async function updatePerson(
  tx: AuditedTx,
  id: number,
  version: number,
  patch: Partial<Pick<NewPerson, "staffNo" | "name" | "phone" | "isActive">>,
) {
  const [row] = await tx
    .update(people)
    .set({ ...patch, version: sql`${people.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(people.id, id), eq(people.version, version)))
    .returning();
  return row;
}

// ---------- committee ----------

/** Every year's committee, newest first (a handful of rows): for the year selector and next year's defaults. */
export async function listCommittees(db: Db) {
  return db
    .select({ id: committees.id, year: committees.year, name: committees.name, officeUnitId: committees.officeUnitId })
    .from(committees)
    .orderBy(desc(committees.year));
}

/** The year's committee with its office unit and members (inactive included): two queries. */
export async function getCommitteeByYear(db: Db, year: number) {
  const [committee] = await db
    .select({
      id: committees.id,
      year: committees.year,
      name: committees.name,
      officeUnitId: units.id,
      officeUnitName: units.name,
    })
    .from(committees)
    .innerJoin(units, eq(units.id, committees.officeUnitId))
    .where(eq(committees.year, year));
  if (!committee) return undefined;
  const members = await db
    .select({
      id: committeeMembers.id,
      role: committeeMembers.role,
      isActive: committeeMembers.isActive,
      personId: people.id,
      name: people.name,
      staffNo: people.staffNo,
    })
    .from(committeeMembers)
    .innerJoin(people, eq(people.id, committeeMembers.personId))
    .where(eq(committeeMembers.committeeId, committee.id))
    .orderBy(
      desc(committeeMembers.isActive),
      sql`array_position(array['chair','executive_vice_chair','vice_chair','office_director','member','liaison']::text[], ${committeeMembers.role}::text)`,
      asc(people.staffNo),
    );
  return { committee, members };
}

export async function getCommittee(db: Db, id: number) {
  const [row] = await db.select().from(committees).where(eq(committees.id, id));
  return row;
}

export async function getCommitteeMember(db: Db, id: number) {
  const [row] = await db
    .select({ member: committeeMembers, year: committees.year })
    .from(committeeMembers)
    .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
    .where(eq(committeeMembers.id, id));
  return row;
}

export async function findCommitteeSeat(db: Db, committeeId: number, personId: number) {
  const [row] = await db
    .select({ id: committeeMembers.id, isActive: committeeMembers.isActive })
    .from(committeeMembers)
    .where(and(eq(committeeMembers.committeeId, committeeId), eq(committeeMembers.personId, personId)));
  return row;
}

/** True when an active member already holds `role` in the committee. */
export async function committeeRoleTaken(db: Db, committeeId: number, role: CommitteeRole): Promise<boolean> {
  const [row] = await db
    .select({ id: committeeMembers.id })
    .from(committeeMembers)
    .where(and(eq(committeeMembers.committeeId, committeeId), eq(committeeMembers.role, role), eq(committeeMembers.isActive, true)))
    .limit(1);
  return !!row;
}

export async function createCommittee(tx: AuditedTx, v: { year: number; name: string; officeUnitId: number }) {
  const [row] = await tx.insert(committees).values(v).returning();
  return row;
}

export async function createCommitteeMember(tx: AuditedTx, v: { committeeId: number; personId: number; role: CommitteeRole }) {
  const [row] = await tx.insert(committeeMembers).values(v).returning();
  return row;
}

/** Flips a seat's status; undefined when it was already in that state. */
export async function setCommitteeMemberActive(tx: AuditedTx, id: number, isActive: boolean) {
  const [row] = await tx
    .update(committeeMembers)
    .set({ isActive, updatedAt: sql`now()` })
    .where(and(eq(committeeMembers.id, id), eq(committeeMembers.isActive, !isActive)))
    .returning();
  return row;
}
