// Demo annual assessment (DESIGN §7): last year closed (scheme locked, every unit final, one veto, 奖惩兑现
// confirmed) and this year in progress (scheme published; 质量监督科 open, every other unit reviewed), on the
// demo calendar (demo-calendar.ts: story dates of 2025 and 2026 moved onto the clock). Runs inside
// the demo seed's audited transaction, after seedDuties; one insert per table. Order matters: migration 0009
// freezes the children of a final assessment and of a locked scheme, so 'final' and 'locked' are set last.
import { and, asc, eq, inArray } from "drizzle-orm";
import { addDays } from "@/lib/assessment/consequences";
import type { AuditedTx } from "../audited";
import {
  assessmentEvents,
  assessments,
  bonusAwards,
  indicatorValues,
  people,
  reviewScores,
  selfScores,
  units,
  users,
  vetoHits,
} from "../schema";
import * as R from "./assessment-data-rules";
import { closeDates, closeLastYear } from "./assessment-close";
import { at, insertSchemes, schemeDates } from "./assessment-scheme";
import { demoCalendar, type DemoCalendar } from "./demo-calendar";
import { planYear, resultJson, scoreYear, type AssessedUnit, type UnitYear } from "./assessment-years";

/** Named members of the 考核组 besides the committee office. */
const REVIEWERS = ["白文涛", "鄂振华"];
/** Units whose head has a demo login: they submitted their own self-assessment. */
const HEAD_LOGIN: Record<string, string> = { "SEC-QUALITY": "chief-quality", "BR-EAST": "chief-branch" };

/** Story dates of each year's self-assessments, reviews and indicator actuals (by story year). */
const STEPS: Record<number, Record<"submitted" | "reviewed" | "values", string>> = {
  2025: { submitted: "2025-12-08", reviewed: "2025-12-22", values: "2025-12-05" },
  2026: { submitted: "2026-11-16", reviewed: "2026-11-23", values: "2026-11-10" },
};

const T = (n: number) => Math.round(n * 10);

/** `accidentId`: last year's lift accident the veto rests on (seeded by db/seed/hazards.ts), when present. */
export async function seedAssessment(
  tx: AuditedTx,
  opts: { accidentId?: number; cal?: DemoCalendar } = {},
): Promise<Record<string, number>> {
  const cal = opts.cal ?? demoCalendar();
  const close = closeDates(cal);
  const unitRows = await tx
    .select({ id: units.id, code: units.code, group: units.group })
    .from(units)
    .where(and(eq(units.isActive, true), inArray(units.kind, ["section", "affiliated", "branch"])))
    .orderBy(asc(units.sortOrder), asc(units.id));
  const assessed: AssessedUnit[] = unitRows.map((u, index) => ({ ...u, index }));
  const userRows = await tx
    .select({ id: users.id, username: users.username, personName: people.name })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId));
  const userId = (username: string) => {
    const u = userRows.find((r) => r.username === username);
    if (!u) throw new Error(`assessment seed: no user ${username}`);
    return u.id;
  };
  const reviewerRows = await tx.select({ id: people.id }).from(people).where(inArray(people.name, REVIEWERS));
  if (reviewerRows.length !== REVIEWERS.length) throw new Error("assessment seed: reviewers not found");
  const director = userId("director");
  const office = userId("office");

  const { schemes, counts } = await insertSchemes(
    tx,
    cal,
    director,
    reviewerRows.map((r) => r.id),
  );
  // The chief engineer reviews the technical institutions and the committee office's own unit.
  const reviewerOf = (u: AssessedUnit) =>
    u.group === "technical" || u.code === "SEC-SPECIAL" ? userId("chief-engineer") : office;
  const headUser = (u: AssessedUnit) => (HEAD_LOGIN[u.code] ? userId(HEAD_LOGIN[u.code]) : null);

  const lastYear = planYear(cal.last, true, assessed);
  scoreYear(lastYear, schemes.get(cal.last)!, userRows.find((r) => r.username === "office")?.personName ?? "office");
  const all = [...lastYear, ...planYear(cal.current, false, assessed)];
  const scored = all.filter((p) => p.items);
  const step = (p: UnitYear, s: "submitted" | "reviewed" | "values", plus = 0) =>
    cal.date(addDays(STEPS[cal.story(p.year)][s], plus));
  const day = (p: UnitYear, s: "submitted" | "reviewed") => at(step(p, s, p.unit.index % 5));
  const SCHEME_DATES = Object.fromEntries([cal.last, cal.current].map((y) => [y, schemeDates(cal, y)]));
  const itemRows = (p: UnitYear) =>
    [...p.items!].map(([code, it]) => ({ itemId: schemes.get(p.year)!.itemId.get(code)!, it }));

  await tx.insert(indicatorValues).values(
    all.flatMap((p) =>
      p.values.map((v) => ({
        indicatorId: schemes.get(p.year)!.indicatorId.get(v.code)!,
        unitId: p.unit.id,
        target: v.target,
        actual: v.actual,
        version: v.actual == null ? 1 : 2,
        updatedBy: office,
        createdAt: at(SCHEME_DATES[p.year].published),
        updatedAt: at(v.actual == null ? SCHEME_DATES[p.year].published : step(p, "values")),
      })),
    ),
  );

  // Last year goes in as publicised (made final below); this year as reviewed, or open for 质量监督科.
  const aRows = await tx
    .insert(assessments)
    .values(
      all.map((p) => {
        const closed = p.year === cal.last;
        const started = p.items != null;
        return {
          schemeId: schemes.get(p.year)!.id,
          unitId: p.unit.id,
          status: closed ? ("publicised" as const) : started ? ("reviewed" as const) : ("open" as const),
          version: closed ? 6 : started ? 4 : 1,
          selfTotal: started ? itemRows(p).reduce((s, r) => s + T(r.it.self.score), 0) / 10 : null,
          total: p.result?.total ?? null,
          grade: p.result?.grade ?? null,
          rank: p.rank,
          isVetoed: p.result?.vetoed ?? false,
          result: p.result ? resultJson(p.result) : null,
          submittedBy: started ? headUser(p.unit) : null,
          submittedAt: started ? day(p, "submitted") : null,
          reviewedBy: started ? reviewerOf(p.unit) : null,
          reviewedAt: started ? day(p, "reviewed") : null,
          decidedBy: closed ? director : null,
          decidedAt: closed ? at(close.decided) : null,
          publicisedUntil: closed ? addDays(close.publicised, R.PUBLICITY_DAYS) : null,
          createdAt: at(SCHEME_DATES[p.year].published),
          updatedAt: closed
            ? at(close.publicised)
            : started
              ? day(p, "reviewed")
              : at(SCHEME_DATES[p.year].published),
        };
      }),
    )
    .returning({ id: assessments.id, schemeId: assessments.schemeId, unitId: assessments.unitId });
  const idOf = new Map(aRows.map((a) => [`${a.schemeId}|${a.unitId}`, a.id]));
  const assessmentId = (p: UnitYear) => idOf.get(`${schemes.get(p.year)!.id}|${p.unit.id}`)!;

  const selfRows = scored.flatMap((p) =>
    itemRows(p).map(({ itemId, it }) => {
      const when = day(p, "submitted");
      return {
        assessmentId: assessmentId(p),
        itemId,
        score: it.self.score,
        reason: it.self.reason,
        updatedBy: headUser(p.unit),
        createdAt: when,
        updatedAt: when,
      };
    }),
  );
  await tx.insert(selfScores).values(selfRows);
  const reviewRows = scored.flatMap((p) =>
    itemRows(p).map(({ itemId, it }) => {
      const when = day(p, "reviewed");
      const { counts, deduction, score, reason } = it;
      return {
        assessmentId: assessmentId(p),
        itemId,
        counts,
        deduction,
        score,
        reason,
        reviewerUserId: reviewerOf(p.unit),
        createdAt: when,
        updatedAt: when,
      };
    }),
  );
  await tx.insert(reviewScores).values(reviewRows);
  const bonusRows = scored.flatMap((p) =>
    p.bonuses.map(([tierKey, reason]) => ({
      assessmentId: assessmentId(p),
      tierKey,
      reason,
      awardedBy: office,
      createdAt: day(p, "reviewed"),
      updatedAt: day(p, "reviewed"),
    })),
  );
  await tx.insert(bonusAwards).values(bonusRows);

  const vetoed = lastYear.find((p) => p.unit.code === R.VETO_LAST_YEAR.unit)!;
  const [hit] = await tx
    .insert(vetoHits)
    .values({
      assessmentId: assessmentId(vetoed),
      ruleId: schemes.get(cal.last)!.ruleId.get(R.VETO_LAST_YEAR.rule)!,
      basis: R.VETO_LAST_YEAR.basis(cal.last),
      status: "confirmed",
      source: opts.accidentId ? "accident" : "manual",
      sourceRef: opts.accidentId ?? null,
      proposedBy: office,
      confirmedBy: office,
      confirmedAt: cal.instant(R.VETO_LAST_YEAR.confirmedAt),
      version: 2,
      createdAt: cal.instant(R.VETO_LAST_YEAR.proposedAt),
      updatedAt: cal.instant(R.VETO_LAST_YEAR.confirmedAt),
    })
    .returning({ id: vetoHits.id });

  type Ev = [step: string, from: string, to: string, actor: number | null, when: Date];
  const eventsOf = (p: UnitYear): Ev[] => [
    ["submit", "self_assessed", "submitted", headUser(p.unit), day(p, "submitted")],
    ["review", "submitted", "reviewed", reviewerOf(p.unit), day(p, "reviewed")],
    ...(p.year === cal.last
      ? ([
          ["decide", "reviewed", "decided", director, at(close.decided)],
          ["publicise", "decided", "publicised", director, at(close.publicised)],
          ["finalise", "publicised", "final", director, at(close.finalised)],
        ] as Ev[])
      : []),
  ];
  const eventRows = scored.flatMap((p) =>
    eventsOf(p).map(([step, fromStatus, toStatus, actorUserId, when]) => ({
      assessmentId: assessmentId(p),
      step,
      fromStatus,
      toStatus,
      actorUserId,
      createdAt: when,
      updatedAt: when,
    })),
  );
  await tx.insert(assessmentEvents).values(eventRows);

  const sanctionCount = await closeLastYear(
    tx,
    cal,
    schemes.get(cal.last)!.id,
    lastYear.map((p) => ({ ...p, assessmentId: assessmentId(p) })),
    hit.id,
    director,
  );

  return {
    assessmentSchemes: schemes.size,
    schemeCategories: counts.categories,
    schemeItems: counts.items,
    schemeVetoRules: counts.vetoRules,
    indicators: counts.indicators,
    assessments: aRows.length,
    selfScores: selfRows.length,
    reviewScores: reviewRows.length,
    bonusAwards: bonusRows.length,
    vetoHits: 1,
    assessmentEvents: eventRows.length,
    sanctions: sanctionCount,
  };
}
