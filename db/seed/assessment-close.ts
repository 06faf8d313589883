// Closes the demo's last assessment year as the committee did in January: every assessment final, the
// scheme locked (in that order, after all their children: migration 0009 freezes them), then the 奖惩兑现
// derived by the same rules as the finalise step (lib/assessment/consequences), confirmed by the chair.
import { and, asc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import { deriveSanctions } from "@/lib/assessment/consequences";
import type { UnitResult } from "@/lib/assessment/score";
import type { AuditedTx } from "../audited";
import { assessments, assessmentSchemes, postHoldings, posts, sanctions, supervisions } from "../schema";
import * as R from "./assessment-data-rules";
import { at } from "./assessment-scheme";
import { daysBetween, plusDays, type DemoCalendar } from "./demo-calendar";

/** The story's close of last year, in days after the decision on 8 January: publicised the next day (5 days
 * of publicity), final on the 16th, 奖惩兑现 confirmed on the 20th. */
const CLOSE_STEPS = { decided: 0, publicised: 1, finalised: 8, sanctionsConfirmed: 12 } as const;
export type CloseDates = Record<keyof typeof CLOSE_STEPS, string>;

/**
 * Last year's close on the demo calendar: from 8 January as in the story when it ends by the cutoff;
 * otherwise it ends on the cutoff, starting as early as the day after last year's last review (27 December);
 * only when even that is too short (the first days of January) are its steps squeezed, order kept.
 */
export function closeDates(cal: DemoCalendar): CloseDates {
  const span = CLOSE_STEPS.sanctionsConfirmed;
  const earliest = `${cal.last}-12-27`;
  let start = `${cal.current}-01-08`;
  if (plusDays(start, span) > cal.cutoff) start = plusDays(cal.cutoff, -span);
  const room = start < earliest ? daysBetween(earliest, cal.cutoff) : span;
  if (start < earliest) start = earliest;
  const out = {} as CloseDates;
  for (const [k, n] of Object.entries(CLOSE_STEPS) as [keyof CloseDates, number][])
    out[k] = plusDays(start, Math.floor((n * room) / span));
  return out;
}

type ClosedUnit = { unit: { id: number; code: string }; assessmentId: number; result: UnitResult | null };

export async function closeLastYear(
  tx: AuditedTx,
  cal: DemoCalendar,
  schemeId: number,
  rows: ClosedUnit[],
  hitId: number,
  director: number,
) {
  const close = closeDates(cal);
  const year = cal.last;
  const finalised = at(close.finalised);
  await tx
    .update(assessments)
    .set({
      status: "final",
      finalisedBy: director,
      finalisedAt: finalised,
      version: sql`${assessments.version} + 1`,
      updatedAt: finalised,
    })
    .where(and(eq(assessments.schemeId, schemeId), eq(assessments.status, "publicised")));
  await tx
    .update(assessmentSchemes)
    .set({
      status: "locked",
      lockedAt: finalised,
      version: sql`${assessmentSchemes.version} + 1`,
      updatedAt: finalised,
    })
    .where(eq(assessmentSchemes.id, schemeId));

  const vetoUnit = rows.find((r) => r.unit.code === R.VETO_LAST_YEAR.unit)!.unit;
  // Heads (acting included) holding the post at some time in the year, and the unit's 主管 and 协管 leaders.
  const heads = await tx
    .selectDistinct({ personId: postHoldings.personId })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .where(
      and(
        eq(posts.unitId, vetoUnit.id),
        eq(posts.kind, "head"),
        lte(postHoldings.startDate, `${year}-12-31`),
        or(isNull(postHoldings.endDate), gte(postHoldings.endDate, `${year}-01-01`)),
      ),
    );
  const leaders = await tx
    .select({ personId: supervisions.leaderId })
    .from(supervisions)
    .where(and(eq(supervisions.year, year), eq(supervisions.unitId, vetoUnit.id)))
    .orderBy(asc(supervisions.id));
  const consequences = R.VETO_RULES.find((v) => v.code === R.VETO_LAST_YEAR.rule)!.consequences;
  const derived = deriveSanctions(
    rows.map((r) => {
      const isVetoed = r.unit.id === vetoUnit.id;
      return {
        assessmentId: r.assessmentId,
        unitId: r.unit.id,
        grade: r.result!.grade,
        vetoed: r.result!.vetoed,
        vetoes: isVetoed ? [{ hitId, consequences }] : [],
        headPersonIds: isVetoed ? heads.map((h) => h.personId) : [],
        leaderPersonIds: isVetoed ? leaders.map((l) => l.personId) : [],
      };
    }),
    { topGrade: R.GRADE_BANDS[0].key, finaliseDate: close.finalised },
  );
  await tx.insert(sanctions).values(
    derived.map((d) => ({
      year,
      ...d,
      status: "confirmed" as const,
      note: R.SANCTION_NOTES(year)[d.kind] ?? "",
      confirmedBy: director,
      confirmedAt: at(close.sanctionsConfirmed),
      createdAt: finalised,
      updatedAt: at(close.sanctionsConfirmed),
    })),
  );
  return derived.length;
}
