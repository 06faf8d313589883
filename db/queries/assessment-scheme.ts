// The yearly scheme (考核方案): reads for the scheme and index pages (a fixed number of queries), and the
// scheme-level writes: create, copy last year's, settings, status changes and, on publishing, one assessment
// per assessed unit. Categories, items and veto rules: assessment-scheme-parts.ts; indicators: assessment-indicators.ts.
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { addedProblems, checkScheme, type SchemeProblem } from "@/lib/assessment/scheme-check";
import type { AuditedTx } from "../audited";
import { rowsOf, type Db } from "../client";
import {
  assessmentReviewers,
  assessments,
  assessmentSchemes,
  indicators,
  people,
  units,
  type AssessmentScheme,
  type BonusTierJson,
  type GradeBandJson,
} from "../schema";
import { getSchemeByYear, loadSchemeDef } from "./assessment-scoring";
import { now } from "@/lib/clock";

/** Units the annual assessment covers: active sections, affiliated units and branches. */
export const ASSESSED_KINDS = ["section", "affiliated", "branch"] as const;
const assessedUnit = and(eq(units.isActive, true), inArray(units.kind, [...ASSESSED_KINDS]));

export const DEFAULT_BANDS: GradeBandJson[] = [
  { key: "excellent", label: "优秀", min: 90, inclusive: true },
  { key: "good", label: "良好", min: 80, inclusive: true },
  { key: "pass", label: "合格", min: 60, inclusive: true },
  { key: "fail", label: "不合格", min: 0, inclusive: true },
];

/** Every year's scheme with how many units it assesses, newest first. One query. */
export async function listSchemes(db: Db) {
  return db
    .select({
      id: assessmentSchemes.id,
      year: assessmentSchemes.year,
      title: assessmentSchemes.title,
      status: assessmentSchemes.status,
      // Written out: drizzle drops the table name of a column on a single-table select, which here would
      // bind "id" to the subquery's own row.
      assessments: sql<number>`(select count(*)::int from assessments a where a.scheme_id = assessment_schemes.id)`,
    })
    .from(assessmentSchemes)
    .orderBy(desc(assessmentSchemes.year));
}

/** The assessments of the given units in every year (for a unit head's links). One query. */
export async function listAssessmentsOfUnits(db: Db, unitIds: number[]) {
  if (!unitIds.length) return [];
  return db
    .select({
      id: assessments.id,
      year: assessmentSchemes.year,
      unitId: assessments.unitId,
      unitName: units.name,
      status: assessments.status,
    })
    .from(assessments)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
    .innerJoin(units, eq(units.id, assessments.unitId))
    .where(inArray(assessments.unitId, unitIds))
    .orderBy(desc(assessmentSchemes.year), asc(units.sortOrder));
}

/** The assessed units (for veto-rule reach and the indicator table). One query. */
export async function listAssessedUnits(db: Db) {
  return db
    .select({ id: units.id, code: units.code, name: units.name, kind: units.kind, group: units.group })
    .from(units)
    .where(assessedUnit)
    .orderBy(asc(units.sortOrder), asc(units.id));
}

export async function listIndicators(db: Db, schemeId: number) {
  return db
    .select()
    .from(indicators)
    .where(eq(indicators.schemeId, schemeId))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id));
}

/** A year's scheme with everything the scheme page shows. Six queries. */
export async function getSchemeForYear(db: Db, year: number) {
  const scheme = await getSchemeByYear(db, year);
  if (!scheme) return undefined;
  const [content, inds, reviewers] = await Promise.all([
    loadSchemeDef(db, scheme),
    listIndicators(db, scheme.id),
    db
      .select({ id: assessmentReviewers.id, personId: people.id, name: people.name })
      .from(assessmentReviewers)
      .innerJoin(people, eq(people.id, assessmentReviewers.personId))
      .where(eq(assessmentReviewers.schemeId, scheme.id))
      .orderBy(asc(people.name)),
  ]);
  const problems = checkScheme({
    ...content.def,
    vetoRules: content.vetoRules,
    indicatorCodes: inds.map((i) => i.code),
  });
  return { scheme, ...content, indicators: inds, reviewers, problems };
}

/** What scheme-check says about a scheme now (read inside the saving transaction). Five queries. */
export async function schemeProblems(db: Db, schemeId: number): Promise<SchemeProblem[]> {
  const [content, inds] = await Promise.all([loadSchemeDef(db, schemeId), listIndicators(db, schemeId)]);
  return checkScheme({ ...content.def, vetoRules: content.vetoRules, indicatorCodes: inds.map((i) => i.code) });
}

/**
 * Runs a change to a scheme and says which problems it adds (scheme-check before and after, read in the
 * same transaction). The caller refuses the save — throws, so the transaction rolls back — when any.
 */
export async function checkedChange<T>(
  tx: AuditedTx,
  schemeId: number,
  change: () => Promise<T>,
  tolerate?: (p: SchemeProblem) => boolean,
) {
  const before = await schemeProblems(tx, schemeId);
  const value = await change();
  const after = await schemeProblems(tx, schemeId);
  return { value, added: addedProblems(before, after, tolerate), problems: after };
}

export async function getSchemeById(db: Db, schemeId: number) {
  const [row] = await db.select().from(assessmentSchemes).where(eq(assessmentSchemes.id, schemeId));
  return row;
}

// ——— writes ———

export type SchemeSettings = {
  title: string;
  bonusCap: number;
  bonusMode: "sum" | "highest";
  bonusTiers: BonusTierJson[];
  gradeBands: GradeBandJson[];
  publicityDays: number;
};

/** An empty draft with the default bands; undefined when the year already has a scheme. */
export async function createScheme(tx: AuditedTx, s: { year: number; title: string; totalPoints: number }) {
  const [row] = await tx
    .insert(assessmentSchemes)
    .values({ ...s, status: "draft", gradeBands: DEFAULT_BANDS })
    .onConflictDoNothing({ target: assessmentSchemes.year })
    .returning();
  return row;
}

/**
 * Starts year `to` as a draft copy of year `from`: settings, categories, items with their deduction
 * rules, veto rules, indicators with each active unit's target (actuals start empty) and the reviewers
 * who are still active. Undefined when `to` already has a scheme or `from` has none. Seven statements.
 */
export async function copyScheme(tx: AuditedTx, from: number, to: number) {
  const created = rowsOf<{ id: number; old_id: number }>(
    await tx.execute(sql`
      insert into assessment_schemes (year, title, status, total_points, bonus_cap, bonus_mode, bonus_tiers, grade_bands, publicity_days)
      select ${to}, replace(s.title, ${String(from)}, ${String(to)}), 'draft', s.total_points, s.bonus_cap, s.bonus_mode,
        s.bonus_tiers, s.grade_bands, s.publicity_days
      from assessment_schemes s where s.year = ${from}
      on conflict (year) do nothing
      returning id, (select id from assessment_schemes where year = ${from}) as old_id`),
  );
  if (!created.length) return undefined;
  const [{ id: newId, old_id: oldId }] = created;
  const count = async (q: ReturnType<typeof sql>) => rowsOf(await tx.execute(q)).length;
  const categories = await count(sql`
    insert into scheme_categories (scheme_id, code, name, points, sort_order)
    select ${newId}, code, name, points, sort_order from scheme_categories where scheme_id = ${oldId} returning id`);
  const items = await count(sql`
    insert into scheme_items (scheme_id, category_id, code, content, max_points, scoring_rule, deduction_rules, sort_order)
    select ${newId}, nc.id, i.code, i.content, i.max_points, i.scoring_rule, i.deduction_rules, i.sort_order
    from scheme_items i
    join scheme_categories oc on oc.id = i.category_id
    join scheme_categories nc on nc.scheme_id = ${newId} and nc.code = oc.code
    where i.scheme_id = ${oldId} returning id`);
  const vetoRules = await count(sql`
    insert into scheme_veto_rules (scheme_id, code, name, basis, effect, effect_grade, consequences, applies_to, sort_order)
    select ${newId}, code, name, basis, effect, effect_grade, consequences, applies_to, sort_order
    from scheme_veto_rules where scheme_id = ${oldId} returning id`);
  const inds = await count(sql`
    insert into indicators (scheme_id, code, name, measure, direction, sort_order)
    select ${newId}, code, name, measure, direction, sort_order from indicators where scheme_id = ${oldId} returning id`);
  const targets = await count(sql`
    insert into indicator_values (indicator_id, unit_id, target)
    select ni.id, v.unit_id, v.target
    from indicator_values v
    join indicators oi on oi.id = v.indicator_id
    join indicators ni on ni.scheme_id = ${newId} and ni.code = oi.code
    join units u on u.id = v.unit_id and u.is_active
    where oi.scheme_id = ${oldId} returning id`);
  const reviewers = await count(sql`
    insert into assessment_reviewers (scheme_id, person_id)
    select ${newId}, r.person_id from assessment_reviewers r join people p on p.id = r.person_id and p.is_active
    where r.scheme_id = ${oldId} returning id`);
  return { id: newId, fromId: oldId, categories, items, vetoRules, indicators: inds, targets, reviewers };
}

/**
 * Takes the draft scheme for a change: bumps its version (so concurrent editors of one scheme queue up
 * behind this row and any form carrying the old version is stale) — only while it is a draft, and only
 * at the expected version when one is given. Undefined when either guard fails.
 */
export async function lockDraftScheme(tx: AuditedTx, schemeId: number, expectedVersion: number | null) {
  const [row] = await tx
    .update(assessmentSchemes)
    .set({ version: sql`${assessmentSchemes.version} + 1`, updatedAt: now() })
    .where(
      and(
        eq(assessmentSchemes.id, schemeId),
        eq(assessmentSchemes.status, "draft"),
        expectedVersion == null ? undefined : eq(assessmentSchemes.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

/** Settings of a scheme already taken with lockDraftScheme. */
export async function updateSchemeSettings(
  tx: AuditedTx,
  schemeId: number,
  s: Partial<SchemeSettings> & { totalPoints?: number },
) {
  const [row] = await tx
    .update(assessmentSchemes)
    .set({ ...s, updatedAt: now() })
    .where(eq(assessmentSchemes.id, schemeId))
    .returning();
  return row;
}

type StatusChange = { from: AssessmentScheme["status"]; to: AssessmentScheme["status"]; by: number | null; now: Date };

/** One guarded status change (draft → approved → published, approved → draft). Undefined when stale. */
export async function updateSchemeStatus(tx: AuditedTx, schemeId: number, version: number, c: StatusChange) {
  const stamps =
    c.to === "approved"
      ? { approvedBy: c.by, approvedAt: c.now }
      : c.to === "published"
        ? { publishedAt: c.now }
        : c.to === "draft"
          ? { approvedBy: null, approvedAt: null }
          : {};
  const [row] = await tx
    .update(assessmentSchemes)
    .set({ status: c.to, ...stamps, version: sql`${assessmentSchemes.version} + 1`, updatedAt: c.now })
    .where(
      and(
        eq(assessmentSchemes.id, schemeId),
        eq(assessmentSchemes.status, c.from),
        eq(assessmentSchemes.version, version),
      ),
    )
    .returning();
  return row;
}

/** An open assessment for every assessed unit that has none for the scheme. One statement; the count. */
export async function createAssessmentsForScheme(tx: AuditedTx, schemeId: number) {
  const rows = rowsOf(
    await tx.execute(sql`
      insert into assessments (scheme_id, unit_id, status)
      select ${schemeId}, u.id, 'open' from units u
      where u.is_active and u.kind in ('section', 'affiliated', 'branch')
      on conflict (scheme_id, unit_id) do nothing
      returning id`),
  );
  return rows.length;
}
