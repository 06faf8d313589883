// The demo 考核方案 rows for last year and this year (the same content; this year's was copied from last
// year's): categories, items,
// veto rules, control indicators and the named reviewers, inserted while both schemes are still
// 'published' (a locked scheme's content is frozen by migration 0009). Returns what the engine reads.
import type { SchemeDef } from "@/lib/assessment/score";
import type { AuditedTx } from "../audited";
import {
  assessmentReviewers,
  assessmentSchemes,
  indicators,
  schemeCategories,
  schemeItems,
  schemeVetoRules,
} from "../schema";
import { CATEGORIES } from "./assessment-data";
import * as R from "./assessment-data-rules";
import type { DemoCalendar } from "./demo-calendar";

/** A demo assessment year: last year (Y-1) or this year (Y). */
export type Year = number;

/** 10:00 in Shanghai on a YYYY-MM-DD date. */
export const at = (date: string) => new Date(`${date}T02:00:00Z`);
/** Story dates (by story year: 2025 last year, 2026 this year) the schemes were drafted, approved, published. */
const STORY_SCHEME_DATES: Record<number, { approved: string; published: string; drafted: string }> = {
  2025: { approved: "2025-02-25", published: "2025-03-01", drafted: "2025-02-05" },
  2026: { approved: "2026-02-26", published: "2026-03-02", drafted: "2026-02-06" },
};
/** A demo year's scheme dates on the demo calendar. */
export function schemeDates(cal: DemoCalendar, year: Year) {
  const d = STORY_SCHEME_DATES[cal.story(year)];
  return { approved: cal.date(d.approved), published: cal.date(d.published), drafted: cal.date(d.drafted) };
}

export type SchemeRows = {
  id: number;
  def: SchemeDef;
  itemId: Map<string, number>;
  ruleId: Map<string, number>;
  indicatorId: Map<string, number>;
};

export async function insertSchemes(tx: AuditedTx, cal: DemoCalendar, director: number, reviewerIds: number[]) {
  const YEARS = [cal.last, cal.current];
  const SCHEME_DATES = Object.fromEntries(YEARS.map((y) => [y, schemeDates(cal, y)]));
  const schemeRows = await tx
    .insert(assessmentSchemes)
    .values(
      YEARS.map((year) => ({
        year,
        title: R.SCHEME_TITLE(year),
        // Last year's is locked at the end, once its assessments are final.
        status: "published" as const,
        totalPoints: 100,
        bonusCap: R.BONUS_CAP,
        bonusMode: "sum" as const,
        bonusTiers: R.BONUS_TIERS,
        gradeBands: R.GRADE_BANDS,
        publicityDays: R.PUBLICITY_DAYS,
        version: 3,
        approvedBy: director,
        approvedAt: at(SCHEME_DATES[year].approved),
        publishedAt: at(SCHEME_DATES[year].published),
        createdAt: at(SCHEME_DATES[year].drafted),
        updatedAt: at(SCHEME_DATES[year].published),
      })),
    )
    .returning({ id: assessmentSchemes.id, year: assessmentSchemes.year });
  const schemeId = new Map(schemeRows.map((s) => [s.year, s.id]));
  const created = (year: Year) => ({
    createdAt: at(SCHEME_DATES[year].drafted),
    updatedAt: at(SCHEME_DATES[year].drafted),
  });

  const cats = await tx
    .insert(schemeCategories)
    .values(
      YEARS.flatMap((y) =>
        CATEGORIES.map((c, i) => ({
          schemeId: schemeId.get(y)!,
          code: c.code,
          name: c.name,
          points: c.points,
          sortOrder: i + 1,
          ...created(y),
        })),
      ),
    )
    .returning({ id: schemeCategories.id, schemeId: schemeCategories.schemeId, code: schemeCategories.code });
  const catId = new Map(cats.map((c) => [`${c.schemeId}|${c.code}`, c.id]));
  const items = await tx
    .insert(schemeItems)
    .values(
      YEARS.flatMap((y) =>
        CATEGORIES.flatMap((c) => c.items).map((it, i) => ({
          schemeId: schemeId.get(y)!,
          categoryId: catId.get(`${schemeId.get(y)}|${CATEGORIES.find((c) => c.items.includes(it))!.code}`)!,
          code: it.code,
          content: it.content,
          maxPoints: it.max,
          scoringRule: it.standard,
          deductionRules: it.rules,
          sortOrder: i + 1,
          ...created(y),
        })),
      ),
    )
    .returning({ id: schemeItems.id, schemeId: schemeItems.schemeId, code: schemeItems.code });
  const rules = await tx
    .insert(schemeVetoRules)
    .values(
      YEARS.flatMap((y) =>
        R.VETO_RULES.map((v, i) => ({ schemeId: schemeId.get(y)!, ...v, sortOrder: i + 1, ...created(y) })),
      ),
    )
    .returning({ id: schemeVetoRules.id, schemeId: schemeVetoRules.schemeId, code: schemeVetoRules.code });
  const inds = await tx
    .insert(indicators)
    .values(
      YEARS.flatMap((y) =>
        R.INDICATORS.map((ind, i) => ({
          schemeId: schemeId.get(y)!,
          code: ind.code,
          name: ind.name,
          measure: ind.measure,
          direction: ind.direction,
          sortOrder: i + 1,
          ...created(y),
        })),
      ),
    )
    .returning({ id: indicators.id, schemeId: indicators.schemeId, code: indicators.code });
  await tx
    .insert(assessmentReviewers)
    .values(
      YEARS.flatMap((y) => reviewerIds.map((personId) => ({ schemeId: schemeId.get(y)!, personId, ...created(y) }))),
    );

  const out = new Map<Year, SchemeRows>();
  for (const year of YEARS) {
    const id = schemeId.get(year)!;
    const of = <X extends { schemeId: number; code: string; id: number }>(rows: X[]) =>
      new Map(rows.filter((r) => r.schemeId === id).map((r) => [r.code, r.id]));
    const itemId = of(items);
    const def: SchemeDef = {
      totalPoints: 100,
      categories: CATEGORIES.map((c) => ({ code: c.code, name: c.name, points: c.points })),
      items: CATEGORIES.flatMap((c) =>
        c.items.map((it) => ({
          id: itemId.get(it.code)!,
          code: it.code,
          categoryCode: c.code,
          maxPoints: it.max,
          rules: it.rules,
        })),
      ),
      bonusCap: R.BONUS_CAP,
      bonusMode: "sum",
      bonusTiers: R.BONUS_TIERS,
      bands: R.GRADE_BANDS,
    };
    out.set(year, { id, def, itemId, ruleId: of(rules), indicatorId: of(inds) });
  }
  return {
    schemes: out,
    counts: { categories: cats.length, items: items.length, vetoRules: rules.length, indicators: inds.length },
  };
}
