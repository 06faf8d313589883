// 登记隐患: a hazard entered for an assessed unit, with its owner and (optionally) the work record it was
// found in; hazards that became overdue propose for the assessment in the same transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import type { AuditRecord } from "@/db/queries/audit";
import { createHazard, getRecordLinkTarget, listHazardUnits, listUnitPeople } from "@/db/queries/hazards";
import { can, type Viewer } from "@/lib/authz";
import { today } from "@/lib/clock";
import type { HAZARD_LEVELS } from "@/lib/records/hazard-workflow";
import { ActionError } from "@/server/action";
import { proposeForOverdueToday } from "./propose-overdue";

export type HazardInput = {
  unitId: number;
  title: string;
  description: string | null;
  level: (typeof HAZARD_LEVELS)[number];
  foundOn: string;
  deadline: string;
  ownerPersonId: number;
  recordId: number | null;
};

export async function enterHazard(tx: AuditedTx, input: HazardInput, viewer: Viewer): Promise<{ value: { id: number }; audit: AuditRecord }> {
  const d = today();
  if (input.foundOn > d) throw new ActionError("hazards.errors.foundInFuture", "foundOn");
  if (input.deadline < input.foundOn) throw new ActionError("hazards.errors.deadlineBeforeFound", "deadline");
  // Only units that are assessed (sections, affiliated units, branches) own hazards.
  if (!(await listHazardUnits(tx, "all")).some((u) => u.id === input.unitId)) throw new ActionError("validation.choice", "unitId");
  const staff = await listUnitPeople(tx, input.unitId, d);
  if (!staff.some((p) => p.id === input.ownerPersonId)) throw new ActionError("hazards.errors.ownerNotInUnit", "ownerPersonId");
  if (input.recordId != null) {
    const t = await getRecordLinkTarget(tx, input.recordId, viewer.personId);
    if (!t || !can(viewer, "record.view", t)) throw new ActionError("hazards.errors.recordNotVisible", "recordId");
  }
  const row = await createHazard(tx, { ...input, description: input.description ?? "" }, viewer.userId);
  const proposed = await proposeForOverdueToday(tx, viewer.userId);
  return {
    value: { id: row.id },
    audit: { action: "hazard.create", objectType: "hazard", objectId: row.id, after: { ...input, proposed } },
  };
}
