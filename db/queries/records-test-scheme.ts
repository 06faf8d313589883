// Test fixture (integration tests only): a small scheme for a year with a 隐患治理 item and the two veto rules
// events propose, and an assessment per listed unit in the given status.
import { eq } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import { assessments, assessmentSchemes, schemeCategories, schemeItems, schemeVetoRules } from "../schema";

export async function createTestScheme(
  tx: AuditedTx,
  year: number,
  units: { unitId: number; status: (typeof assessments.$inferInsert)["status"] }[],
) {
  const [scheme] = await tx
    .insert(assessmentSchemes)
    .values({
      year,
      title: `${year} 测试方案`,
      status: "published",
      gradeBands: [
        { key: "excellent", label: "优秀", min: 90, inclusive: true },
        { key: "fail", label: "不合格", min: 0, inclusive: true },
      ],
    })
    .returning();
  const [org, hazard] = await tx
    .insert(schemeCategories)
    .values([
      { schemeId: scheme.id, code: "org", name: "组织领导", points: 10, sortOrder: 1 },
      { schemeId: scheme.id, code: "hz", name: "隐患治理", points: 10, sortOrder: 2 },
    ])
    .returning();
  const items = await tx
    .insert(schemeItems)
    .values([
      {
        schemeId: scheme.id,
        categoryId: org.id,
        code: "1.1",
        content: "会议",
        maxPoints: 10,
        scoringRule: "-",
        deductionRules: [{ key: "m", label: "未开会", kind: "per_occurrence", points: 1 }],
        sortOrder: 1,
      },
      // The first 隐患治理 item counts monthly self-checks: the proposal must skip to the overdue-hazard rule.
      {
        schemeId: scheme.id,
        categoryId: hazard.id,
        code: "4.1",
        content: "隐患排查",
        maxPoints: 4,
        scoringRule: "-",
        deductionRules: [
          { key: "rate", label: "排查率不足", kind: "per_percent_shortfall", points: 1, indicator: "X" },
          { key: "monthly", label: "未按月自查", kind: "per_occurrence", points: 0.5 },
        ],
        sortOrder: 1,
      },
      {
        schemeId: scheme.id,
        categoryId: hazard.id,
        code: "4.2",
        content: "重大隐患按期整改",
        maxPoints: 6,
        scoringRule: "-",
        deductionRules: [
          { key: "rate2", label: "超期率", kind: "per_percent_shortfall", points: 1, indicator: "Y" },
          { key: "overdue", label: "重大隐患逾期未整改", kind: "per_occurrence", points: 2.5 },
        ],
        sortOrder: 2,
      },
    ])
    .returning();
  const rules = await tx
    .insert(schemeVetoRules)
    .values([
      { schemeId: scheme.id, code: "VX-1", name: "发生较大及以上事故", basis: "-", sortOrder: 1 },
      { schemeId: scheme.id, code: "VX-2", name: "事故迟报、漏报、谎报、瞒报", basis: "-", sortOrder: 2 },
      { schemeId: scheme.id, code: "VX-3", name: "重大隐患挂牌督办逾期未整改", basis: "-", sortOrder: 3 },
    ])
    .returning();
  const rows = units.length
    ? await tx
        .insert(assessments)
        .values(units.map((u) => ({ schemeId: scheme.id, unitId: u.unitId, status: u.status })))
        .returning()
    : [];
  return { scheme, items, rules, assessments: rows };
}

export async function setAssessmentStatus(
  tx: AuditedTx,
  assessmentId: number,
  status: (typeof assessments.$inferInsert)["status"],
) {
  await tx.update(assessments).set({ status }).where(eq(assessments.id, assessmentId));
}
