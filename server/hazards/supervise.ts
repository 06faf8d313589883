// 挂牌督办: the office puts an open major hazard under a leader's supervision with its 五到位 plan; hazards
// that became overdue propose for the assessment in the same transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import type { AuditRecord } from "@/db/queries/audit";
import { getHazard, listLeaders, superviseHazard } from "@/db/queries/hazards";
import { today } from "@/lib/clock";
import { ActionError } from "@/server/action";
import { proposeForOverdueToday } from "./propose-overdue";

export type SuperviseInput = {
  hazardId: number;
  version: number;
  measures: string;
  funds: string;
  planDeadline: string;
  responsible: string;
  emergencyPlan: string;
  leaderId: number;
};

export async function placeUnderSupervision(
  tx: AuditedTx,
  input: SuperviseInput,
  userId: number,
): Promise<{ value: { id: number }; audit: AuditRecord }> {
  const current = await getHazard(tx, input.hazardId);
  if (!current) throw new ActionError("errors.notFound");
  if (current.hazard.level !== "major" || current.hazard.status === "closed") throw new ActionError("hazards.errors.notMajor");
  if (!(await listLeaders(tx, today())).some((l) => l.id === input.leaderId)) throw new ActionError("hazards.errors.notLeader", "leaderId");
  const plan = {
    measures: input.measures,
    funds: input.funds,
    deadline: input.planDeadline,
    responsible: input.responsible,
    emergencyPlan: input.emergencyPlan,
  };
  const row = await superviseHazard(tx, { hazardId: input.hazardId, version: input.version, plan, leaderId: input.leaderId, userId });
  if (!row) throw new ActionError("errors.conflict");
  const proposed = await proposeForOverdueToday(tx, userId);
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
}
