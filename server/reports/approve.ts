// 审定 of the annual report: the committee office approves a draft — the year's data is assembled now, with
// the draft's two texts, and frozen with its SHA-256 in the caller's audited transaction.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import type { AuditRecord } from "@/db/queries/audit";
import { getAnnualReportData } from "@/db/queries/report-data";
import { freezeReport, getReportEdition } from "@/db/queries/reports";
import { snapshotHash } from "@/lib/reports/hash";
import { ActionError } from "@/server/action";

/**
 * Approves draft `id` as the editor saw it (`version`). Refused: no such report, not a draft, a text still
 * empty, or someone saved or approved it meanwhile (stale).
 */
export async function approveReport(
  tx: AuditedTx,
  input: { id: number; version: number },
  actor: { userId: number | null; now: Date },
): Promise<{ value: { id: number }; audit: AuditRecord }> {
  const draft = await getReportEdition(tx, input.id);
  if (!draft) throw new ActionError("errors.notFound");
  if (draft.status !== "draft") throw new ActionError("reports.errors.notDraft");
  if (!draft.problems.trim() || !draft.plans.trim()) throw new ActionError("reports.errors.textsMissing");
  if (draft.version !== input.version) throw new ActionError("reports.errors.stale");
  const data = await getAnnualReportData(tx, draft.year, { problems: draft.problems, plans: draft.plans }, { now: actor.now });
  const row = await freezeReport(tx, { id: input.id, version: input.version, snapshot: data, snapshotHash: snapshotHash(data), userId: actor.userId, now: actor.now });
  if (!row) throw new ActionError("reports.errors.stale");
  return {
    value: { id: row.id },
    audit: {
      action: "report.approve",
      objectType: "report",
      objectId: row.id,
      after: { year: row.year, status: "approved", snapshotHash: row.snapshotHash },
    },
  };
}
