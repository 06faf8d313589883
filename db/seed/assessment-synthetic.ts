// A synthetic assessment year for tests and the benchmark: a published 100-point scheme (4 categories,
// 12 items, bonus ≤ 5, default bands, two veto rules) and, for the given units, reviewed assessments with
// deterministic review scores that spread over the grades, bonuses for some and confirmed vetoes for the
// listed units. A fixed number of bulk statements whatever the number of units.
import type { AuditedTx } from "../audited";
import { itemScore, type ItemDef } from "@/lib/assessment/score";
import { now } from "@/lib/clock";
import {
  assessments,
  assessmentSchemes,
  bonusAwards,
  reviewScores,
  schemeCategories,
  schemeItems,
  schemeVetoRules,
  vetoHits,
  type DeductionRuleJson,
} from "../schema";
import { prng } from "./demo";

const CATEGORIES = [
  { code: "C1", name: "组织领导", points: 25 },
  { code: "C2", name: "责任落实", points: 25 },
  { code: "C3", name: "隐患治理", points: 25 },
  { code: "C4", name: "应急管理", points: 25 },
];
export const SYNTHETIC_BANDS = [
  { key: "excellent", label: "优秀", min: 90, inclusive: true },
  { key: "good", label: "良好", min: 80, inclusive: true },
  { key: "pass", label: "合格", min: 60, inclusive: true },
  { key: "fail", label: "不合格", min: 0, inclusive: true },
];

export type SyntheticYear = {
  schemeId: number;
  /** unit id → assessment id */
  assessmentIds: Map<number, number>;
  items: { id: number; code: string; maxPoints: number; rules: DeductionRuleJson[] }[];
  vetoRuleIds: { late: number; cap: number };
};

export async function seedSyntheticAssessment(
  tx: AuditedTx,
  opts: { year: number; unitIds: number[]; vetoUnitIds?: number[]; seed?: number; confirmedBy?: number | null; status?: "reviewed" | "submitted" },
): Promise<SyntheticYear> {
  const rand = prng(opts.seed ?? opts.year);
  const [scheme] = await tx
    .insert(assessmentSchemes)
    .values({
      year: opts.year,
      title: `${opts.year}年度安全生产责任制考核方案`,
      status: "published",
      totalPoints: 100,
      bonusCap: 5,
      bonusMode: "sum",
      bonusTiers: [
        { key: "national", label: "国家级表彰", points: 3 },
        { key: "provincial", label: "省级表彰", points: 2 },
        { key: "municipal", label: "市级表彰", points: 1 },
      ],
      gradeBands: SYNTHETIC_BANDS,
      publicityDays: 5,
      publishedAt: new Date(`${opts.year}-02-01T00:00:00Z`),
    })
    .returning({ id: assessmentSchemes.id });
  const cats = await tx
    .insert(schemeCategories)
    .values(CATEGORIES.map((c, i) => ({ schemeId: scheme.id, ...c, sortOrder: i + 1 })))
    .returning({ id: schemeCategories.id, code: schemeCategories.code });
  const items = await tx
    .insert(schemeItems)
    .values(
      cats.flatMap((c, ci) =>
        [10, 8, 7].map((maxPoints, k) => ({
          schemeId: scheme.id,
          categoryId: c.id,
          code: `${c.code}.${k + 1}`,
          content: `${CATEGORIES[ci].name} 第${k + 1}项`,
          maxPoints,
          scoringRule: "每发现一处问题扣 2 分，扣完为止",
          deductionRules: [{ key: "issue", label: "发现问题", kind: "per_occurrence", points: 2 }] as DeductionRuleJson[],
          sortOrder: ci * 10 + k + 1,
        })),
      ),
    )
    .returning({ id: schemeItems.id, code: schemeItems.code, maxPoints: schemeItems.maxPoints, rules: schemeItems.deductionRules, categoryId: schemeItems.categoryId });
  const rules = await tx
    .insert(schemeVetoRules)
    .values([
      {
        schemeId: scheme.id,
        code: "V1",
        name: "事故迟报",
        basis: "《生产安全事故报告和调查处理条例》第九条",
        effect: "force_grade" as const,
        effectGrade: "fail",
        consequences: ["lose_honours", "no_excellent", "rectification"],
        sortOrder: 1,
      },
      {
        schemeId: scheme.id,
        code: "V2",
        name: "重大隐患逾期未整改",
        basis: "挂牌督办隐患逾期",
        effect: "cap_grade" as const,
        effectGrade: "pass",
        consequences: ["lose_honours"],
        sortOrder: 2,
      },
    ])
    .returning({ id: schemeVetoRules.id, code: schemeVetoRules.code });
  const rows = await tx
    .insert(assessments)
    .values(opts.unitIds.map((unitId) => ({ schemeId: scheme.id, unitId, status: opts.status ?? ("reviewed" as const), reviewedAt: now() })))
    .returning({ id: assessments.id, unitId: assessments.unitId });
  const ids = new Map(rows.map((r) => [r.unitId, r.id]));

  // Issues per unit: 0..10 spread over items, so totals fall across the bands (≈ 80–100, some lower).
  const catCode = new Map(cats.map((c) => [c.id, c.code]));
  const defs: ItemDef[] = items.map((i) => ({ id: i.id, code: i.code, categoryCode: catCode.get(i.categoryId)!, maxPoints: i.maxPoints, rules: i.rules }));
  const scores = rows.flatMap((a, ui) => {
    const issues = ui % 7 === 6 ? 12 + rand(8) : rand(11);
    const per = new Map<number, number>();
    for (let k = 0; k < issues; k++) {
      const it = defs[rand(defs.length)].id;
      per.set(it, (per.get(it) ?? 0) + 1);
    }
    return defs.map((d) => {
      const counts = { issue: per.get(d.id) ?? 0 };
      const s = itemScore(d, counts, {});
      return { assessmentId: a.id, itemId: d.id, counts, deduction: s.deduction, score: s.score, reason: counts.issue ? `发现问题 ${counts.issue} 处` : "" };
    });
  });
  for (let i = 0; i < scores.length; i += 5000) await tx.insert(reviewScores).values(scores.slice(i, i + 5000));
  const bonuses = rows.filter((_, ui) => ui % 5 === 0).map((a) => ({ assessmentId: a.id, tierKey: "municipal", reason: "市级安全生产先进单位" }));
  if (bonuses.length) await tx.insert(bonusAwards).values(bonuses);
  const late = rules.find((r) => r.code === "V1")!.id;
  const vetoes = (opts.vetoUnitIds ?? []).filter((u) => ids.has(u));
  if (vetoes.length) {
    await tx.insert(vetoHits).values(
      vetoes.map((u) => ({
        assessmentId: ids.get(u)!,
        ruleId: late,
        basis: "事故发生后超过 1 小时才向局报告",
        status: "confirmed" as const,
        confirmedBy: opts.confirmedBy ?? null,
        confirmedAt: now(),
      })),
    );
  }
  return {
    schemeId: scheme.id,
    assessmentIds: ids,
    items: items.map((i) => ({ id: i.id, code: i.code, maxPoints: i.maxPoints, rules: i.rules })),
    vetoRuleIds: { late, cap: rules.find((r) => r.code === "V2")!.id },
  };
}
