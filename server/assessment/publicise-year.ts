// 公示: the chair publicises the year's decided results until today + the scheme's publicity days, in the
// caller's audited transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import {
  BEFORE_REVIEW,
  DecisionError,
  getSchemeOrThrow,
  insertAssessmentEvents,
  lockYearAssessments,
  publiciseAssessments,
  type Actor,
  type Step,
} from "@/db/queries/assessment-decision";
import { addDays } from "@/lib/assessment/consequences";
import { shanghaiDate } from "@/lib/clock";

/** Every decided unit of the year, once none is left before or in review. */
export async function publiciseYear(tx: AuditedTx, year: number, actor: Actor): Promise<Step> {
  const scheme = await getSchemeOrThrow(tx, year);
  const rows = await lockYearAssessments(tx, scheme.id);
  if (rows.some((r) => BEFORE_REVIEW.includes(r.status) || r.status === "reviewed"))
    throw new DecisionError("assessment.errors.wrongState");
  const affected = rows.filter((r) => r.status === "decided");
  if (!affected.length) throw new DecisionError("assessment.errors.wrongState");
  const until = addDays(shanghaiDate(actor.now), scheme.publicityDays);
  const ids = affected.map((r) => r.id);
  await publiciseAssessments(tx, scheme.id, ids, until, actor.now);
  await insertAssessmentEvents(tx, ids, "publicise", "decided", "publicised", actor);
  return {
    value: { publicised: affected.length, until },
    audit: {
      action: "assessment.publicise",
      objectType: "assessment_year",
      objectId: year,
      after: { publicised: affected.length, until },
    },
  };
}
