// Closes the demo's 2025 assessment year as the committee did in January 2026: every assessment final, the
// scheme locked (in that order, after all their children: migration 0009 freezes them), then the 奖惩兑现
// derived by the same rules as the finalise step (lib/assessment/consequences), confirmed by the chair.
import { and, asc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import { deriveSanctions } from "@/lib/assessment/consequences";
import type { UnitResult } from "@/lib/assessment/score";
import type { AuditedTx } from "../audited";
import { assessments, assessmentSchemes, postHoldings, posts, sanctions, supervisions } from "../schema";
import * as R from "./assessment-data-rules";
import { at } from "./assessment-scheme";

export const CLOSE_2025 = {
  decided: "2026-01-08",
  publicised: "2026-01-09",
  finalised: "2026-01-16",
  sanctionsConfirmed: "2026-01-20",
} as const;

type ClosedUnit = { unit: { id: number; code: string }; assessmentId: number; result: UnitResult | null };

export async function closeYear2025(
  tx: AuditedTx,
  schemeId: number,
  rows: ClosedUnit[],
  hitId: number,
  director: number,
) {
  const finalised = at(CLOSE_2025.finalised);
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

  const vetoUnit = rows.find((r) => r.unit.code === R.VETO_2025.unit)!.unit;
  // Heads (acting included) holding the post at some time in 2025, and the unit's 主管 and 协管 leaders.
  const heads = await tx
    .selectDistinct({ personId: postHoldings.personId })
    .from(postHoldings)
    .innerJoin(posts, eq(posts.id, postHoldings.postId))
    .where(
      and(
        eq(posts.unitId, vetoUnit.id),
        eq(posts.kind, "head"),
        lte(postHoldings.startDate, "2025-12-31"),
        or(isNull(postHoldings.endDate), gte(postHoldings.endDate, "2025-01-01")),
      ),
    );
  const leaders = await tx
    .select({ personId: supervisions.leaderId })
    .from(supervisions)
    .where(and(eq(supervisions.year, 2025), eq(supervisions.unitId, vetoUnit.id)))
    .orderBy(asc(supervisions.id));
  const consequences = R.VETO_RULES.find((v) => v.code === R.VETO_2025.rule)!.consequences;
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
    { topGrade: R.GRADE_BANDS[0].key, finaliseDate: CLOSE_2025.finalised },
  );
  await tx.insert(sanctions).values(
    derived.map((d) => ({
      year: 2025,
      ...d,
      status: "confirmed" as const,
      note: R.SANCTION_NOTES[d.kind] ?? "",
      confirmedBy: director,
      confirmedAt: at(CLOSE_2025.sanctionsConfirmed),
      createdAt: finalised,
      updatedAt: at(CLOSE_2025.sanctionsConfirmed),
    })),
  );
  return derived.length;
}
