"use server";
// Hazard writes: enter, the workflow steps (unit: start, request acceptance; office: accept = 销号, return),
// 挂牌督办 with the 五到位 plan, and the office's run of overdue proposals. Each write also proposes for
// hazards that became overdue (reads never write), in the same audited transaction.
import { z } from "zod";
import type { AuditedTx } from "@/db/audited";
import {
  createHazard,
  getHazard,
  getHazardTarget,
  getRecordLinkTarget,
  listHazardUnits,
  listLeaders,
  listUnitPeople,
  stepHazard,
  superviseHazard,
} from "@/db/queries/hazards";
import { proposeForOverdueHazards } from "@/db/queries/proposals";
import { ActionError, defineAction } from "@/server/action";
import { can } from "@/lib/authz";
import { today } from "@/lib/clock";
import { HAZARD_LEVELS, nextHazardStatus, type HazardStatus, type HazardStep } from "@/lib/records/hazard-workflow";
import { date, enumOf, id, optionalDate, optionalId, optionalText, text, year } from "@/lib/validation";

/** Proposals for hazards overdue as of today, for this year's assessments. */
async function proposeNow(tx: AuditedTx, userId: number) {
  const d = today();
  return proposeForOverdueHazards(tx, Number(d.slice(0, 4)), d, userId);
}

export const createHazardAction = defineAction({
  name: "hazard.create",
  permission: "hazard.edit",
  schema: z.strictObject({
    unitId: id,
    title: text(200),
    description: optionalText(2000, { multiline: true }),
    level: enumOf(HAZARD_LEVELS),
    foundOn: date,
    deadline: date,
    ownerPersonId: id,
    recordId: optionalId,
  }),
  target: async (_db, input) => ({ unitIds: [input.unitId] }),
  run: async ({ input, tx, viewer }) => {
    const d = today();
    if (input.foundOn > d) throw new ActionError("hazards.errors.foundInFuture", "foundOn");
    if (input.deadline < input.foundOn) throw new ActionError("hazards.errors.deadlineBeforeFound", "deadline");
    // Only units that are assessed (sections, affiliated units, branches) own hazards.
    if (!(await listHazardUnits(tx, "all")).some((u) => u.id === input.unitId))
      throw new ActionError("validation.choice", "unitId");
    const staff = await listUnitPeople(tx, input.unitId, d);
    if (!staff.some((p) => p.id === input.ownerPersonId))
      throw new ActionError("hazards.errors.ownerNotInUnit", "ownerPersonId");
    if (input.recordId != null) {
      const t = await getRecordLinkTarget(tx, input.recordId, viewer.personId);
      if (!t || !can(viewer, "record.view", t)) throw new ActionError("hazards.errors.recordNotVisible", "recordId");
    }
    const row = await createHazard(tx, { ...input, description: input.description ?? "" }, viewer.userId);
    const proposed = await proposeNow(tx, viewer.userId);
    return {
      value: { id: row.id },
      audit: { action: "hazard.create", objectType: "hazard", objectId: row.id, after: { ...input, proposed } },
    };
  },
});

const stepInput = z.strictObject({
  hazardId: id,
  version: id,
  comment: optionalText(500, { multiline: true }),
  rectifiedOn: optionalDate,
});

async function runStep(tx: AuditedTx, userId: number, input: z.output<typeof stepInput>, step: HazardStep) {
  const current = await getHazard(tx, input.hazardId);
  if (!current) throw new ActionError("errors.notFound");
  const from = current.hazard.status as HazardStatus;
  const to = nextHazardStatus(step, from);
  if (!to) throw new ActionError("hazards.errors.wrongState");
  if (step === "return" && !input.comment) throw new ActionError("validation.required", "comment");
  const d = today();
  if (input.rectifiedOn && input.rectifiedOn > d) throw new ActionError("hazards.errors.foundInFuture", "rectifiedOn");
  const row = await stepHazard(tx, {
    hazardId: input.hazardId,
    version: input.version,
    step,
    from,
    to,
    comment: input.comment,
    userId,
    today: d,
    rectifiedOn: input.rectifiedOn,
  });
  if (!row) throw new ActionError("errors.conflict");
  const proposed = await proposeNow(tx, userId);
  return {
    value: { status: to },
    audit: {
      action: `hazard.${step}`,
      objectType: "hazard",
      objectId: input.hazardId,
      before: { status: from },
      after: { status: to, comment: input.comment, proposed },
    },
  };
}

const hazardTarget = (db: Parameters<typeof getHazardTarget>[0], input: { hazardId: number }) =>
  getHazardTarget(db, input.hazardId);

export const startHazardAction = defineAction({
  name: "hazard.start",
  permission: "hazard.edit",
  schema: stepInput,
  target: hazardTarget,
  run: ({ input, tx, viewer }) => runStep(tx, viewer.userId, input, "start"),
});

export const submitHazardAction = defineAction({
  name: "hazard.submit",
  permission: "hazard.edit",
  schema: stepInput,
  target: hazardTarget,
  run: ({ input, tx, viewer }) => runStep(tx, viewer.userId, input, "submit"),
});

export const acceptHazardAction = defineAction({
  name: "hazard.accept",
  permission: "hazard.supervise",
  schema: stepInput,
  target: hazardTarget,
  run: ({ input, tx, viewer }) => runStep(tx, viewer.userId, input, "accept"),
});

export const returnHazardAction = defineAction({
  name: "hazard.return",
  permission: "hazard.supervise",
  schema: stepInput,
  target: hazardTarget,
  run: ({ input, tx, viewer }) => runStep(tx, viewer.userId, input, "return"),
});

export const superviseHazardAction = defineAction({
  name: "hazard.supervise",
  permission: "hazard.supervise",
  schema: z.strictObject({
    hazardId: id,
    version: id,
    measures: text(1000, { multiline: true }),
    funds: text(200),
    planDeadline: date,
    responsible: text(100),
    emergencyPlan: text(1000, { multiline: true }),
    leaderId: id,
  }),
  target: hazardTarget,
  run: async ({ input, tx, viewer }) => {
    const current = await getHazard(tx, input.hazardId);
    if (!current) throw new ActionError("errors.notFound");
    if (current.hazard.level !== "major" || current.hazard.status === "closed")
      throw new ActionError("hazards.errors.notMajor");
    if (!(await listLeaders(tx, today())).some((l) => l.id === input.leaderId))
      throw new ActionError("hazards.errors.notLeader", "leaderId");
    const plan = {
      measures: input.measures,
      funds: input.funds,
      deadline: input.planDeadline,
      responsible: input.responsible,
      emergencyPlan: input.emergencyPlan,
    };
    const row = await superviseHazard(tx, {
      hazardId: input.hazardId,
      version: input.version,
      plan,
      leaderId: input.leaderId,
      userId: viewer.userId,
    });
    if (!row) throw new ActionError("errors.conflict");
    const proposed = await proposeNow(tx, viewer.userId);
    return {
      value: { id: row.id },
      audit: {
        action: "hazard.supervise",
        objectType: "hazard",
        objectId: row.id,
        before: { isSupervised: current.hazard.isSupervised },
        after: { plan, leaderId: input.leaderId, proposed },
      },
    };
  },
});

export const proposeOverdueAction = defineAction({
  name: "hazard.proposeOverdue",
  permission: "hazard.supervise",
  schema: z.strictObject({ year }),
  run: async ({ input, tx, viewer }) => {
    const proposed = await proposeForOverdueHazards(tx, input.year, today(), viewer.userId);
    return {
      value: proposed,
      audit: { action: "hazard.proposeOverdue", objectType: "assessment_year", objectId: input.year, after: proposed },
    };
  },
});
