"use server";
// Hazard writes: enter, the workflow steps (unit: start, request acceptance; office: accept = 销号, return),
// 挂牌督办 with the 五到位 plan, and the office's run of overdue proposals. Each write also proposes for
// hazards that became overdue (reads never write), in the same audited transaction.
import { z } from "zod";
import { getHazardTarget } from "@/db/queries/hazards";
import { defineAction } from "@/server/action";
import { enterHazard } from "@/server/hazards/create";
import { proposeForOverdueHazards } from "@/server/hazards/propose-overdue";
import { takeHazardStep } from "@/server/hazards/step";
import { placeUnderSupervision } from "@/server/hazards/supervise";
import { today } from "@/lib/clock";
import { HAZARD_LEVELS } from "@/lib/records/hazard-workflow";
import { date, enumOf, id, optionalDate, optionalId, optionalText, text, year } from "@/lib/validation";

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
  run: ({ input, tx, viewer }) => enterHazard(tx, input, viewer),
});

const stepInput = z.strictObject({
  hazardId: id,
  version: id,
  comment: optionalText(500, { multiline: true }),
  rectifiedOn: optionalDate,
});

const hazardTarget = (db: Parameters<typeof getHazardTarget>[0], input: { hazardId: number }) =>
  getHazardTarget(db, input.hazardId);

export const startHazardAction = defineAction({
  name: "hazard.start",
  permission: "hazard.edit",
  schema: stepInput,
  target: hazardTarget,
  run: ({ input, tx, viewer }) => takeHazardStep(tx, input, "start", viewer.userId),
});

export const submitHazardAction = defineAction({
  name: "hazard.submit",
  permission: "hazard.edit",
  schema: stepInput,
  target: hazardTarget,
  run: ({ input, tx, viewer }) => takeHazardStep(tx, input, "submit", viewer.userId),
});

export const acceptHazardAction = defineAction({
  name: "hazard.accept",
  permission: "hazard.supervise",
  schema: stepInput,
  target: hazardTarget,
  run: ({ input, tx, viewer }) => takeHazardStep(tx, input, "accept", viewer.userId),
});

export const returnHazardAction = defineAction({
  name: "hazard.return",
  permission: "hazard.supervise",
  schema: stepInput,
  target: hazardTarget,
  run: ({ input, tx, viewer }) => takeHazardStep(tx, input, "return", viewer.userId),
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
  run: ({ input, tx, viewer }) => placeUnderSupervision(tx, input, viewer.userId),
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
