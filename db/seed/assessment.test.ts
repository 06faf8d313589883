// Integration: the demo assessment years as seeded — schemes that add up, last year final with one veto and
// a spread of grades whose stored results are what the engine gives from the stored scores, this year ready
// for the committee once 质量监督科 is done. Years come from the clock (DUALDUTY_NOW moves it).
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "@/db/test-utils";
import { seedDemoIfEmpty } from "@/db/scripts/seed";
import {
  assessments,
  assessmentReviewers,
  assessmentSchemes,
  indicators,
  indicatorValues,
  people,
  reviewScores,
  sanctions,
  schemeVetoRules,
  selfScores,
  units,
  vetoHits,
} from "@/db/schema";
import { computeResults, loadSchemeDef } from "@/db/queries/assessment-scoring";
import { checkScheme } from "@/lib/assessment/scheme-check";
import { itemScore, rank } from "@/lib/assessment/score";
import { addOneMonth } from "@/lib/assessment/consequences";
import { calendarYear } from "@/lib/clock";
import { CATEGORIES } from "./assessment-data";
import { PLAN_LAST_YEAR } from "./assessment-data-rules";
import { closeDates } from "./assessment-close";
import { planUnitYear } from "./assessment-plan";
import { resultJson } from "./assessment-years";
import { demoCalendar } from "./demo-calendar";

const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
});
afterAll(async () => {
  await h?.cleanup();
});

const tenths = (n: number) => Math.round(n * 10);
const schemeOf = async (year: number) =>
  (await h.db.select().from(assessmentSchemes).where(eq(assessmentSchemes.year, year)))[0];
const yearRows = async (year: number) =>
  h.db
    .select({ a: assessments, code: units.code, group: units.group })
    .from(assessments)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
    .innerJoin(units, eq(units.id, assessments.unitId))
    .where(eq(assessmentSchemes.year, year))
    .orderBy(asc(units.sortOrder));

describe("demo schemes", () => {
  it.each([LAST, Y])("%i: 100 points in 7 categories whose items add up, and no scheme problem", async (year) => {
    const scheme = await schemeOf(year);
    const { def, vetoRules } = await loadSchemeDef(h.db, scheme.id);
    expect(def.categories).toHaveLength(7);
    expect(def.categories.reduce((s, c) => s + tenths(c.points), 0)).toBe(1000);
    for (const c of def.categories) {
      const items = def.items.filter((i) => i.categoryCode === c.code);
      expect(items.length, c.name).toBeGreaterThanOrEqual(3);
      expect(items.length, c.name).toBeLessThanOrEqual(5);
      expect(
        items.reduce((s, i) => s + tenths(i.maxPoints), 0),
        c.name,
      ).toBe(tenths(c.points));
    }
    const codes = (
      await h.db.select({ code: indicators.code }).from(indicators).where(eq(indicators.schemeId, scheme.id))
    ).map((r) => r.code);
    const problems = checkScheme({
      ...def,
      vetoRules: vetoRules.map((v) => ({ code: v.code, name: v.name, effect: v.effect, effectGrade: v.effectGrade })),
      indicatorCodes: codes,
    });
    expect(problems).toEqual([]);
    expect(scheme).toMatchObject({
      bonusCap: 5,
      bonusMode: "sum",
      publicityDays: 5,
      status: year === LAST ? "locked" : "published",
    });
    expect(scheme.gradeBands.map((b) => [b.key, b.label, b.min, b.inclusive])).toEqual([
      ["excellent", "优秀", 90, true],
      ["good", "良好", 80, true],
      ["pass", "合格", 60, true],
      ["fail", "不合格", 0, true],
    ]);
  });

  it("has seven veto rules: most force 不合格, one caps at 合格, one zeroes the score, special equipment only for regulators and technical units", async () => {
    const scheme = await schemeOf(LAST);
    const rules = await h.db
      .select()
      .from(schemeVetoRules)
      .where(eq(schemeVetoRules.schemeId, scheme.id))
      .orderBy(asc(schemeVetoRules.sortOrder));
    expect(rules).toHaveLength(7);
    expect(rules.filter((r) => r.effect === "force_grade")).toHaveLength(5);
    expect(rules.find((r) => r.effect === "cap_grade")).toMatchObject({
      name: "发生重大负面舆情或被上级通报批评",
      effectGrade: "pass",
    });
    expect(rules.find((r) => r.effect === "zero_score")?.name).toBe("弄虚作假、伪造考核材料");
    expect(rules.find((r) => r.name.startsWith("特种设备"))?.appliesTo).toEqual({
      groups: ["regulatory", "technical"],
      kinds: [],
    });
    for (const r of rules) expect(r.basis.length, r.name).toBeGreaterThan(20);
  });

  it("names 白文涛 and 鄂振华 as reviewers both years", async () => {
    const rows = await h.db
      .select({ year: assessmentSchemes.year, name: people.name })
      .from(assessmentReviewers)
      .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessmentReviewers.schemeId))
      .innerJoin(people, eq(people.id, assessmentReviewers.personId))
      .orderBy(asc(assessmentSchemes.year), asc(people.name));
    expect(rows.map((r) => `${r.year} ${r.name}`).sort()).toEqual(
      [`${LAST} 白文涛`, `${LAST} 鄂振华`, `${Y} 白文涛`, `${Y} 鄂振华`].sort(),
    );
  });

  it("sets 特种设备定期检验率 only for regulatory and technical units; every actual of last year is in", async () => {
    const rows = await h.db
      .select({
        year: assessmentSchemes.year,
        code: indicators.code,
        group: units.group,
        actual: indicatorValues.actual,
      })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, indicators.schemeId))
      .innerJoin(units, eq(units.id, indicatorValues.unitId));
    const se = rows.filter((r) => r.code === "SE-INSP");
    expect(se.length).toBeGreaterThan(0);
    expect(se.every((r) => r.group === "regulatory" || r.group === "technical")).toBe(true);
    expect(rows.filter((r) => r.year === LAST && r.actual == null)).toEqual([]);
    const missing = rows.filter((r) => r.year === Y && r.actual == null).length;
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(rows.filter((r) => r.year === Y).length / 4);
  });
});

describe("last year: closed", () => {
  it("every assessed unit is final, with exactly one veto: 特种设备检验研究院, 不合格 whatever its score, the trace naming the rule", async () => {
    const rows = await yearRows(LAST);
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.a.status === "final" && r.a.finalisedAt && r.a.decidedAt && r.a.publicisedUntil)).toBe(
      true,
    );
    const vetoed = rows.filter((r) => r.a.isVetoed);
    expect(vetoed.map((r) => r.code)).toEqual(["AFF-SPECIAL"]);
    const v = vetoed[0].a;
    expect(v.grade).toBe("fail");
    expect(v.total).toBeGreaterThanOrEqual(90);
    expect(v.rank).toBe(20);
    expect(v.result?.trace).toHaveLength(1);
    expect(v.result?.trace[0]).toMatchObject({
      rule: "V2",
      name: "事故迟报、漏报、谎报、瞒报",
      effect: "force_grade",
      confirmedBy: "欧阳晓雯",
    });
    expect(v.result?.trace[0].basis).toContain(`${LAST}-08-14`);
    expect(v.result?.trace[0].before.grade).toBe("excellent");
    expect(v.result?.trace[0].after.grade).toBe("fail");
    const hits = await h.db.select().from(vetoHits);
    expect(hits.map((x) => [x.assessmentId, x.status])).toEqual([[v.id, "confirmed"]]);
  });

  it("spreads grades: several 优秀 (质量监督科 exactly on 90.0), most 良好, a couple 合格", async () => {
    const rows = await yearRows(LAST);
    const by = (g: string) => rows.filter((r) => r.a.grade === g).length;
    expect(new Set(rows.map((r) => r.a.grade)).size).toBeGreaterThanOrEqual(3);
    expect(by("excellent")).toBeGreaterThanOrEqual(3);
    expect(by("good")).toBeGreaterThan(rows.length / 2);
    expect(by("pass")).toBeGreaterThanOrEqual(2);
    expect(rows.find((r) => r.code === "SEC-QUALITY")?.a).toMatchObject({ total: 90, grade: "excellent" });
    expect(rows.find((r) => r.code === "BR-HITECH")?.a).toMatchObject({ total: 80, grade: "good" });
  });

  it("stores what the engine gives from the stored scores: totals, grades, result snapshots and ranks", async () => {
    const computed = await computeResults(h.db, LAST);
    const stored = new Map((await yearRows(LAST)).map((r) => [r.a.id, r.a]));
    expect(computed!.rows).toHaveLength(20);
    for (const c of computed!.rows) {
      const a = stored.get(c.assessmentId)!;
      expect({ total: a.total, grade: a.grade, vetoed: a.isVetoed }, c.unitCode).toEqual({
        total: c.result.total,
        grade: c.result.grade,
        vetoed: c.result.vetoed,
      });
      expect(a.result, c.unitCode).toEqual(resultJson(c.result));
      expect(a.selfTotal, c.unitCode).toBe(c.selfTotal);
    }
    const ranks = rank(
      computed!.rows.map((c) => ({ id: c.assessmentId, total: c.result.total, vetoed: c.result.vetoed })),
    );
    for (const r of ranks) expect(stored.get(r.id)!.rank).toBe(r.rank);
  });

  it("keeps the year frozen: a review score of last year cannot change", async () => {
    const [row] = await h.db
      .select({ id: reviewScores.id })
      .from(reviewScores)
      .innerJoin(assessments, eq(assessments.id, reviewScores.assessmentId))
      .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessments.schemeId))
      .where(eq(assessmentSchemes.year, LAST))
      .limit(1);
    await expect(
      h.db.update(reviewScores).set({ reason: "changed" }).where(eq(reviewScores.id, row.id)),
    ).rejects.toThrow();
  });

  it("has the confirmed 奖惩兑现: the vetoed unit loses honours and rectifies; its head and leaders may not be 优秀; each 优秀 unit is commended", async () => {
    const rows = await h.db
      .select({ s: sanctions, code: units.code, person: people.name })
      .from(sanctions)
      .leftJoin(units, eq(units.id, sanctions.unitId))
      .leftJoin(people, eq(people.id, sanctions.personId))
      .where(eq(sanctions.year, LAST));
    expect(rows.every((r) => r.s.status === "confirmed" && r.s.confirmedBy != null)).toBe(true);
    const kinds = (kind: string) => rows.filter((r) => r.s.kind === kind);
    expect(kinds("lose_honours").map((r) => r.code)).toEqual(["AFF-SPECIAL"]);
    // Due one month after the year was finalised: 16 January in the story, by today's cutoff on any date.
    const cal = demoCalendar();
    const { finalised } = closeDates(cal);
    expect(finalised <= cal.cutoff && finalised <= `${Y}-01-16`).toBe(true);
    expect(kinds("rectification").map((r) => [r.code, r.s.dueDate])).toEqual([["AFF-SPECIAL", addOneMonth(finalised)]]);
    const noExcellent = kinds("no_excellent").map((r) => r.person);
    expect(noExcellent).toHaveLength(3);
    expect(noExcellent).toEqual(expect.arrayContaining(["白文涛", "鄂振华"]));
    const excellent = (await yearRows(LAST)).filter((r) => r.a.grade === "excellent").map((r) => r.code);
    expect(
      kinds("commendation")
        .map((r) => r.code)
        .sort(),
    ).toEqual(excellent.sort());
  });
});

describe("this year: in progress", () => {
  it("质量监督科 is open with no scores; every other assessed unit is reviewed; nothing decided or vetoed", async () => {
    const rows = await yearRows(Y);
    expect(rows).toHaveLength(20);
    const quality = rows.find((r) => r.code === "SEC-QUALITY")!.a;
    expect(quality.status).toBe("open");
    const n = async (table: typeof selfScores | typeof reviewScores) =>
      (
        await h.db
          .select({ n: sql<number>`count(*)::int` })
          .from(table)
          .where(eq(table.assessmentId, quality.id))
      )[0].n;
    expect(await n(selfScores)).toBe(0);
    expect(await n(reviewScores)).toBe(0);
    expect(
      rows
        .filter((r) => r.code !== "SEC-QUALITY")
        .every((r) => r.a.status === "reviewed" && r.a.reviewedAt && r.a.total == null),
    ).toBe(true);
    const hits = await h.db
      .select({ id: vetoHits.id })
      .from(vetoHits)
      .innerJoin(assessments, eq(assessments.id, vetoHits.assessmentId))
      .innerJoin(
        assessmentSchemes,
        and(eq(assessmentSchemes.id, assessments.schemeId), eq(assessmentSchemes.year, Y)),
      );
    expect(hits).toEqual([]);
  });

  it("stores each review score as the engine scores the item from its counts and the unit's indicators", async () => {
    for (const year of [LAST, Y]) {
      const computed = await computeResults(h.db, year);
      const reviews = await h.db
        .select()
        .from(reviewScores)
        .innerJoin(assessments, eq(assessments.id, reviewScores.assessmentId))
        .innerJoin(
          assessmentSchemes,
          and(eq(assessmentSchemes.id, assessments.schemeId), eq(assessmentSchemes.year, year)),
        );
      expect(reviews.length).toBe(26 * (year === LAST ? 20 : 19));
      const items = new Map(computed!.def.items.map((i) => [i.id, i]));
      const inputs = new Map(computed!.rows.map((r) => [r.assessmentId, r]));
      for (const { review_scores: r } of reviews) {
        const item = items.get(r.itemId)!;
        const row = inputs.get(r.assessmentId)!;
        const fromItems = row.result.items.find((i) => i.id === r.itemId)!;
        expect({ deduction: r.deduction, score: r.score }).toEqual({
          deduction: fromItems.deduction,
          score: fromItems.score,
        });
        expect(itemScore(item, r.counts, {}).score).toBeGreaterThanOrEqual(r.score);
      }
    }
  });
});

describe("planning", () => {
  it("is deterministic: the same plan twice gives the same counts and actuals", () => {
    const unit = { code: "SEC-FOOD", group: "regulatory" as const, index: 8 };
    const plan = PLAN_LAST_YEAR(LAST)["SEC-FOOD"];
    const a = planUnitYear(CATEGORIES, unit, 2025, plan, { actualsMissing: false });
    const b = planUnitYear(CATEGORIES, unit, 2025, plan, { actualsMissing: false });
    expect(b).toEqual(a);
  });
});
