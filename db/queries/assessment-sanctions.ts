// 奖惩兑现 rows: proposed when a year is finalised (from lib/assessment/consequences), confirmed by the
// committee, shown on the unit's and each person's page. Every list is one query.
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { deriveSanctions, type ConsequenceUnit } from "@/lib/assessment/consequences";
import { orgDateOf } from "@/lib/clock";
import type { AuditedTx } from "../audited";
import type { Db } from "../client";
import { assessments, people, posts, postHoldings, sanctions, schemeVetoRules, supervisions, units, users, vetoHits } from "../schema";
import { holdingInForce } from "./holdings";

/**
 * Derives and inserts the sanctions of assessments just made final. Three reads (confirmed vetoes with their
 * rules' consequences, heads in force for the year, 主管/协管 leaders) and one insert; a row already there
 * is left alone (ON CONFLICT DO NOTHING), so finalising again after a reopen proposes nothing twice.
 * Returns how many rows were new.
 */
export async function insertSanctionsForFinal(
  tx: AuditedTx,
  input: { year: number; assessmentIds: number[]; topGrade: string; finaliseDate: string },
): Promise<number> {
  if (!input.assessmentIds.length) return 0;
  const orgDate = orgDateOf(input.year, input.finaliseDate);
  const [rows, hits, heads, leaders] = await Promise.all([
    tx
      .select({ id: assessments.id, unitId: assessments.unitId, grade: assessments.grade, isVetoed: assessments.isVetoed })
      .from(assessments)
      .where(inArray(assessments.id, input.assessmentIds)),
    tx
      .select({ id: vetoHits.id, assessmentId: vetoHits.assessmentId, consequences: schemeVetoRules.consequences })
      .from(vetoHits)
      .innerJoin(schemeVetoRules, eq(schemeVetoRules.id, vetoHits.ruleId))
      .where(and(inArray(vetoHits.assessmentId, input.assessmentIds), eq(vetoHits.status, "confirmed")))
      .orderBy(asc(vetoHits.confirmedAt), asc(vetoHits.id)),
    tx
      .selectDistinct({ unitId: posts.unitId, personId: postHoldings.personId })
      .from(postHoldings)
      .innerJoin(posts, eq(posts.id, postHoldings.postId))
      .innerJoin(assessments, eq(assessments.unitId, posts.unitId))
      .where(and(inArray(assessments.id, input.assessmentIds), eq(posts.kind, "head"), holdingInForce(orgDate))),
    tx
      .selectDistinct({ unitId: supervisions.unitId, personId: supervisions.leaderId })
      .from(supervisions)
      .innerJoin(assessments, eq(assessments.unitId, supervisions.unitId))
      .where(and(inArray(assessments.id, input.assessmentIds), eq(supervisions.year, input.year))),
  ]);
  const byUnit = (list: { unitId: number; personId: number }[], unitId: number) => list.filter((x) => x.unitId === unitId).map((x) => x.personId);
  const unitsIn: ConsequenceUnit[] = rows.map((r) => ({
    assessmentId: r.id,
    unitId: r.unitId,
    grade: r.grade ?? "",
    vetoed: r.isVetoed,
    vetoes: hits.filter((h) => h.assessmentId === r.id).map((h) => ({ hitId: h.id, consequences: h.consequences })),
    headPersonIds: byUnit(heads, r.unitId),
    leaderPersonIds: byUnit(leaders, r.unitId),
  }));
  const derived = deriveSanctions(unitsIn, { topGrade: input.topGrade, finaliseDate: input.finaliseDate });
  if (!derived.length) return 0;
  const inserted = await tx
    .insert(sanctions)
    .values(derived.map((d) => ({ ...d, year: input.year })))
    .onConflictDoNothing()
    .returning({ id: sanctions.id });
  return inserted.length;
}

const unitOfAssessment = alias(units, "sanction_unit");
const confirmer = alias(people, "sanction_confirmer");
const confirmerUser = alias(users, "sanction_confirmer_user");

export type SanctionView = Awaited<ReturnType<typeof listSanctions>>[number];

/** Sanctions with what a reader needs: the unit assessed, the person, the rule that fired, who confirmed. */
function listSanctions(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: sanctions.id,
      year: sanctions.year,
      kind: sanctions.kind,
      status: sanctions.status,
      dueDate: sanctions.dueDate,
      assessmentId: sanctions.assessmentId,
      assessmentStatus: assessments.status,
      unitId: assessments.unitId,
      unitName: unitOfAssessment.name,
      personId: sanctions.personId,
      personName: people.name,
      ruleName: schemeVetoRules.name,
      confirmedAt: sanctions.confirmedAt,
      confirmedByName: sql<string | null>`coalesce(${confirmer.name}, ${confirmerUser.username})`,
    })
    .from(sanctions)
    .innerJoin(assessments, eq(assessments.id, sanctions.assessmentId))
    .innerJoin(unitOfAssessment, eq(unitOfAssessment.id, assessments.unitId))
    .leftJoin(people, eq(people.id, sanctions.personId))
    .leftJoin(vetoHits, eq(vetoHits.id, sanctions.vetoHitId))
    .leftJoin(schemeVetoRules, eq(schemeVetoRules.id, vetoHits.ruleId))
    .leftJoin(confirmerUser, eq(confirmerUser.id, sanctions.confirmedBy))
    .leftJoin(confirmer, eq(confirmer.id, confirmerUser.personId))
    .where(where)
    .orderBy(desc(sanctions.year), asc(unitOfAssessment.sortOrder), asc(sanctions.kind), asc(people.name), asc(sanctions.id));
}

/** What a person carries: "年度考核不得评为优秀" for units they headed or supervised, every year, with those
 * units' own entries beside it (取消评先评优, 限期整改) since they answer for them. */
export function listSanctionsForPerson(db: Db, personId: number) {
  const mine = db.select({ id: sanctions.assessmentId }).from(sanctions).where(eq(sanctions.personId, personId));
  return listSanctions(db, or(eq(sanctions.personId, personId), and(isNull(sanctions.personId), inArray(sanctions.assessmentId, mine))));
}

/** Everything that followed from a unit's assessments: the unit's own and its people's entries. */
export function listSanctionsForUnit(db: Db, unitId: number) {
  return listSanctions(db, eq(assessments.unitId, unitId));
}

/** A year's 奖惩兑现 for the committee. */
export function listSanctionsOfYear(db: Db, year: number) {
  return listSanctions(db, eq(sanctions.year, year));
}
