// The committee confirms one proposed 奖惩兑现 entry of a final assessment, in the caller's audited
// transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import {
  confirmSanctionRow,
  DecisionError,
  getSanctionForConfirm,
  type Actor,
  type Step,
} from "@/db/queries/assessment-decision";

export async function confirmSanction(tx: AuditedTx, sanctionId: number, actor: Actor): Promise<Step> {
  const s = await getSanctionForConfirm(tx, sanctionId);
  if (!s) throw new DecisionError("errors.notFound");
  if (s.status !== "proposed" || s.assessmentStatus !== "final")
    throw new DecisionError("assessment.errors.wrongState");
  await confirmSanctionRow(tx, s.id, actor);
  return {
    value: { status: "confirmed" },
    audit: {
      action: "sanction.confirm",
      objectType: "sanction",
      objectId: s.id,
      before: { status: "proposed" },
      after: { status: "confirmed", kind: s.kind },
    },
  };
}
