// 考核评分表 (DESIGN §6): one unit's score sheet, or every unit's, from stored rows in two queries
// whatever the number of units — the scheme with its items and veto rules as one JSON document, and the
// year's assessments with their scores, bonuses, vetoes, objections and indicator values aggregated per
// assessment. Totals, grades and review scores appear only once the committee has decided (never
// provisional numbers); self scores once the unit has submitted.
import { sql, type SQL } from "drizzle-orm";
import type { ScoreSheet, ScoreSheetRow } from "@/lib/reports/types";
import { itemScore, shortfall, type IndicatorValue } from "@/lib/assessment/score";
import { ZH, zhLabel } from "@/lib/reports/data-labels";
import type { BonusTierJson, DeductionRuleJson, GradeBandJson, VetoAppliesJson } from "../schema/assessment";
import { rowsOf, type Db } from "../client";

/** Statements `getScoreSheets` / `getScoreSheet` run. */
export const SCORE_SHEETS_QUERY_COUNT = 2;

/** The committee's result is in (stored total, grade, rank): decided, publicised again or final. An open
 * objection sends the unit back to review, so its figures are not shown until decided again. */
export const STABLE_STATUSES = new Set(["decided", "publicised", "final"]);
/** The unit has handed in its self-assessment. */
const SUBMITTED_STATUSES = new Set(["submitted", "reviewed", "decided", "publicised", "objection", "final"]);
export const STATUS_ORDER = ["open", "self_assessed", "submitted", "reviewed", "decided", "publicised", "objection", "final"];

export type SheetScheme = {
  id: number;
  title: string;
  status: string;
  bands: GradeBandJson[];
  bonusTiers: BonusTierJson[];
  items: {
    id: number;
    code: string;
    content: string;
    maxPoints: number;
    scoringRule: string;
    rules: DeductionRuleJson[];
    categoryCode: string;
    categoryName: string;
  }[];
  vetoRules: { id: number; code: string; name: string; appliesTo: VetoAppliesJson }[];
};

export type SheetAssessment = {
  assessmentId: number;
  unitId: number;
  unitName: string;
  unitCode: string;
  group: string | null;
  kind: string;
  status: string;
  rank: number | null;
  total: number | null;
  grade: string | null;
  isVetoed: boolean;
  resultBonus: number | null;
  trace: { rule: string; name: string; basis: string }[] | null;
  self: Record<string, number> | null;
  review: Record<string, { score: number; counts: Record<string, number>; reason: string }> | null;
  bonuses: { tierKey: string; reason: string }[] | null;
  vetoes: { ruleId: number; basis: string }[] | null;
  objections: { itemId: number; status: string; decision: string | null }[] | null;
  indicators: Record<string, IndicatorValue> | null;
};

export async function jsonOf<T>(db: Db, query: SQL): Promise<T | null> {
  const text = rowsOf<{ j: string | null }>(await db.execute(sql`select (${query})::text as j`))[0]?.j;
  return text ? (JSON.parse(text) as T) : null;
}

/** The year's scheme with its items (category order, then item order) and veto rules. One query. */
export function loadSheetScheme(db: Db, year: number) {
  return jsonOf<SheetScheme>(
    db,
    sql`select json_build_object(
      'id', s.id, 'title', s.title, 'status', s.status, 'bands', s.grade_bands, 'bonusTiers', s.bonus_tiers,
      'items', coalesce((select json_agg(json_build_object(
          'id', i.id, 'code', i.code, 'content', i.content, 'maxPoints', i.max_points, 'scoringRule', i.scoring_rule,
          'rules', i.deduction_rules, 'categoryCode', c.code, 'categoryName', c.name
        ) order by c.sort_order, c.id, i.sort_order, i.id)
        from scheme_items i join scheme_categories c on c.id = i.category_id where i.scheme_id = s.id), '[]'::json),
      'vetoRules', coalesce((select json_agg(json_build_object('id', r.id, 'code', r.code, 'name', r.name, 'appliesTo', r.applies_to)
        order by r.sort_order, r.id) from scheme_veto_rules r where r.scheme_id = s.id), '[]'::json)
    ) from assessment_schemes s where s.year = ${year}`,
  );
}

/** The year's assessments (all, or one unit's) with everything a sheet shows. One query. */
export async function loadSheetAssessments(db: Db, year: number, unitId?: number): Promise<SheetAssessment[]> {
  const rows = await jsonOf<SheetAssessment[]>(
    db,
    sql`select json_agg(json_build_object(
      'assessmentId', a.id, 'unitId', a.unit_id, 'unitName', u.name, 'unitCode', u.code, 'group', u."group", 'kind', u.kind,
      'status', a.status, 'rank', a.rank, 'total', a.total, 'grade', a.grade, 'isVetoed', a.is_vetoed,
      'resultBonus', a.result->'bonus', 'trace', a.result->'trace',
      'self', (select json_object_agg(x.item_id, x.score) from self_scores x where x.assessment_id = a.id),
      'review', (select json_object_agg(r.item_id, json_build_object('score', r.score, 'counts', r.counts, 'reason', r.reason))
        from review_scores r where r.assessment_id = a.id),
      'bonuses', (select json_agg(json_build_object('tierKey', b.tier_key, 'reason', b.reason) order by b.id)
        from bonus_awards b where b.assessment_id = a.id),
      'vetoes', (select json_agg(json_build_object('ruleId', v.rule_id, 'basis', v.basis) order by v.confirmed_at, v.id)
        from veto_hits v where v.assessment_id = a.id and v.status = 'confirmed'),
      'objections', (select json_agg(json_build_object('itemId', o.item_id, 'status', o.status, 'decision', o.decision) order by o.id)
        from objections o where o.assessment_id = a.id and o.item_id is not null),
      'indicators', (select json_object_agg(i.code, json_build_object('target', iv.target, 'actual', iv.actual, 'direction', i.direction))
        from indicator_values iv join indicators i on i.id = iv.indicator_id where i.scheme_id = a.scheme_id and iv.unit_id = a.unit_id)
    ) order by u.sort_order, u.id)
    from assessments a
    join assessment_schemes sc on sc.id = a.scheme_id and sc.year = ${year}
    join units u on u.id = a.unit_id
    ${unitId === undefined ? sql`` : sql`where a.unit_id = ${unitId}`}`,
  );
  return rows ?? [];
}

const fmtNum = (n: number) => String(Math.round(n * 100) / 100);

/** 扣分原因: the reviewer's words when given; otherwise each per-occurrence rule found and each indicator
 * short of its target, from the stored counts and values. */
function deductionReason(
  rules: DeductionRuleJson[],
  counts: Record<string, number> | undefined,
  indicators: Record<string, IndicatorValue>,
  reason: string | undefined,
): string {
  if (reason) return reason;
  const parts: string[] = [];
  for (const r of rules) {
    if (r.kind === "per_occurrence") {
      const n = counts?.[r.key] ?? 0;
      if (n > 0) parts.push(`${r.label}${n}次，扣${fmtNum(r.points * n)}分`);
    } else {
      const v = r.indicator ? indicators[r.indicator] : undefined;
      if (v && shortfall(v) > 0) parts.push(`${r.label}（目标${fmtNum(v.target)}，实际${fmtNum(v.actual ?? 0)}）`);
    }
  }
  return parts.join("；");
}

function appliesTo(rule: SheetScheme["vetoRules"][number], a: SheetAssessment): boolean {
  const { groups = [], kinds = [] } = rule.appliesTo ?? { groups: [], kinds: [] };
  return (groups.length === 0 || (a.group != null && groups.includes(a.group))) && (kinds.length === 0 || kinds.includes(a.kind));
}

/** A sheet from the scheme and one assessment: pure, so the report and the sheet page build it alike. */
export function buildScoreSheet(year: number, scheme: SheetScheme, a: SheetAssessment): ScoreSheet {
  const stable = STABLE_STATUSES.has(a.status);
  const submitted = SUBMITTED_STATUSES.has(a.status);
  const indicators = a.indicators ?? {};
  const rows: ScoreSheetRow[] = scheme.items.map((it) => {
    const review = a.review?.[String(it.id)];
    const objections = (a.objections ?? []).filter((o) => o.itemId === it.id);
    // An item the team left without a row lost only what its indicators say (as the engine scored it).
    const reviewScore = review
      ? review.score
      : itemScore({ id: it.id, code: it.code, categoryCode: it.categoryCode, maxPoints: it.maxPoints, rules: it.rules }, undefined, indicators).score;
    return {
      category: it.categoryName,
      item: it.code,
      content: it.content,
      maxPoints: it.maxPoints,
      scoringRule: it.scoringRule,
      selfScore: submitted ? (a.self?.[String(it.id)] ?? null) : null,
      reviewScore: stable ? reviewScore : null,
      // Nothing deducted: the reviewer's words are a remark (备注), not a reason for a deduction.
      deductionReason: stable && reviewScore < it.maxPoints ? deductionReason(it.rules, review?.counts, indicators, review?.reason) : "",
      note: [
        stable && reviewScore >= it.maxPoints ? (review?.reason ?? "") : "",
        ...objections.map((o) => {
          const label = zhLabel(ZH.objectionStatus, o.status);
          return `${label.startsWith("异议") ? "" : "异议"}${label}${o.decision ? `：${o.decision}` : ""}`;
        }),
      ]
        .filter(Boolean)
        .join("；"),
    };
  });
  const tiers = new Map(scheme.bonusTiers.map((t) => [t.key, t]));
  const band = scheme.bands.find((b) => b.key === a.grade);
  return {
    year,
    unitId: a.unitId,
    unitName: a.unitName,
    schemeTitle: scheme.title,
    rows,
    bonus: stable ? (a.resultBonus ?? 0) : 0,
    bonusItems: stable
      ? (a.bonuses ?? []).map((b) => ({ label: tiers.get(b.tierKey)?.label ?? b.tierKey, points: tiers.get(b.tierKey)?.points ?? 0, reason: b.reason }))
      : [],
    vetoCheck: scheme.vetoRules
      .filter((r) => appliesTo(r, a))
      .map((r) => {
        const hits = (a.vetoes ?? []).filter((v) => v.ruleId === r.id);
        return { rule: r.code, name: r.name, hit: hits.length > 0, basis: hits.length ? hits.map((h) => h.basis).join("；") : null };
      }),
    total: stable ? a.total : null,
    grade: stable && a.grade ? (band?.label ?? a.grade) : null,
    status: zhLabel(ZH.assessmentStatus, a.status),
  };
}

/** Every unit's sheet for the year (empty when the year has no scheme). Two queries. */
export async function getScoreSheets(db: Db, year: number): Promise<ScoreSheet[]> {
  const [scheme, assessments] = await Promise.all([loadSheetScheme(db, year), loadSheetAssessments(db, year)]);
  if (!scheme) return [];
  return assessments.map((a) => buildScoreSheet(year, scheme, a));
}

/** One unit's sheet, or undefined when the unit has no assessment that year. Two queries. */
export async function getScoreSheet(db: Db, year: number, unitId: number): Promise<ScoreSheet | undefined> {
  const [scheme, assessments] = await Promise.all([loadSheetScheme(db, year), loadSheetAssessments(db, year, unitId)]);
  if (!scheme || !assessments[0]) return undefined;
  return buildScoreSheet(year, scheme, assessments[0]);
}
