// Last year's 层层签订 as it was signed (DESIGN §7: last year is closed): every pledge of the cascade on last
// year's org (31 December), made from last year's published lists exactly as the generator makes them
// (lib/pledges/targets.ts: the bureau's targets on the 责任书, a post's own and its unit's control indicators
// on a 承诺书), signed on paper by both parties and recorded by the committee office — party B a few days
// after the lists were published, party A after B; a holder who took up the post later signs after they
// did. So last year's report counts the pledges its 附表2 lists, and its 控制指标 责任书签订率 (100 % in every
// unit: assessment-data-rules.ts MET_LAST_YEAR) is what the pledges say. Runs after seedAssessment (the
// staff targets read last year's indicators); this year's pledges are left to the office to generate.
import { sql } from "drizzle-orm";
import { rowsOf } from "../client";
import type { AuditedTx } from "../audited";
import { pledgeSignatures, pledges, users } from "../schema";
import { listItemsOfVersions, listPledgePairs, listUnitIndicatorTargets } from "../queries/pledges";
import { newPledgeFields, pledgeTargets } from "@/lib/pledges/targets";
import { DEFAULT_TARGETS } from "@/lib/pledges/render";
import { plusDays, type DemoCalendar } from "./demo-calendar";

/** How a signature recorded from the signed paper copy is marked (components/pledges/signatures.tsx). */
export const PAPER_METHOD = "paper";

/** Story dates: generated after the lists were published (15 March), signed by B within two weeks. */
const GENERATED = "2025-03-18";

/** 10:00 in Shanghai on a date. */
const at = (date: string) => new Date(`${date}T02:00:00Z`);

export async function seedLastYearPledges(tx: AuditedTx, cal: DemoCalendar): Promise<Record<string, number>> {
  const year = cal.last;
  const orgDate = `${year}-12-31`;
  const pairs = (await listPledgePairs(tx, year, orgDate)).filter((p) => p.version_id != null && !p.has_pledge);
  if (!pairs.length) return { pledges: 0, pledgeSignatures: 0 };
  const [office] = await tx.select({ id: users.id }).from(users).where(sql`${users.username} = 'office'`);
  if (!office) throw new Error("pledges seed: no office user");
  const people = [...new Set(pairs.flatMap((p) => [p.a_id, p.b_id]))];
  const [items, unitTargets, starts] = await Promise.all([
    listItemsOfVersions(tx, [...new Set(pairs.map((p) => p.version_id!))]),
    listUnitIndicatorTargets(tx, year, [...new Set(pairs.filter((p) => p.level === 3).map((p) => p.unit_id))]),
    // When each party took up the post they sign for (the latest start of a holding in force on the org date).
    tx.execute(sql`select person_id, to_char(max(start_date), 'YYYY-MM-DD') as start from post_holdings
      where person_id = any(${`{${people.join(",")}}`}::int[]) and start_date <= ${orgDate}::date
        and (end_date is null or end_date >= ${orgDate}::date)
      group by person_id`),
  ]);
  const startOf = new Map(rowsOf<{ person_id: number; start: string }>(starts).map((r) => [r.person_id, r.start]));
  const byVersion = new Map<number, typeof items>();
  for (const i of items) byVersion.set(i.versionId, [...(byVersion.get(i.versionId) ?? []), i]);

  const generated = cal.date(GENERATED);
  const later = (a: string, b: string | undefined) => (b && b > a ? b : a);
  const dated = pairs.map((p, n) => {
    // A holder who took up the post after the pledges were made signs a week after they did.
    const from = later(generated, [startOf.get(p.a_id), startOf.get(p.b_id)].map((s) => (s ? plusDays(s, 7) : undefined)).sort().at(-1));
    const signedB = plusDays(from, 2 + (n % 10));
    return { p, created: from, signedB, signedA: plusDays(signedB, 1 + (n % 4)) };
  });
  const rows = await tx
    .insert(pledges)
    .values(
      dated.map(({ p, created, signedA }) => ({
        ...newPledgeFields(
          p,
          year,
          byVersion.get(p.version_id!) ?? [],
          pledgeTargets(p.level, DEFAULT_TARGETS, { name: p.unit_name, indicators: unitTargets.get(p.unit_id) ?? [] }),
        ),
        status: "complete" as const,
        createdAt: at(created),
        updatedAt: at(signedA),
      })),
    )
    .returning({
      id: pledges.id,
      contentHash: pledges.contentHash,
      key: sql<string>`${pledges.level} || '|' || ${pledges.partyAId} || '|' || ${pledges.partyBId} || '|' || ${pledges.unitId}`,
    });
  const keyOf = (p: { level: number; a_id: number; b_id: number; unit_id: number }) =>
    `${p.level}|${p.a_id}|${p.b_id}|${p.unit_id}`;
  const inserted = new Map(rows.map((r) => [r.key, r]));
  const signatures = dated.flatMap(({ p, signedA, signedB }) =>
    (
      [
        ["b", p.b_id, p.b_post, signedB],
        ["a", p.a_id, p.a_post, signedA],
      ] as const
    ).map(([party, personId, post, date]) => ({
      pledgeId: inserted.get(keyOf(p))!.id,
      party,
      signerUserId: office.id,
      signerPersonId: personId,
      signerPost: post || null,
      contentHash: inserted.get(keyOf(p))!.contentHash,
      method: PAPER_METHOD,
      signedAt: at(date),
      createdAt: at(date),
      updatedAt: at(date),
    })),
  );
  await tx.insert(pledgeSignatures).values(signatures);
  return { pledges: rows.length, pledgeSignatures: signatures.length };
}
