// Pledges (责任书 / 承诺书) of the 层层签订 cascade: the reads and writes generation is made of (the use-case
// is server/pledges/generate.ts), signatures, and the reads for the pledge pages and the signing board.
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { rowsOf, type Db } from "../client";
import type { AuditedTx } from "../audited";
import { listVersionItems, people, pledgeSignatures, pledges, units, users, type PledgeSignature } from "../schema";
import { now as clockNow } from "@/lib/clock";
import type { PledgeStatus } from "@/lib/pledges/signing";
import type { UnitIndicatorTarget } from "@/lib/pledges/targets";
import { cascadePairs } from "./cascade";

export type PledgeLevel = 1 | 2 | 3;

/** One signing relation of the cascade as the pledge generator needs it: the parties as they stand on the
 * org date, party B's published list (if any) and whether the relation already has a pledge. */
export type PledgePair = {
  level: PledgeLevel;
  a_id: number;
  a_name: string;
  a_post: string;
  a_unit: string;
  b_id: number;
  b_name: string;
  b_post: string;
  b_unit: string;
  unit_id: number;
  unit_name: string;
  list_id: number | null;
  version_id: number | null;
  has_pledge: boolean;
  bureau: string | null;
};

/** One generator per year at a time: two office users generating at once would both see "no pledge yet". */
export async function lockPledgeGeneration(tx: AuditedTx, year: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(72700002, ${year})`);
}

/**
 * The cascade's relations of the year on the org date `d` (db/queries/cascade.ts: 局长 ↔ each other leader,
 * each 主管 leader ↔ the heads of the unit, the unit's principal head ↔ each deputy and staff member per
 * post), with party B's published list — their leader list (1), the unit's list (2), their post's list (3) —
 * and whether a pledge (not superseded) already exists. One query; sorted by level, unit, A and B.
 */
export async function listPledgePairs(db: Db, year: number, d: string): Promise<PledgePair[]> {
  const result = await db.execute(sql`
    with ${cascadePairs(year, d)}
    select distinct on (x.k)
      x.level, x.a_id, pa.name as a_name, x.a_post, x.a_unit, x.b_id, pb.name as b_name, x.b_post, x.unit_name as b_unit,
      x.unit_id, x.unit_name, l.id as list_id, v.id as version_id,
      exists (
        select 1 from pledges pl
        where pl.year = ${year} and pl.level = x.level and pl.party_a_id = x.a_id and pl.party_b_id = x.b_id
          and pl.unit_id = x.unit_id and pl.status <> 'superseded'
          and (x.level <> 3 or pl.list_id is not distinct from l.id)
      ) as has_pledge,
      (select name from units where kind = 'bureau' and parent_id is null order by id limit 1) as bureau
    from pairs x
    join people pa on pa.id = x.a_id
    join people pb on pb.id = x.b_id
    left join responsibility_lists l on l.year = ${year} and (
      (x.level = 1 and l.owner_type = 'leader' and l.leader_id = x.b_id)
      or (x.level = 2 and l.owner_type = 'unit' and l.unit_id = x.unit_id and l.post_id is null and l.leader_id is null)
      or (x.level = 3 and l.owner_type = 'post' and l.post_id = x.post_id)
    )
    left join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
    where x.level > 0
    order by x.k, v.id desc nulls last
  `);
  return rowsOf<PledgePair>(result).sort(
    (p, q) => p.level - q.level || p.unit_id - q.unit_id || p.a_id - q.a_id || p.b_id - q.b_id,
  );
}

/** The items of published list versions, in list order: what a pledge's 责任内容 is made of. */
export async function listItemsOfVersions(db: Db, versionIds: number[]) {
  if (!versionIds.length) return [];
  return db
    .select({
      versionId: listVersionItems.versionId,
      text: listVersionItems.text,
      category: listVersionItems.category,
      responsibilityType: listVersionItems.responsibilityType,
      standard: listVersionItems.standard,
      sortOrder: listVersionItems.sortOrder,
    })
    .from(listVersionItems)
    .where(inArray(listVersionItems.versionId, versionIds))
    .orderBy(asc(listVersionItems.versionId), asc(listVersionItems.sortOrder), asc(listVersionItems.id));
}

/**
 * The control indicators set for each unit in the year's scheme once approved (a staff 承诺书's unit
 * targets, lib/pledges/targets.ts): by unit, in the scheme's order. One query.
 */
export async function listUnitIndicatorTargets(db: Db, year: number, unitIds: number[]) {
  const out = new Map<number, UnitIndicatorTarget[]>();
  if (!unitIds.length) return out;
  const rows = rowsOf<UnitIndicatorTarget & { unit_id: number }>(
    await db.execute(sql`
      select v.unit_id, i.name, i.measure, i.direction::text as direction, v.target::float8 as target
      from indicator_values v
      join indicators i on i.id = v.indicator_id
      join assessment_schemes s on s.id = i.scheme_id
      where s.year = ${year} and s.status <> 'draft' and v.unit_id = any(${`{${unitIds.filter(Number.isInteger).join(",")}}`}::int[])
      order by v.unit_id, i.sort_order, i.id`),
  );
  for (const { unit_id, ...t } of rows) out.set(unit_id, [...(out.get(unit_id) ?? []), t]);
  return out;
}

/** Inserts pledges in one statement; returns their ids and levels. */
export async function createPledges(tx: AuditedTx, values: (typeof pledges.$inferInsert)[]) {
  if (!values.length) return [];
  return tx.insert(pledges).values(values).returning({ id: pledges.id, level: pledges.level });
}

const partyA = alias(people, "party_a");
const partyB = alias(people, "party_b");
const signA = alias(pledgeSignatures, "sign_a");
const signB = alias(pledgeSignatures, "sign_b");

/** One row per pledge: parties, unit, status and when each side signed. */
const summaryColumns = {
  id: pledges.id,
  year: pledges.year,
  level: pledges.level,
  kind: pledges.kind,
  title: pledges.title,
  partyAId: pledges.partyAId,
  partyAName: partyA.name,
  partyBId: pledges.partyBId,
  partyBName: partyB.name,
  unitId: pledges.unitId,
  unitName: units.name,
  listId: pledges.listId,
  status: pledges.status,
  signedAAt: signA.signedAt,
  signedBAt: signB.signedAt,
};

function summaries(db: Db) {
  return db
    .select(summaryColumns)
    .from(pledges)
    .innerJoin(partyA, eq(partyA.id, pledges.partyAId))
    .innerJoin(partyB, eq(partyB.id, pledges.partyBId))
    .leftJoin(units, eq(units.id, pledges.unitId))
    .leftJoin(signA, and(eq(signA.pledgeId, pledges.id), eq(signA.party, "a")))
    .leftJoin(signB, and(eq(signB.pledgeId, pledges.id), eq(signB.party, "b")));
}

export type PledgeSummary = Awaited<ReturnType<typeof listPledgesOfYear>>[number];

/** Every pledge of a year (the signing board): one query. */
export async function listPledgesOfYear(db: Db, year: number) {
  return summaries(db)
    .where(eq(pledges.year, year))
    .orderBy(asc(pledges.level), asc(units.sortOrder), asc(pledges.unitId), asc(pledges.partyAId), asc(pledges.id));
}

/** The pledges where the person is party A or B in the year, superseded ones last. */
export async function listPledgesForPerson(db: Db, personId: number, year: number) {
  return summaries(db)
    .where(and(eq(pledges.year, year), or(eq(pledges.partyAId, personId), eq(pledges.partyBId, personId))))
    .orderBy(
      sql`case when ${pledges.status} = 'superseded' then 1 else 0 end`,
      asc(pledges.level),
      asc(units.sortOrder),
      asc(pledges.id),
    );
}

/** A pledge with its parties, unit and signatures (two queries); undefined when there is none. */
export async function getPledge(db: Db, id: number) {
  const [pledge] = await db
    .select({
      ...summaryColumns,
      targets: pledges.targets,
      content: pledges.content,
      contentHash: pledges.contentHash,
      replacesId: pledges.replacesId,
      version: pledges.version,
      createdAt: pledges.createdAt,
    })
    .from(pledges)
    .innerJoin(partyA, eq(partyA.id, pledges.partyAId))
    .innerJoin(partyB, eq(partyB.id, pledges.partyBId))
    .leftJoin(units, eq(units.id, pledges.unitId))
    .leftJoin(signA, and(eq(signA.pledgeId, pledges.id), eq(signA.party, "a")))
    .leftJoin(signB, and(eq(signB.pledgeId, pledges.id), eq(signB.party, "b")))
    .where(eq(pledges.id, id));
  if (!pledge) return undefined;
  const signatures = await db
    .select({
      id: pledgeSignatures.id,
      party: pledgeSignatures.party,
      signerUserId: pledgeSignatures.signerUserId,
      signerPersonId: pledgeSignatures.signerPersonId,
      signerName: sql<string>`coalesce(${people.name}, ${users.username})`,
      signerPost: pledgeSignatures.signerPost,
      contentHash: pledgeSignatures.contentHash,
      method: pledgeSignatures.method,
      signedAt: pledgeSignatures.signedAt,
    })
    .from(pledgeSignatures)
    .innerJoin(users, eq(users.id, pledgeSignatures.signerUserId))
    .leftJoin(people, eq(people.id, pledgeSignatures.signerPersonId))
    .where(eq(pledgeSignatures.pledgeId, id))
    .orderBy(asc(pledgeSignatures.signedAt), asc(pledgeSignatures.id));
  return { ...pledge, status: pledge.status as PledgeStatus, signatures };
}

export type PledgeDetail = NonNullable<Awaited<ReturnType<typeof getPledge>>>;

/** The parties and scope of a pledge, for permission checks: one small query. */
export async function getPledgeParties(db: Db, id: number) {
  const [row] = await db
    .select({ id: pledges.id, year: pledges.year, partyAId: pledges.partyAId, partyBId: pledges.partyBId, unitId: pledges.unitId, status: pledges.status })
    .from(pledges)
    .where(eq(pledges.id, id));
  return row ? { ...row, status: row.status as PledgeStatus } : undefined;
}

/** One signature per pledge and party: a double submit finds the first one. */
export async function createPledgeSignature(
  tx: AuditedTx,
  s: Omit<PledgeSignature, "id" | "createdAt" | "updatedAt">,
): Promise<{ signature: PledgeSignature; isNew: boolean }> {
  const [row] = await tx.insert(pledgeSignatures).values(s).onConflictDoNothing().returning();
  if (row) return { signature: row, isNew: true };
  const [existing] = await tx
    .select()
    .from(pledgeSignatures)
    .where(and(eq(pledgeSignatures.pledgeId, s.pledgeId), eq(pledgeSignatures.party, s.party)));
  return { signature: existing, isNew: false };
}

/** Moves a pledge from one of `from` to `to`; null when it was in none of them (someone was first). */
export async function updatePledgeStatus(tx: AuditedTx, id: number, from: PledgeStatus[], to: PledgeStatus) {
  const [row] = await tx
    .update(pledges)
    .set({ status: to, version: sql`${pledges.version} + 1`, updatedAt: clockNow() })
    .where(and(eq(pledges.id, id), inArray(pledges.status, from)))
    .returning({ id: pledges.id, status: pledges.status });
  return row ?? null;
}

/** How many pledges a year has, per level and kind (tests, tools). */
export async function countPledgesByLevel(db: Db, year: number) {
  const rows = await db
    .select({ level: pledges.level, kind: pledges.kind, n: sql<number>`count(*)::int` })
    .from(pledges)
    .where(eq(pledges.year, year))
    .groupBy(pledges.level, pledges.kind)
    .orderBy(asc(pledges.level), desc(pledges.kind));
  return rows;
}
