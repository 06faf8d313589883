// The results of a year (/assessment/[year]/results and the committee's decision page) in a fixed number
// of queries whatever the number of units: stored results once decided (2 queries), the engine live
// before that (labelled provisional; 2 + computeResults' queries). Distribution and category averages are
// computed from the rows already loaded, never per unit.
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { rank, round1, type GradeBand } from "@/lib/assessment/score";
import type { Db } from "../client";
import { assessments, assessmentSchemes, objections, people, schemeCategories, schemeItems, units, users, type AssessmentResultJson } from "../schema";
import { COMPUTE_RESULTS_QUERY_COUNT, computeResults } from "./assessment-scoring";
import { toResultJson } from "./assessment-decision";
import { BUCKETS, distributionOf, type Bucket } from "@/lib/assessment/distribution";

export { BUCKETS, distributionOf, type Bucket };

type Status = (typeof assessments.$inferSelect)["status"];
const DECIDED: Status[] = ["decided", "publicised", "objection", "final"];
const NOT_SUBMITTED: Status[] = ["open", "self_assessed"];
const PUBLISHED: Status[] = ["publicised", "objection", "final"];

/** Statements run by getResultsData: stored results, or live (provisional) ones. */
export const RESULTS_QUERY_COUNT = { stored: 2, provisional: 2 + COMPUTE_RESULTS_QUERY_COUNT } as const;

export type RankingRow = {
  assessmentId: number;
  unitId: number;
  unitName: string;
  unitCode: string;
  group: string | null;
  kind: string;
  status: Status;
  version: number;
  publicisedUntil: string | null;
  total: number | null;
  grade: string | null;
  rank: number | null;
  vetoed: boolean;
  trace: AssessmentResultJson["trace"];
  categories: AssessmentResultJson["categories"];
  lastTotal: number | null;
  lastGrade: string | null;
  /** This year's total minus last year's, one decimal; null when either is missing. */
  change: number | null;
};

export type CategoryAverage = { code: string; name: string; points: number; average: number | null };

export type ResultsData =
  | { state: "noScheme" }
  | { state: "unpublished"; year: number }
  | {
      state: "ready";
      year: number;
      scheme: { id: number; title: string; status: string; publicityDays: number; bands: GradeBand[] };
      /** Computed live: the year is not decided yet. */
      isProvisional: boolean;
      /** Some unit's result is publicised or final: every member of staff may read it. */
      isPublished: boolean;
      statusCounts: Partial<Record<Status, number>>;
      rows: RankingRow[];
      distribution: Bucket[];
      categoryAverages: CategoryAverage[];
    };



export function categoryAveragesOf(categories: { code: string; name: string; points: number }[], rows: Pick<RankingRow, "categories">[]): CategoryAverage[] {
  return categories.map((c) => {
    const scores = rows.flatMap((r) => r.categories.filter((x) => x.code === c.code).map((x) => x.score));
    return { ...c, average: scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null };
  });
}

/** Qualified on purpose: in a one-table select drizzle writes bare "id", which a subquery would bind to its own table. */
const SCHEME_ID = sql.raw(`"assessment_schemes"."id"`);

type Access = {
  /** Office, chairs, leaders: the engine's live results before the decision. */
  canSeeProvisional: boolean;
  /** Besides them, the committee: decided results before publicity. */
  canSeeDecided: boolean;
};

/** The year's ranking, distribution and category averages for a viewer with the given access. */
export async function getResultsData(db: Db, year: number, access: Access): Promise<ResultsData> {
  const [head] = await db
    .select({
      id: assessmentSchemes.id,
      title: assessmentSchemes.title,
      status: assessmentSchemes.status,
      publicityDays: assessmentSchemes.publicityDays,
      bands: assessmentSchemes.gradeBands,
      categories: sql<{ code: string; name: string; points: number }[]>`coalesce((
        select json_agg(json_build_object('code', c.code, 'name', c.name, 'points', c.points::float8) order by c.sort_order, c.id)
        from ${schemeCategories} c where c.scheme_id = ${SCHEME_ID}), '[]'::json)`,
      statuses: sql<Record<string, number> | null>`(
        select json_object_agg(x.status, x.n) from (
          select a.status, count(*)::int as n from ${assessments} a where a.scheme_id = ${SCHEME_ID} group by a.status) x)`,
      withoutResult: sql<number>`(select count(*)::int from ${assessments} a where a.scheme_id = ${SCHEME_ID} and a.result is null)`,
    })
    .from(assessmentSchemes)
    .where(eq(assessmentSchemes.year, year));
  if (!head) return { state: "noScheme" };
  const statusCounts = (head.statuses ?? {}) as Partial<Record<Status, number>>;
  const count = (list: Status[]) => list.reduce((n, s) => n + (statusCounts[s] ?? 0), 0);
  const isProvisional = Number(head.withoutResult) > 0 || count(DECIDED) === 0;
  const isPublished = !isProvisional && count(PUBLISHED) > 0;
  const allowed = isPublished || (isProvisional ? access.canSeeProvisional : access.canSeeDecided);
  if (!allowed) return { state: "unpublished", year };

  const last = alias(assessments, "last_year");
  const lastScheme = alias(assessmentSchemes, "last_scheme");
  const stored = await db
    .select({
      assessmentId: assessments.id,
      unitId: assessments.unitId,
      unitName: units.name,
      unitCode: units.code,
      group: units.group,
      kind: units.kind,
      status: assessments.status,
      version: assessments.version,
      publicisedUntil: assessments.publicisedUntil,
      total: assessments.total,
      grade: assessments.grade,
      rank: assessments.rank,
      vetoed: assessments.isVetoed,
      result: assessments.result,
      lastTotal: last.total,
      lastGrade: last.grade,
    })
    .from(assessments)
    .innerJoin(units, eq(units.id, assessments.unitId))
    .leftJoin(lastScheme, eq(lastScheme.year, year - 1))
    .leftJoin(last, and(eq(last.schemeId, lastScheme.id), eq(last.unitId, assessments.unitId)))
    .where(eq(assessments.schemeId, head.id))
    .orderBy(asc(units.sortOrder), asc(units.id));

  let rows: RankingRow[] = stored.map(({ result, ...r }) => ({
    ...r,
    trace: result?.trace ?? [],
    categories: result?.categories ?? [],
    change: null,
  }));
  if (isProvisional) {
    // A unit that has not submitted has nothing reviewed yet: no score rather than a full one.
    const live = new Map(
      ((await computeResults(db, year))?.rows ?? []).filter((c) => !NOT_SUBMITTED.includes(c.status)).map((c) => [c.assessmentId, toResultJson(c.result)]),
    );
    const ranks = new Map(rank([...live].map(([id, r]) => ({ id, total: r.total, vetoed: r.vetoed }))).map((r) => [r.id, r.rank]));
    rows = rows.map((r) => {
      const res = live.get(r.assessmentId);
      return res
        ? { ...r, total: res.total, grade: res.grade, vetoed: res.vetoed, rank: ranks.get(r.assessmentId) ?? null, trace: res.trace, categories: res.categories }
        : r;
    });
  }
  rows = rows
    .map((r) => ({ ...r, change: r.total != null && r.lastTotal != null ? round1(r.total - r.lastTotal) : null }))
    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.unitCode.localeCompare(b.unitCode));
  const scored = rows.filter((r) => r.total != null);
  return {
    state: "ready",
    year,
    scheme: { id: head.id, title: head.title, status: head.status, publicityDays: head.publicityDays, bands: head.bands },
    isProvisional,
    isPublished,
    statusCounts,
    rows,
    distribution: distributionOf(scored.map((r) => r.total!)),
    categoryAverages: categoryAveragesOf(head.categories, scored),
  };
}

const filer = alias(users, "objection_filer");
const filerPerson = alias(people, "objection_filer_person");
const decider = alias(users, "objection_decider");
const deciderPerson = alias(people, "objection_decider_person");

/** The year's objections, open first: unit, item, text, who filed and who decided. One query. */
export function listObjectionsOfYear(db: Db, year: number) {
  return db
    .select({
      id: objections.id,
      assessmentId: objections.assessmentId,
      unitName: units.name,
      itemCode: schemeItems.code,
      itemContent: schemeItems.content,
      text: objections.text,
      status: objections.status,
      decision: objections.decision,
      filedAt: objections.createdAt,
      filedBy: sql<string | null>`coalesce(${filerPerson.name}, ${filer.username})`,
      decidedAt: objections.decidedAt,
      decidedBy: sql<string | null>`coalesce(${deciderPerson.name}, ${decider.username})`,
    })
    .from(objections)
    .innerJoin(assessments, eq(assessments.id, objections.assessmentId))
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
    .innerJoin(units, eq(units.id, assessments.unitId))
    .leftJoin(schemeItems, eq(schemeItems.id, objections.itemId))
    .leftJoin(filer, eq(filer.id, objections.filedBy))
    .leftJoin(filerPerson, eq(filerPerson.id, filer.personId))
    .leftJoin(decider, eq(decider.id, objections.decidedBy))
    .leftJoin(deciderPerson, eq(deciderPerson.id, decider.personId))
    .where(eq(assessmentSchemes.year, year))
    .orderBy(sql`${objections.status} = 'open' desc`, asc(objections.createdAt), asc(objections.id));
}

/** The items of a year's scheme, for the objection form's choice of item. One query. */
export function listSchemeItemsOfYear(db: Db, year: number) {
  return db
    .select({ id: schemeItems.id, code: schemeItems.code, content: schemeItems.content })
    .from(schemeItems)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, schemeItems.schemeId))
    .where(eq(assessmentSchemes.year, year))
    .orderBy(asc(schemeItems.sortOrder), asc(schemeItems.id));
}
