// A hazard's workflow step (unit: start, request acceptance; office: accept = 销号, return), guarded by its
// version; hazards that became overdue propose for the assessment in the same transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import type { AuditRecord } from "@/db/queries/audit";
import { getHazard, stepHazard } from "@/db/queries/hazards";
import { today } from "@/lib/clock";
import { nextHazardStatus, type HazardStatus, type HazardStep } from "@/lib/records/hazard-workflow";
import { ActionError } from "@/server/action";
import { proposeForOverdueToday } from "./propose-overdue";

export type StepInput = { hazardId: number; version: number; comment: string | null; rectifiedOn: string | null };

export async function takeHazardStep(
  tx: AuditedTx,
  input: StepInput,
  step: HazardStep,
  userId: number,
): Promise<{ value: { status: HazardStatus }; audit: AuditRecord }> {
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
  const proposed = await proposeForOverdueToday(tx, userId);
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
