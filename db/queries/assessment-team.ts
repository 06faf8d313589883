// The assessment team (考核组) of a year besides the committee office: named committee members.
import { and, asc, eq, sql } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import type { Db } from "../client";
import { assessmentReviewers, assessmentSchemes, committeeMembers, committees, people } from "../schema";

/** Active committee members of the scheme's year who are not on the team yet: the people the office may name. */
export async function listTeamCandidates(db: Db, schemeId: number) {
  return db
    .select({ personId: people.id, name: people.name })
    .from(committeeMembers)
    .innerJoin(committees, eq(committees.id, committeeMembers.committeeId))
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.year, committees.year))
    .innerJoin(people, eq(people.id, committeeMembers.personId))
    .where(
      and(
        eq(assessmentSchemes.id, schemeId),
        eq(committeeMembers.isActive, true),
        eq(people.isActive, true),
        sql`not exists (select 1 from assessment_reviewers r where r.scheme_id = ${schemeId} and r.person_id = ${people.id})`,
      ),
    )
    .orderBy(asc(people.name));
}

/** Whether the person may be named: an active committee member of the scheme's year. */
export async function isTeamCandidate(db: Db, schemeId: number, personId: number): Promise<boolean> {
  const rows = await listTeamCandidates(db, schemeId);
  return rows.some((r) => r.personId === personId);
}

export async function addReviewer(tx: AuditedTx, schemeId: number, personId: number) {
  const [row] = await tx
    .insert(assessmentReviewers)
    .values({ schemeId, personId })
    .onConflictDoNothing()
    .returning({ id: assessmentReviewers.id });
  return row;
}

export async function removeReviewer(tx: AuditedTx, reviewerId: number) {
  const [row] = await tx
    .delete(assessmentReviewers)
    .where(eq(assessmentReviewers.id, reviewerId))
    .returning({ id: assessmentReviewers.id, schemeId: assessmentReviewers.schemeId, personId: assessmentReviewers.personId });
  return row;
}

export async function getReviewer(db: Db, reviewerId: number) {
  const [row] = await db.select().from(assessmentReviewers).where(eq(assessmentReviewers.id, reviewerId));
  return row;
}
