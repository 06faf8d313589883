// Demo annual assessment (DESIGN §7): 2025 closed (scheme locked, every unit final, one veto, 奖惩兑现
// confirmed) and 2026 in progress (scheme published; 质量监督科 open, every other unit reviewed). Runs inside
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
import { CLOSE_2025, closeYear2025 } from "./assessment-close";
import { SCHEME_DATES, at, insertSchemes } from "./assessment-scheme";
import { planYear, resultJson, scoreYear, type AssessedUnit, type UnitYear } from "./assessment-years";

/** Named members of the 考核组 besides the committee office. */
const REVIEWERS = ["白文涛", "鄂振华"];
/** Units whose head has a demo login: they submitted their own self-assessment. */
const HEAD_LOGIN: Record<string, string> = { "SEC-QUALITY": "chief-quality", "BR-EAST": "chief-branch" };

const STEPS = {
  2025: { submitted: "2025-12-08", reviewed: "2025-12-22", values: "2025-12-05" },
  2026: { submitted: "2026-11-16", reviewed: "2026-11-23", values: "2026-11-10" },
} as const;

const T = (n: number) => Math.round(n * 10);

/** `accidentId`: the 2025 lift accident the veto rests on (seeded by db/seed/hazards.ts), when present. */
export async function seedAssessment(tx: AuditedTx, opts: { accidentId?: number } = {}): Promise<Record<string, number>> {
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
    director,
    reviewerRows.map((r) => r.id),
  );
  // The chief engineer reviews the technical institutions and the committee office's own unit.
  const reviewerOf = (u: AssessedUnit) =>
    u.group === "technical" || u.code === "SEC-SPECIAL" ? userId("chief-engineer") : office;
  const headUser = (u: AssessedUnit) => (HEAD_LOGIN[u.code] ? userId(HEAD_LOGIN[u.code]) : null);

  const y2025 = planYear(2025, assessed);
  scoreYear(y2025, schemes.get(2025)!, userRows.find((r) => r.username === "office")?.personName ?? "office");
  const all = [...y2025, ...planYear(2026, assessed)];
  const scored = all.filter((p) => p.items);
  const day = (p: UnitYear, step: "submitted" | "reviewed") => at(addDays(STEPS[p.year][step], p.unit.index % 5));
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
        updatedAt: at(v.actual == null ? SCHEME_DATES[p.year].published : STEPS[p.year].values),
      })),
    ),
  );

  // 2025 goes in as publicised (made final below); 2026 as reviewed, or open for 质量监督科.
  const aRows = await tx
    .insert(assessments)
    .values(
      all.map((p) => {
        const closed = p.year === 2025;
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
          decidedAt: closed ? at(CLOSE_2025.decided) : null,
          publicisedUntil: closed ? addDays(CLOSE_2025.publicised, R.PUBLICITY_DAYS) : null,
          createdAt: at(SCHEME_DATES[p.year].published),
          updatedAt: closed
            ? at(CLOSE_2025.publicised)
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

  const vetoed = y2025.find((p) => p.unit.code === R.VETO_2025.unit)!;
  const [hit] = await tx
    .insert(vetoHits)
    .values({
      assessmentId: assessmentId(vetoed),
      ruleId: schemes.get(2025)!.ruleId.get(R.VETO_2025.rule)!,
      basis: R.VETO_2025.basis,
      status: "confirmed",
      source: opts.accidentId ? "accident" : "manual",
      sourceRef: opts.accidentId ?? null,
      proposedBy: office,
      confirmedBy: office,
      confirmedAt: new Date(R.VETO_2025.confirmedAt),
      version: 2,
      createdAt: new Date(R.VETO_2025.proposedAt),
      updatedAt: new Date(R.VETO_2025.confirmedAt),
    })
    .returning({ id: vetoHits.id });

  type Ev = [step: string, from: string, to: string, actor: number | null, when: Date];
  const eventsOf = (p: UnitYear): Ev[] => [
    ["submit", "self_assessed", "submitted", headUser(p.unit), day(p, "submitted")],
    ["review", "submitted", "reviewed", reviewerOf(p.unit), day(p, "reviewed")],
    ...(p.year === 2025
      ? ([
          ["decide", "reviewed", "decided", director, at(CLOSE_2025.decided)],
          ["publicise", "decided", "publicised", director, at(CLOSE_2025.publicised)],
          ["finalise", "publicised", "final", director, at(CLOSE_2025.finalised)],
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

  const sanctionCount = await closeYear2025(
    tx,
    schemes.get(2025)!.id,
    y2025.map((p) => ({ ...p, assessmentId: assessmentId(p) })),
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
