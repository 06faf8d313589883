// Test factories (integration tests only) for the annual assessment: a scheme with categories, items,
// veto rules and indicators (a small default one: two categories of 10 points, one veto rule), unit
// assessments in a given state, and the named reviewers of the 考核组.
import { eq } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import {
  assessmentReviewers,
  assessments,
  assessmentSchemes,
  indicators,
  indicatorValues,
  schemeCategories,
  schemeItems,
  schemeVetoRules,
  type DeductionRuleJson,
  type GradeBandJson,
} from "../schema";
import { given } from "./org";

type SchemeValues = typeof assessmentSchemes.$inferInsert;
type AssessmentValues = typeof assessments.$inferInsert;
type VetoValues = typeof schemeVetoRules.$inferInsert;

export const DEFAULT_GRADE_BANDS: GradeBandJson[] = [
  { key: "excellent", label: "优秀", min: 90, inclusive: true },
  { key: "good", label: "良好", min: 80, inclusive: true },
  { key: "pass", label: "合格", min: 60, inclusive: true },
  { key: "fail", label: "不合格", min: 0, inclusive: true },
];

export type ItemDefSpec = { code: string; content?: string; maxPoints: number; deductionRules?: DeductionRuleJson[]; scoringRule?: string };
export type CategorySpec = { code: string; name: string; points: number; items: ItemDefSpec[] };

const DEFAULT_CATEGORIES: CategorySpec[] = [
  {
    code: "ORG",
    name: "组织领导",
    points: 10,
    items: [{ code: "1.1", content: "召开安全生产会议", maxPoints: 10, deductionRules: [{ key: "late", label: "未按期召开", kind: "per_occurrence", points: 2 }] }],
  },
  {
    code: "HZ",
    name: "隐患治理",
    points: 10,
    items: [{ code: "2.1", content: "隐患按期整改", maxPoints: 10, deductionRules: [{ key: "overdue", label: "隐患逾期未整改", kind: "per_occurrence", points: 2.5 }] }],
  },
];

/**
 * A scheme for `year` (published by default) with its categories and items, veto rules (one, 发生较大及以上事故,
 * by default) and indicators. Returns the rows; `items` in category and item order. Assessments can still be
 * added to a locked one.
 */
export async function makeScheme(
  tx: AuditedTx,
  o: Partial<SchemeValues> & {
    year: number;
    categories?: CategorySpec[];
    vetoRules?: (Partial<VetoValues> & { code: string; name: string })[];
    indicators?: { code: string; name: string; measure?: string; direction?: "higher_better" | "lower_better" }[];
  },
) {
  const { categories: cats = DEFAULT_CATEGORIES, vetoRules: vetoSpecs, indicators: indicatorSpecs = [], ...values } = o;
  // A locked scheme refuses new parts (a trigger): made published, locked once its parts are in.
  const isLocked = values.status === "locked";
  const [made] = await tx
    .insert(assessmentSchemes)
    .values({ title: `${o.year}年度安全生产责任制考核方案`, status: "published", gradeBands: DEFAULT_GRADE_BANDS, ...given(values), ...(isLocked ? { status: "published" as const } : {}) })
    .returning();
  let scheme = made;
  const categories = await tx
    .insert(schemeCategories)
    .values(cats.map((c, i) => ({ schemeId: scheme.id, code: c.code, name: c.name, points: c.points, sortOrder: i + 1 })))
    .returning();
  const items = await tx
    .insert(schemeItems)
    .values(
      cats.flatMap((c, i) =>
        c.items.map((item, j) => ({
          schemeId: scheme.id,
          categoryId: categories[i].id,
          code: item.code,
          content: item.content ?? item.code,
          maxPoints: item.maxPoints,
          scoringRule: item.scoringRule ?? "-",
          deductionRules: item.deductionRules ?? [],
          sortOrder: j + 1,
        })),
      ),
    )
    .returning();
  const specs = vetoSpecs ?? [{ code: "V1", name: "发生较大及以上事故" }];
  const vetoRules = specs.length
    ? await tx
        .insert(schemeVetoRules)
        .values(specs.map((v, i) => ({ schemeId: scheme.id, basis: "-", sortOrder: i + 1, ...given(v) })))
        .returning()
    : [];
  const indicatorRows = indicatorSpecs.length
    ? await tx
        .insert(indicators)
        .values(indicatorSpecs.map((x, i) => ({ schemeId: scheme.id, measure: "%", sortOrder: i + 1, ...given(x) })))
        .returning()
    : [];
  if (isLocked) [scheme] = await tx.update(assessmentSchemes).set({ status: "locked" }).where(eq(assessmentSchemes.id, made.id)).returning();
  return { scheme, categories, items, vetoRules, indicators: indicatorRows };
}

/** Assessments of units under a scheme, each in its status ("open" unless given). */
export async function makeAssessments(
  tx: AuditedTx,
  schemeId: number,
  rows: (Partial<Omit<AssessmentValues, "schemeId">> & { unitId: number })[],
) {
  if (!rows.length) return [];
  return tx
    .insert(assessments)
    .values(rows.map((r) => ({ schemeId, ...given(r) })))
    .returning();
}

/** Named members of the scheme's 考核组. */
export async function makeReviewers(tx: AuditedTx, schemeId: number, personIds: number[]) {
  return tx
    .insert(assessmentReviewers)
    .values(personIds.map((personId) => ({ schemeId, personId })))
    .returning();
}

/** A unit's target (and actual) of an indicator. */
export async function makeIndicatorValue(tx: AuditedTx, o: { indicatorId: number; unitId: number; target: number; actual?: number | null }) {
  const [row] = await tx.insert(indicatorValues).values(given(o)).returning();
  return row;
}
