"use server";
// The committee's decision on a year: the chair decides, publicises and finalises (password again), the
// office decides objections and reopens a final unit (reason and password), the chair confirms 奖惩兑现.
import { z } from "zod";
import { DecisionError, getSanctionYear } from "@/db/queries/assessment-decision";
import { ActionError, defineAction } from "@/server/action";
import { confirmSanction } from "@/server/assessment/confirm-sanction";
import { decideObjection } from "@/server/assessment/decide-objection";
import { decideYear } from "@/server/assessment/decide-year";
import { finaliseYear } from "@/server/assessment/finalise-year";
import { publiciseYear } from "@/server/assessment/publicise-year";
import { reopenAssessment } from "@/server/assessment/reopen-assessment";
import type { Viewer } from "@/lib/authz";
import { enumOf, id, optionalText, text, year } from "@/lib/validation";
import { now } from "@/lib/clock";

const password = z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(256);

/** Runs a decision step, turning its refusals into messages (beside the field when it names one). */
async function step<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof DecisionError) throw new ActionError(e.key, e.field);
    throw e;
  }
}

const actor = (viewer: Viewer) => ({ userId: viewer.userId, now: now() });

export const decideYearAction = defineAction({
  name: "assessment.decide",
  permission: "assessment.decide",
  schema: z.strictObject({ year }),
  year: (input) => input.year,
  run: ({ input, tx, viewer }) => step(() => decideYear(tx, input.year, actor(viewer))),
});

export const publiciseYearAction = defineAction({
  name: "assessment.publicise",
  permission: "assessment.decide",
  schema: z.strictObject({ year }),
  year: (input) => input.year,
  run: ({ input, tx, viewer }) => step(() => publiciseYear(tx, input.year, actor(viewer))),
});

export const finaliseYearAction = defineAction({
  name: "assessment.finalise",
  permission: "assessment.decide",
  schema: z.strictObject({ year, password, earlyCloseReason: optionalText(500, { multiline: true }) }),
  year: (input) => input.year,
  // Finalising and reopening ask for the password again (defineAction's reauth: counted, audited).
  reauth: (input) => input.password,
  run: async ({ input, tx, viewer }) => {
    return step(() => finaliseYear(tx, { year: input.year, earlyCloseReason: input.earlyCloseReason }, actor(viewer)));
  },
});

export const reopenAssessmentAction = defineAction({
  name: "assessment.reopen",
  permission: "assessment.reopen",
  schema: z.strictObject({ assessmentId: id, reason: text(500, { multiline: true }), password }),
  reauth: (input) => input.password,
  run: async ({ input, tx, viewer }) => {
    return step(() => reopenAssessment(tx, { assessmentId: input.assessmentId, reason: input.reason }, actor(viewer)));
  },
});

export const decideObjectionAction = defineAction({
  name: "assessment.objection.decide",
  permission: "assessment.objection.decide",
  schema: z.strictObject({ objectionId: id, outcome: enumOf(["upheld", "rejected"] as const), decision: text(1000, { multiline: true }) }),
  run: ({ input, tx, viewer }) => step(() => decideObjection(tx, input, actor(viewer))),
});

export const confirmSanctionAction = defineAction({
  name: "sanction.confirm",
  permission: "sanction.confirm",
  schema: z.strictObject({ sanctionId: id }),
  target: async (db, input) => {
    const y = await getSanctionYear(db, input.sanctionId);
    return y === undefined ? undefined : { year: y };
  },
  run: ({ input, tx, viewer }) => step(() => confirmSanction(tx, input.sanctionId, actor(viewer))),
});
