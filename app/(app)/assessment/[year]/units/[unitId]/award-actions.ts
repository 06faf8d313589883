"use server";
// Bonuses (加分, by the assessment team) and veto hits (一票否决, by the committee office only): a hit is
// recorded confirmed or proposed, with its rule (one that applies to the unit) and the facts; a proposed
// hit is confirmed or dismissed later, and who did it is kept. Never on one's own unit.
import { z } from "zod";
import type { Db } from "@/db/client";
import { getBonusAward, getSchemeRow, getVetoHit, getVetoRuleOf } from "@/db/queries/assessment-unit";
import { createAssessmentEvent, createBonusAward, createVetoHit, decideVetoHit, deleteBonusAward, lockAssessmentIn } from "@/db/queries/assessment-unit-writes";
import { isOwnUnit, reviewStatusOpen, VETO_OPEN, vetoRuleApplies } from "@/components/assessment/unit-access";
import { ActionError, defineAction } from "@/server/action";
import { bool, enumOf, id, text } from "@/lib/validation";
import { assessmentTarget, headerOrThrow, requireTeam } from "./action-support";
import { now } from "@/lib/clock";

async function awardTarget(db: Db, awardId: number) {
  const award = await getBonusAward(db, awardId);
  return award ? assessmentTarget(db, award.assessmentId) : undefined;
}

async function hitTarget(db: Db, hitId: number) {
  const hit = await getVetoHit(db, hitId);
  return hit ? assessmentTarget(db, hit.assessmentId) : undefined;
}

export const addBonusAction = defineAction({
  name: "assessment.bonus.add",
  permission: "assessment.review",
  schema: z.strictObject({ assessmentId: id, tierKey: text(64), reason: text(500, { multiline: true }) }),
  target: (db, input) => assessmentTarget(db, input.assessmentId),
  run: async ({ input, tx, viewer }) => {
    const a = await headerOrThrow(tx, input.assessmentId);
    await requireTeam(tx, viewer, a);
    const scheme = await getSchemeRow(tx, a.schemeId);
    const tier = scheme?.bonusTiers.find((t) => t.key === input.tierKey);
    if (!tier) throw new ActionError("validation.choice", "tierKey");
    const locked = await lockAssessmentIn(tx, a.id, ["submitted", "reviewed", "objection"]);
    if (!locked || !reviewStatusOpen(viewer, locked.status)) throw new ActionError("assessment.errors.wrongState");
    const row = await createBonusAward(tx, { assessmentId: a.id, tierKey: tier.key, reason: input.reason, userId: viewer.userId });
    return {
      value: { id: row.id },
      audit: { action: "assessment.bonus.add", objectType: "assessment", objectId: a.id, after: { awardId: row.id, tier: tier.key, points: tier.points, reason: input.reason } },
    };
  },
});

export const removeBonusAction = defineAction({
  name: "assessment.bonus.remove",
  permission: "assessment.review",
  schema: z.strictObject({ awardId: id }),
  target: (db, input) => awardTarget(db, input.awardId),
  run: async ({ input, tx, viewer }) => {
    const award = await getBonusAward(tx, input.awardId);
    if (!award) throw new ActionError("errors.notFound");
    const a = await headerOrThrow(tx, award.assessmentId);
    await requireTeam(tx, viewer, a);
    const locked = await lockAssessmentIn(tx, a.id, ["submitted", "reviewed", "objection"]);
    if (!locked || !reviewStatusOpen(viewer, locked.status)) throw new ActionError("assessment.errors.wrongState");
    const row = await deleteBonusAward(tx, award.id, a.id);
    if (!row) throw new ActionError("errors.conflict");
    return {
      value: null,
      audit: { action: "assessment.bonus.remove", objectType: "assessment", objectId: a.id, before: { awardId: row.id, tier: row.tierKey, reason: row.reason } },
    };
  },
});

export const recordVetoAction = defineAction({
  name: "assessment.veto.record",
  permission: "assessment.veto",
  schema: z.strictObject({ assessmentId: id, ruleId: id, basis: text(1000, { multiline: true }), confirm: bool }),
  target: (db, input) => assessmentTarget(db, input.assessmentId),
  run: async ({ input, tx, viewer }) => {
    const a = await headerOrThrow(tx, input.assessmentId);
    if (isOwnUnit(viewer, a.unitId)) throw new ActionError("assessment.errors.ownUnit", undefined, true);
    const rule = await getVetoRuleOf(tx, a.schemeId, input.ruleId);
    if (!rule || !vetoRuleApplies(rule.appliesTo, a)) throw new ActionError("validation.choice", "ruleId");
    const locked = await lockAssessmentIn(tx, a.id, VETO_OPEN);
    if (!locked) throw new ActionError("assessment.errors.wrongState");
    const hit = await createVetoHit(tx, { assessmentId: a.id, ruleId: rule.id, basis: input.basis, isConfirmed: input.confirm, userId: viewer.userId, now: now() });
    await createAssessmentEvent(tx, {
      assessmentId: a.id,
      step: input.confirm ? "vetoConfirm" : "vetoPropose",
      fromStatus: locked.status,
      toStatus: locked.status,
      actorUserId: viewer.userId,
      comment: `${rule.code} ${rule.name}`,
    });
    return {
      value: { id: hit.id },
      audit: { action: "assessment.veto.record", objectType: "assessment", objectId: a.id, after: { hitId: hit.id, rule: rule.code, status: hit.status, basis: input.basis } },
    };
  },
});

export const decideVetoAction = defineAction({
  name: "assessment.veto.decide",
  permission: "assessment.veto",
  schema: z.strictObject({ hitId: id, version: id, decision: enumOf(["confirmed", "dismissed"] as const) }),
  target: (db, input) => hitTarget(db, input.hitId),
  run: async ({ input, tx, viewer }) => {
    const hit = await getVetoHit(tx, input.hitId);
    if (!hit) throw new ActionError("errors.notFound");
    const a = await headerOrThrow(tx, hit.assessmentId);
    if (isOwnUnit(viewer, a.unitId)) throw new ActionError("assessment.errors.ownUnit", undefined, true);
    const locked = await lockAssessmentIn(tx, a.id, VETO_OPEN);
    if (!locked) throw new ActionError("assessment.errors.wrongState");
    const row = await decideVetoHit(tx, hit.id, input.version, input.decision, viewer.userId, now());
    if (!row) throw new ActionError("errors.conflict");
    const rule = await getVetoRuleOf(tx, a.schemeId, hit.ruleId);
    await createAssessmentEvent(tx, {
      assessmentId: a.id,
      step: input.decision === "confirmed" ? "vetoConfirm" : "vetoDismiss",
      fromStatus: locked.status,
      toStatus: locked.status,
      actorUserId: viewer.userId,
      comment: rule ? `${rule.code} ${rule.name}` : null,
    });
    return {
      value: { status: row.status },
      audit: { action: "assessment.veto.decide", objectType: "assessment", objectId: a.id, before: { hitId: hit.id, status: "proposed" }, after: { hitId: hit.id, status: row.status } },
    };
  },
});
