// Pledges (责任书 / 承诺书) of the 层层签订 cascade: generation from the published lists, signatures and the
// reads for the pledge pages and the signing board. Generation is three queries and one bulk insert
// whatever the size of the organisation.
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { rowsOf, type Db } from "../client";
import type { AuditedTx } from "../audited";
import { listVersionItems, people, pledgeSignatures, pledges, units, users, type PledgeSignature } from "../schema";
import { now as clockNow, orgDateOf, shanghaiDate } from "@/lib/clock";
import { DEFAULT_TARGETS, renderPledge, targetLines, type PledgeKind } from "@/lib/pledges/render";
import type { PledgeStatus } from "@/lib/pledges/signing";
import { holdingInForceAs } from "./holdings";
import { LEADER_KINDS_SQL } from "./fragments";

export type PledgeLevel = 1 | 2 | 3;
export type GenerateResult = {
  year: number;
  /** Pledges created now, per level. */
  created: Record<PledgeLevel, number>;
  /** Pairs left out because party B has no published list, per level. */
  skipped: Record<PledgeLevel, number>;
  /** Pairs that already had a pledge this year. */
  existing: number;
  ids: number[];
};

type PairRow = {
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

/**
 * Creates the year's pledges that do not exist yet: level 1 局长 ↔ each other leader (责任书, B's leader
 * list); level 2 each leader ↔ the head(s) of each unit they supervise as 主管 (责任书, the unit's list);
 * level 3 each unit's head ↔ each deputy and staff member of the unit (承诺书, B's post list). Holders are
 * read on `orgDateOf(year, shanghaiDate(now))` (lib/clock.ts); a pair whose B has no published list is skipped and counted.
 */
export async function generatePledges(tx: AuditedTx, year: number, now: Date, targets?: string | null): Promise<GenerateResult> {
  // Two office users generating at once would both see "no pledge yet": one generator per year at a time.
  await tx.execute(sql`select pg_advisory_xact_lock(72700002, ${year})`);
  const d = orgDateOf(year, shanghaiDate(now));
  const result = await tx.execute(sql`
    with held as (
      select ph.person_id, ph.type, p.id as post_id, p.name as post_name, p.kind, p.sort_order as post_order,
        u.id as unit_id, u.name as unit_name, u.sort_order as unit_order,
        case ph.type when 'primary' then 0 when 'acting' then 1 else 2 end as type_rank
      from post_holdings ph
      join posts p on p.id = ph.post_id and p.is_active
      join units u on u.id = p.unit_id and u.is_active
      where ${holdingInForceAs("ph", d)}
    ),
    lead as (
      select distinct on (person_id) * from held
      where kind in ${LEADER_KINDS_SQL}
      order by person_id, type_rank, post_order
    ),
    director as (
      select * from lead where kind = 'director' order by type_rank, person_id limit 1
    ),
    heads as (select * from held where kind = 'head'),
    -- One head per unit signs the unit's 承诺书: the primary holder before an acting or concurrent one.
    principal as (select distinct on (unit_id) * from heads order by unit_id, type_rank, person_id),
    pairs as (
      select 1 as level, a.person_id as a_id, a.post_name as a_post, a.unit_name as a_unit,
        b.person_id as b_id, b.post_name as b_post, b.unit_name as b_unit, b.unit_id, b.unit_name as pledge_unit,
        b.unit_order, 0 as post_order, 'leader' as owner_type, null::int as post_id
      from director a join lead b on b.person_id <> a.person_id
      union all
      select 2, s.leader_id, coalesce(a.post_name, ''), coalesce(a.unit_name, ''),
        h.person_id, h.post_name, h.unit_name, h.unit_id, h.unit_name, h.unit_order, h.post_order, 'unit', null
      from supervisions s
      join heads h on h.unit_id = s.unit_id and h.person_id <> s.leader_id
      left join lead a on a.person_id = s.leader_id
      where s.year = ${year} and s.kind = 'primary'
      union all
      select 3, a.person_id, a.post_name, a.unit_name,
        b.person_id, b.post_name, b.unit_name, b.unit_id, b.unit_name, b.unit_order, b.post_order, 'post', b.post_id
      from principal a
      join held b on b.unit_id = a.unit_id and b.kind in ('deputy_head', 'staff') and b.person_id <> a.person_id
    )
    select distinct on (x.level, x.a_id, x.b_id, x.unit_id, x.post_id)
      x.level, x.a_id, pa.name as a_name, x.a_post, x.a_unit, x.b_id, pb.name as b_name, x.b_post, x.b_unit,
      x.unit_id, x.pledge_unit as unit_name, l.id as list_id, v.id as version_id,
      exists (
        select 1 from pledges pl
        where pl.year = ${year} and pl.level = x.level and pl.party_a_id = x.a_id and pl.party_b_id = x.b_id
          and pl.unit_id = x.unit_id and pl.status <> 'superseded'
          and (x.owner_type <> 'post' or pl.list_id is not distinct from l.id)
      ) as has_pledge,
      (select name from units where kind = 'bureau' and parent_id is null order by id limit 1) as bureau
    from pairs x
    join people pa on pa.id = x.a_id and pa.is_active
    join people pb on pb.id = x.b_id and pb.is_active
    left join responsibility_lists l on l.year = ${year} and l.owner_type::text = x.owner_type and (
      (x.owner_type = 'leader' and l.leader_id = x.b_id)
      or (x.owner_type = 'unit' and l.unit_id = x.unit_id and l.post_id is null and l.leader_id is null)
      or (x.owner_type = 'post' and l.post_id = x.post_id)
    )
    left join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
    order by x.level, x.a_id, x.b_id, x.unit_id, x.post_id, v.id desc nulls last
  `);
  const rows = rowsOf<PairRow>(result).sort(
    (p, q) => p.level - q.level || p.unit_id - q.unit_id || p.a_id - q.a_id || p.b_id - q.b_id,
  );
  const out: GenerateResult = { year, created: { 1: 0, 2: 0, 3: 0 }, skipped: { 1: 0, 2: 0, 3: 0 }, existing: 0, ids: [] };
  const toCreate: PairRow[] = [];
  for (const r of rows) {
    if (r.has_pledge) out.existing++;
    else if (r.version_id == null) out.skipped[r.level]++;
    else toCreate.push(r);
  }
  if (!toCreate.length) return out;

  const items = await tx
    .select({
      versionId: listVersionItems.versionId,
      text: listVersionItems.text,
      category: listVersionItems.category,
      responsibilityType: listVersionItems.responsibilityType,
      standard: listVersionItems.standard,
      sortOrder: listVersionItems.sortOrder,
    })
    .from(listVersionItems)
    .where(inArray(listVersionItems.versionId, [...new Set(toCreate.map((r) => r.version_id!))]))
    .orderBy(asc(listVersionItems.versionId), asc(listVersionItems.sortOrder), asc(listVersionItems.id));
  const byVersion = new Map<number, typeof items>();
  for (const i of items) byVersion.set(i.versionId, [...(byVersion.get(i.versionId) ?? []), i]);

  const targetText = targetLines(targets?.trim() ? targets : DEFAULT_TARGETS).join("\n");
  const values = toCreate.map((r) => {
    const kind: PledgeKind = r.level === 3 ? "commitment" : "responsibility";
    const doc = renderPledge({
      kind,
      year,
      bureau: r.bureau ?? "",
      partyA: { name: r.a_name, post: r.a_post, unit: r.a_unit },
      partyB: { name: r.b_name, post: r.b_post, unit: r.b_unit },
      unitName: r.unit_name,
      duties: byVersion.get(r.version_id!) ?? [],
      targets: targetText,
    });
    return {
      year,
      kind,
      level: r.level,
      partyAId: r.a_id,
      partyBId: r.b_id,
      unitId: r.unit_id,
      listId: r.list_id,
      title: doc.title,
      targets: targetText,
      content: doc.content,
      contentHash: doc.contentHash,
      createdAt: now,
      updatedAt: now,
    };
  });
  const inserted = await tx.insert(pledges).values(values).returning({ id: pledges.id, level: pledges.level });
  for (const p of inserted) {
    out.created[p.level as PledgeLevel]++;
    out.ids.push(p.id);
  }
  return out;
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
