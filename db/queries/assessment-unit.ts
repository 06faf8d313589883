// One unit's assessment for a year, as its page shows it: the header, the scheme, self and review scores,
// bonuses, veto hits, evidence (metadata only), events and objections, and the live engine result.
// A fixed number of queries whatever the size of the scheme or the organisation (see UNIT_DETAIL_QUERY_COUNT).
import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { scoreUnit, type UnitInput, type UnitResult } from "@/lib/assessment/score";
import type { Db } from "../client";
import {
  assessmentEvents,
  assessmentReviewers,
  assessments,
  assessmentSchemes,
  attachments,
  bonusAwards,
  indicators,
  objections,
  reviewScores,
  schemeItems,
  schemeVetoRules,
  selfScores,
  units,
  vetoHits,
} from "../schema";
import { loadSchemeDef, loadUnitInputs } from "./assessment-scoring";

/** Statements `getUnitAssessmentDetail` runs (scheme 4, engine inputs 4, rows 8). */
export const UNIT_DETAIL_QUERY_COUNT = 16;

/** A user's display name: their person's name, else the username. */
export const nameOfUser = (col: AnyPgColumn | SQL) =>
  sql<string | null>`(select coalesce(p.name, u.username) from users u left join people p on p.id = u.person_id where u.id = ${col})`;

const headerColumns = {
  id: assessments.id,
  schemeId: assessments.schemeId,
  year: assessmentSchemes.year,
  schemeStatus: assessmentSchemes.status,
  unitId: assessments.unitId,
  unitName: units.name,
  unitCode: units.code,
  group: units.group,
  kind: units.kind,
  status: assessments.status,
  version: assessments.version,
  selfTotal: assessments.selfTotal,
  submittedAt: assessments.submittedAt,
  submittedBy: nameOfUser(assessments.submittedBy),
  reviewedAt: assessments.reviewedAt,
  reviewedBy: nameOfUser(assessments.reviewedBy),
};

function headerWhere(db: Db, where: SQL | undefined) {
  return db
    .select(headerColumns)
    .from(assessments)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
    .innerJoin(units, eq(units.id, assessments.unitId))
    .where(where);
}

export type AssessmentHeader = Awaited<ReturnType<typeof headerWhere>>[number];

export async function getAssessmentOfUnit(db: Db, year: number, unitId: number): Promise<AssessmentHeader | undefined> {
  const [row] = await headerWhere(db, and(eq(assessmentSchemes.year, year), eq(assessments.unitId, unitId)));
  return row;
}

export async function getAssessmentHeader(db: Db, assessmentId: number): Promise<AssessmentHeader | undefined> {
  const [row] = await headerWhere(db, eq(assessments.id, assessmentId));
  return row;
}

/** Whether the person is a named member of the scheme's assessment team (考核组). */
export async function isNamedReviewer(db: Db, schemeId: number, personId: number | null): Promise<boolean> {
  if (personId == null) return false;
  const [row] = await db
    .select({ id: assessmentReviewers.id })
    .from(assessmentReviewers)
    .where(and(eq(assessmentReviewers.schemeId, schemeId), eq(assessmentReviewers.personId, personId)));
  return !!row;
}

/** An evidence file with its bytes and the assessment it belongs to (for the download's scope check). */
export async function getAttachmentForDownload(db: Db, attachmentId: number) {
  const [row] = await db
    .select({
      id: attachments.id,
      filename: attachments.filename,
      mime: attachments.mime,
      size: attachments.size,
      sha256: attachments.sha256,
      data: attachments.data,
      assessmentId: attachments.assessmentId,
      unitId: assessments.unitId,
      schemeId: assessments.schemeId,
      year: assessmentSchemes.year,
    })
    .from(attachments)
    .innerJoin(assessments, eq(assessments.id, attachments.assessmentId))
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
    .where(eq(attachments.id, attachmentId));
  return row;
}

/** An item of the given scheme (null when the id belongs to another scheme). */
export async function getSchemeItemOf(db: Db, schemeId: number, itemId: number) {
  const [row] = await db.select().from(schemeItems).where(and(eq(schemeItems.schemeId, schemeId), eq(schemeItems.id, itemId)));
  return row;
}

export async function getVetoRuleOf(db: Db, schemeId: number, ruleId: number) {
  const [row] = await db.select().from(schemeVetoRules).where(and(eq(schemeVetoRules.schemeId, schemeId), eq(schemeVetoRules.id, ruleId)));
  return row;
}

export async function getSchemeRow(db: Db, schemeId: number) {
  const [row] = await db.select().from(assessmentSchemes).where(eq(assessmentSchemes.id, schemeId));
  return row;
}

/** Items of the scheme the unit has not self-scored yet. */
export async function countUnscoredItems(db: Db, schemeId: number, assessmentId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(schemeItems)
    .leftJoin(selfScores, and(eq(selfScores.itemId, schemeItems.id), eq(selfScores.assessmentId, assessmentId)))
    .where(and(eq(schemeItems.schemeId, schemeId), isNull(selfScores.id)));
  return row?.n ?? 0;
}

/** Proposed (not yet confirmed) veto hits per assessment of a scheme, in one grouped query. */
export async function countProposedVetoes(db: Db, schemeId: number): Promise<Map<number, number>> {
  const rows = await db
    .select({ assessmentId: vetoHits.assessmentId, n: sql<number>`count(*)::int` })
    .from(vetoHits)
    .innerJoin(assessments, eq(assessments.id, vetoHits.assessmentId))
    .where(and(eq(assessments.schemeId, schemeId), eq(vetoHits.status, "proposed")))
    .groupBy(vetoHits.assessmentId);
  return new Map(rows.map((r) => [r.assessmentId, r.n]));
}

export async function getVetoHit(db: Db, hitId: number) {
  const [row] = await db.select().from(vetoHits).where(eq(vetoHits.id, hitId));
  return row;
}

export async function getBonusAward(db: Db, awardId: number) {
  const [row] = await db.select().from(bonusAwards).where(eq(bonusAwards.id, awardId));
  return row;
}

export async function getSelfScore(db: Db, assessmentId: number, itemId: number) {
  const [row] = await db.select().from(selfScores).where(and(eq(selfScores.assessmentId, assessmentId), eq(selfScores.itemId, itemId)));
  return row;
}

export async function getReviewScore(db: Db, assessmentId: number, itemId: number) {
  const [row] = await db
    .select({
      id: reviewScores.id,
      counts: reviewScores.counts,
      deduction: reviewScores.deduction,
      score: reviewScores.score,
      reason: reviewScores.reason,
      version: reviewScores.version,
      reviewer: nameOfUser(reviewScores.reviewerUserId),
      updatedAt: reviewScores.updatedAt,
    })
    .from(reviewScores)
    .where(and(eq(reviewScores.assessmentId, assessmentId), eq(reviewScores.itemId, itemId)));
  return row;
}

export type UnitAssessmentDetail = Awaited<ReturnType<typeof getUnitAssessmentDetail>>;

/** Everything under one assessment, plus the engine's live result from the stored counts. */
export async function getUnitAssessmentDetail(db: Db, header: Pick<AssessmentHeader, "id" | "schemeId">) {
  const aid = header.id;
  const [scheme, inputs, self, review, bonuses, vetoes, files, events, objectionRows, indicatorRows] = await Promise.all([
    loadSchemeDef(db, header.schemeId),
    loadUnitInputs(db, header.schemeId, [aid]),
    db
      .select({
        itemId: selfScores.itemId,
        score: selfScores.score,
        reason: selfScores.reason,
        version: selfScores.version,
        updatedAt: selfScores.updatedAt,
        updatedBy: nameOfUser(selfScores.updatedBy),
      })
      .from(selfScores)
      .where(eq(selfScores.assessmentId, aid)),
    db
      .select({
        itemId: reviewScores.itemId,
        counts: reviewScores.counts,
        deduction: reviewScores.deduction,
        score: reviewScores.score,
        reason: reviewScores.reason,
        version: reviewScores.version,
        updatedAt: reviewScores.updatedAt,
        reviewer: nameOfUser(reviewScores.reviewerUserId),
      })
      .from(reviewScores)
      .where(eq(reviewScores.assessmentId, aid)),
    db
      .select({ id: bonusAwards.id, tierKey: bonusAwards.tierKey, reason: bonusAwards.reason, at: bonusAwards.createdAt, by: nameOfUser(bonusAwards.awardedBy) })
      .from(bonusAwards)
      .where(eq(bonusAwards.assessmentId, aid))
      .orderBy(asc(bonusAwards.id)),
    db
      .select({
        id: vetoHits.id,
        ruleId: vetoHits.ruleId,
        ruleCode: schemeVetoRules.code,
        ruleName: schemeVetoRules.name,
        effect: schemeVetoRules.effect,
        basis: vetoHits.basis,
        status: vetoHits.status,
        source: vetoHits.source,
        version: vetoHits.version,
        at: vetoHits.createdAt,
        proposedBy: nameOfUser(vetoHits.proposedBy),
        confirmedBy: nameOfUser(vetoHits.confirmedBy),
        confirmedAt: vetoHits.confirmedAt,
      })
      .from(vetoHits)
      .innerJoin(schemeVetoRules, eq(schemeVetoRules.id, vetoHits.ruleId))
      .where(eq(vetoHits.assessmentId, aid))
      .orderBy(asc(vetoHits.id)),
    db
      .select({
        id: attachments.id,
        purpose: attachments.purpose,
        itemId: attachments.itemId,
        refId: attachments.refId,
        filename: attachments.filename,
        mime: attachments.mime,
        size: attachments.size,
        sha256: attachments.sha256,
        at: attachments.createdAt,
        by: nameOfUser(attachments.uploadedBy),
      })
      .from(attachments)
      .where(eq(attachments.assessmentId, aid))
      .orderBy(asc(attachments.id)),
    db
      .select({
        id: assessmentEvents.id,
        step: assessmentEvents.step,
        fromStatus: assessmentEvents.fromStatus,
        toStatus: assessmentEvents.toStatus,
        comment: assessmentEvents.comment,
        at: assessmentEvents.createdAt,
        actor: nameOfUser(assessmentEvents.actorUserId),
      })
      .from(assessmentEvents)
      .where(eq(assessmentEvents.assessmentId, aid))
      .orderBy(asc(assessmentEvents.id)),
    db
      .select({
        id: objections.id,
        itemId: objections.itemId,
        text: objections.text,
        status: objections.status,
        decision: objections.decision,
        at: objections.createdAt,
        filedBy: nameOfUser(objections.filedBy),
        decidedAt: objections.decidedAt,
        decidedBy: nameOfUser(objections.decidedBy),
      })
      .from(objections)
      .where(eq(objections.assessmentId, aid))
      .orderBy(asc(objections.id)),
    // The scheme's indicators by code: a rule names its indicator by code, people read its name.
    db.select({ code: indicators.code, name: indicators.name }).from(indicators).where(eq(indicators.schemeId, header.schemeId)),
  ]);
  const input: UnitInput = inputs.get(aid) ?? { counts: {}, indicators: {}, bonuses: [], vetoes: [] };
  const result: UnitResult = scoreUnit(scheme.def, input);
  const selfTotal = self.length ? self.reduce((s, r) => s + Math.round(r.score * 10), 0) / 10 : null;
  return { scheme, input, result, selfTotal, self, review, bonuses, vetoes, files, events, objections: objectionRows, indicators: indicatorRows };
}
