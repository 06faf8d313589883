// Integration: building a scheme, copying it to the next year, refusing a save that breaks the totals,
// publishing (one assessment per assessed unit) and the freeze of published and locked schemes.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit, type AuditedTx } from "@/db/audited";
import { SUM_KEYS } from "@/lib/assessment/scheme-check";
import { assessmentReviewers, assessments, indicatorValues, people, units } from "@/db/schema";
import {
  checkedChange,
  copyScheme,
  createAssessmentsForScheme,
  createScheme,
  getSchemeForYear,
  listSchemes,
  lockDraftScheme,
  updateSchemeStatus,
} from "./assessment-scheme";
import { createIndicator, getIndicatorTable, upsertIndicatorValue } from "./assessment-indicators";
import {
  createCategory,
  createItem,
  createVetoRule,
  getItem,
  updateItem,
  updatePoints,
} from "./assessment-scheme-parts";

let h: Awaited<ReturnType<typeof openTestDb>>;
const U: Record<string, number> = {};
let reviewerIds: number[] = [];

const tx = <T>(fn: (tx: AuditedTx) => Promise<T>) =>
  withAudit(h.db, SYSTEM, async (t) => ({ value: await fn(t), audit: { action: "test" } }));
/** A refused save: throw inside the transaction so that nothing of it stays. */
class Refused extends Error {}

beforeAll(async () => {
  h = await openTestDb();
  const [bureau] = await h.db.insert(units).values({ code: "T-BUR", name: "测试局", kind: "bureau" }).returning();
  const rows = await h.db
    .insert(units)
    .values([
      { code: "T-LEAD", name: "领导班子", kind: "leadership" as const, parentId: bureau.id },
      { code: "T-S1", name: "质量科", kind: "section" as const, group: "regulatory" as const, parentId: bureau.id },
      { code: "T-S2", name: "办公室", kind: "section" as const, group: "general" as const, parentId: bureau.id },
      {
        code: "T-S3",
        name: "撤销科",
        kind: "section" as const,
        group: "general" as const,
        parentId: bureau.id,
        isActive: false,
      },
      { code: "T-A1", name: "检验院", kind: "affiliated" as const, group: "technical" as const, parentId: bureau.id },
      { code: "T-B1", name: "城东分局", kind: "branch" as const, group: "field" as const, parentId: bureau.id },
    ])
    .returning();
  for (const r of rows) U[r.code] = r.id;
  const ps = await h.db
    .insert(people)
    .values([
      { staffNo: "T001", name: "甲" },
      { staffNo: "T002", name: "乙", isActive: false },
    ])
    .returning();
  reviewerIds = ps.map((p) => p.id);
});
afterAll(async () => {
  await h?.cleanup();
});

async function build2040() {
  const scheme = (await tx((t) =>
    createScheme(t, { year: 2040, title: "2040年度安全生产责任制考核方案", totalPoints: 100 }),
  ))!;
  await tx(async (t) => {
    const c1 = await createCategory(t, scheme.id, { code: "C1", name: "组织领导", points: 60 });
    const c2 = await createCategory(t, scheme.id, { code: "C2", name: "隐患治理", points: 40 });
    await createIndicator(t, {
      schemeId: scheme.id,
      code: "rectify_rate",
      name: "隐患整改率",
      measure: "%",
      direction: "higher_better",
    });
    await createItem(t, scheme.id, {
      categoryId: c1.id,
      code: "C1-01",
      content: "召开安委会",
      maxPoints: 35.5,
      scoringRule: "每缺一次扣2分",
      deductionRules: [{ key: "r1", label: "缺会", kind: "per_occurrence", points: 2 }],
    });
    await createItem(t, scheme.id, {
      categoryId: c1.id,
      code: "C1-02",
      content: "责任清单",
      maxPoints: 24.5,
      scoringRule: "缺一项扣1分",
      deductionRules: [],
    });
    await createItem(t, scheme.id, {
      categoryId: c2.id,
      code: "C2-01",
      content: "隐患整改",
      maxPoints: 40,
      scoringRule: "整改率每低1个百分点扣0.5分",
      deductionRules: [
        { key: "r1", label: "整改率不足", kind: "per_percent_shortfall", points: 0.5, indicator: "rectify_rate" },
      ],
    });
    await createVetoRule(t, scheme.id, {
      code: "V1",
      name: "迟报事故",
      basis: "《生产安全事故报告和调查处理条例》",
      effect: "force_grade",
      effectGrade: "fail",
      consequences: ["lose_honours", "no_excellent", "rectification"],
      appliesTo: { groups: [], kinds: ["section"] },
    });
    await t.insert(assessmentReviewers).values(reviewerIds.map((personId) => ({ schemeId: scheme.id, personId })));
  });
  const table = await getIndicatorTable(h.db, scheme.id);
  const ind = table.indicators[0];
  await tx(async (t) => {
    for (const code of ["T-S1", "T-S2", "T-A1"])
      await upsertIndicatorValue(t, {
        indicatorId: ind.id,
        unitId: U[code],
        target: 95,
        actual: 90,
        version: null,
        userId: null,
      });
  });
  return scheme;
}

describe("a scheme from empty to published", () => {
  it("an empty scheme has the default bands and one problem: no categories against 100", async () => {
    const scheme = await build2040();
    const view = (await getSchemeForYear(h.db, 2040))!;
    expect(view.scheme.gradeBands.map((b) => b.key)).toEqual(["excellent", "good", "pass", "fail"]);
    expect(view.problems).toEqual([]);
    expect(view.items.map((i) => i.code)).toEqual(["C1-01", "C1-02", "C2-01"]);
    expect(view.reviewers.map((r) => r.name).sort()).toEqual(["乙", "甲"].sort());
    // A scheme with no categories yet has the totals problem only.
    const empty = (await tx((t) => createScheme(t, { year: 2039, title: "空方案", totalPoints: 100 })))!;
    expect((await getSchemeForYear(h.db, 2039))!.problems.map((p) => p.key)).toEqual(["scheme.check.totalMismatch"]);
    expect(await tx((t) => createScheme(t, { year: 2039, title: "again", totalPoints: 100 }))).toBeUndefined();
    expect(scheme.year).toBe(2040);
    expect(empty.status).toBe("draft");
  });

  it("copies last year's scheme into a draft for the next year, once", async () => {
    const copied = (await tx((t) => copyScheme(t, 2040, 2041)))!;
    expect(copied).toMatchObject({ categories: 2, items: 3, vetoRules: 1, indicators: 1, targets: 3, reviewers: 1 });
    const from = (await getSchemeForYear(h.db, 2040))!;
    const to = (await getSchemeForYear(h.db, 2041))!;
    expect(to.scheme).toMatchObject({
      status: "draft",
      title: "2041年度安全生产责任制考核方案",
      totalPoints: 100,
      bonusCap: from.scheme.bonusCap,
    });
    const shape = (v: typeof from) => ({
      categories: v.categories.map((c) => [c.code, c.name, c.points]),
      items: v.items.map((i) => [
        i.code,
        v.categories.find((c) => c.id === i.categoryId)!.code,
        i.maxPoints,
        i.scoringRule,
        i.deductionRules,
      ]),
      vetoes: v.vetoRules.map((r) => [r.code, r.effect, r.effectGrade, r.consequences, r.appliesTo]),
      bands: v.scheme.gradeBands,
    });
    expect(shape(to)).toEqual(shape(from));
    expect(to.items.every((i) => !from.items.some((f) => f.id === i.id))).toBe(true);
    expect(to.reviewers.map((r) => r.name)).toEqual(["甲"]);
    const targets = await getIndicatorTable(h.db, to.scheme.id);
    expect(targets.values.map((v) => [v.target, v.actual])).toEqual([
      [95, null],
      [95, null],
      [95, null],
    ]);
    // Idempotent: the year exists now, and a year with nothing before it cannot be copied.
    expect(await tx((t) => copyScheme(t, 2040, 2041))).toBeUndefined();
    expect(await tx((t) => copyScheme(t, 2000, 2001))).toBeUndefined();
    expect((await getSchemeForYear(h.db, 2041))!.items).toHaveLength(3);
  });

  it("refuses a save that breaks the totals, and nothing of it is saved", async () => {
    const view = (await getSchemeForYear(h.db, 2041))!;
    const item = view.items.find((i) => i.code === "C1-02")!;
    const save = (maxPoints: number) =>
      tx(async (t) => {
        const locked = await lockDraftScheme(t, view.scheme.id, null);
        if (!locked) throw new Error("not a draft");
        const r = await checkedChange(t, view.scheme.id, () =>
          updateItem(t, item.id, item.version, { ...item, maxPoints }),
        );
        if (r.added.length) throw Object.assign(new Refused(), { added: r.added });
        return r.value;
      });
    const refused = await save(25).catch((e: Refused & { added: unknown[] }) => e);
    expect(refused).toBeInstanceOf(Refused);
    expect((refused as { added: unknown[] }).added).toEqual([
      {
        key: "scheme.check.categoryMismatch",
        path: "categories.C1.points",
        params: { category: "组织领导", sum: 60.5, points: 60 },
      },
    ]);
    const after = (await getSchemeForYear(h.db, 2041))!;
    expect(after.items.find((i) => i.id === item.id)).toMatchObject({ maxPoints: 24.5, version: item.version });
    expect(after.scheme.version).toBe(view.scheme.version);

    // Moving half a point between two items in one save keeps the sums: accepted.
    const other = view.items.find((i) => i.code === "C1-01")!;
    const moved = await tx(async (t) => {
      await lockDraftScheme(t, view.scheme.id, view.scheme.version);
      return checkedChange(t, view.scheme.id, () =>
        updatePoints(
          t,
          view.scheme.id,
          new Map(),
          new Map([
            [item.id, 25],
            [other.id, 35],
          ]),
        ),
      );
    });
    expect(moved).toMatchObject({ value: 2, added: [], problems: [] });
    // An item added to a balanced category unbalances it: tolerated as a structural change, listed as a problem.
    const c1 = view.categories.find((c) => c.code === "C1")!;
    const added = await tx((t) =>
      checkedChange(
        t,
        view.scheme.id,
        () =>
          createItem(t, view.scheme.id, {
            categoryId: c1.id,
            code: "C1-03",
            content: "新增",
            maxPoints: 1,
            scoringRule: "-",
            deductionRules: [],
          }),
        (p) => SUM_KEYS.has(p.key),
      ),
    );
    expect(added.added).toEqual([]);
    expect(added.problems.map((p) => p.path)).toEqual(["categories.C1.points"]);
  });

  it("a stale version is refused", async () => {
    const view = (await getSchemeForYear(h.db, 2041))!;
    expect(await tx((t) => lockDraftScheme(t, view.scheme.id, view.scheme.version - 1))).toBeUndefined();
    const item = view.items[0];
    expect(await tx((t) => updateItem(t, item.id, item.version - 1, { ...item }))).toBeUndefined();
  });

  it("publishing opens one assessment per active section, affiliated unit and branch, once", async () => {
    const s = (await getSchemeForYear(h.db, 2040))!.scheme;
    const approved = (await tx((t) =>
      updateSchemeStatus(t, s.id, s.version, { from: "draft", to: "approved", by: null, now: new Date() }),
    ))!;
    expect(approved.status).toBe("approved");
    expect(
      await tx((t) =>
        updateSchemeStatus(t, s.id, s.version, { from: "approved", to: "published", by: null, now: new Date() }),
      ),
    ).toBeUndefined();
    const published = await tx(async (t) => {
      const row = await updateSchemeStatus(t, s.id, approved.version, {
        from: "approved",
        to: "published",
        by: null,
        now: new Date(),
      });
      return { row, created: await createAssessmentsForScheme(t, s.id) };
    });
    expect(published.row!.status).toBe("published");
    expect(published.created).toBe(4);
    const rows = await h.db
      .select({ unitId: assessments.unitId, status: assessments.status })
      .from(assessments)
      .where(eq(assessments.schemeId, s.id));
    expect(rows.map((r) => r.unitId).sort()).toEqual([U["T-S1"], U["T-S2"], U["T-A1"], U["T-B1"]].sort());
    expect(rows.every((r) => r.status === "open")).toBe(true);
    expect(await tx((t) => createAssessmentsForScheme(t, s.id))).toBe(0);
    const years = await listSchemes(h.db);
    expect(years.map((y) => [y.year, y.status, y.assessments])).toEqual([
      [2041, "draft", 0],
      [2040, "published", 4],
      [2039, "draft", 0],
    ]);
  });

  it("a published scheme takes no edits; a locked one is frozen by the database too", async () => {
    const view = (await getSchemeForYear(h.db, 2040))!;
    expect(await tx((t) => lockDraftScheme(t, view.scheme.id, null))).toBeUndefined();
    await h.query(`update assessment_schemes set status = 'locked' where id = ${view.scheme.id}`);
    const item = (await getItem(h.db, view.items[0].id))!;
    await expect(tx((t) => updateItem(t, item.id, item.version, { ...item, maxPoints: 1 }))).rejects.toMatchObject({
      cause: { code: "42501" },
    });
    await expect(h.query(`delete from scheme_veto_rules where scheme_id = ${view.scheme.id}`)).rejects.toThrow(
      /locked scheme/,
    );
    expect((await getItem(h.db, item.id))!.maxPoints).toBe(item.maxPoints);
    expect(await h.db.select().from(indicatorValues)).toHaveLength(6);
  });
});
