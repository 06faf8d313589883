// 异议: the unit's head objects during publicity, about the result or one item; the unit goes to objection,
// in the caller's audited transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import {
  DecisionError,
  getAssessmentHeader,
  insertAssessmentEvents,
  insertObjection,
  isSchemeItem,
  moveToObjection,
  type Actor,
  type Step,
} from "@/db/queries/assessment-decision";
import { shanghaiDate } from "@/lib/clock";

export type ObjectionInput = { assessmentId: number; itemId: number | null; text: string; version?: number };

/** Refused outside publicity (or after its last day) and for an item of another scheme. */
export async function fileObjection(tx: AuditedTx, input: ObjectionInput, actor: Actor): Promise<Step> {
  const a = await getAssessmentHeader(tx, input.assessmentId);
  if (!a) throw new DecisionError("errors.notFound");
  if (a.status !== "publicised" && a.status !== "objection") throw new DecisionError("assessment.errors.wrongState");
  if (a.publicisedUntil && shanghaiDate(actor.now) > a.publicisedUntil)
    throw new DecisionError("assessment.decision.errors.objectionClosed");
  if (input.itemId != null && !(await isSchemeItem(tx, a.schemeId, input.itemId)))
    throw new DecisionError("validation.choice", "itemId");
  if (a.status === "publicised") await moveToObjection(tx, a.id, input.version ?? a.version, actor.now);
  const o = await insertObjection(tx, { assessmentId: a.id, itemId: input.itemId, text: input.text }, actor);
  await insertAssessmentEvents(tx, [a.id], "objection", a.status, "objection", actor, input.text);
  return {
    value: { objectionId: o.id },
    audit: {
      action: "assessment.objection.file",
      objectType: "assessment",
      objectId: a.id,
      before: { status: a.status },
      after: { status: "objection", objectionId: o.id, itemId: input.itemId },
    },
  };
}
