"use server";
// Deductions proposed by overdue hazards, decided by the assessment team (the office or a named reviewer,
// never for their own unit) between submission and the final result: accepting adds one occurrence of the
// item's rule to the review score, rescored by the engine; rejecting keeps the proposal with the reason in
// the audit log.
import { z } from "zod";
import type { Db } from "@/db/client";
import { acceptDeductionProposal, getProposalContext, rejectDeductionProposal } from "@/db/queries/proposal-decisions";
import { reviewStatusOpen, type AssessmentStatus } from "@/components/assessment/unit-access";
import { ActionError, defineAction } from "@/server/action";
import type { Viewer } from "@/lib/authz";
import type { AuditedTx } from "@/db/audited";
import { id, text } from "@/lib/validation";
import { requireTeam } from "./action-support";
import { now } from "@/lib/clock";

async function proposalTarget(db: Db, proposalId: number) {
  const p = await getProposalContext(db, proposalId);
  return p ? { unitIds: [p.unitId], year: p.year } : undefined;
}

async function decidable(tx: AuditedTx, viewer: Viewer, proposalId: number) {
  const p = await getProposalContext(tx, proposalId);
  if (!p) throw new ActionError("errors.notFound");
  await requireTeam(tx, viewer, p);
  if (p.status !== "proposed" || !reviewStatusOpen(viewer, p.assessmentStatus as AssessmentStatus))
    throw new ActionError("proposals.errors.state");
  return p;
}

export const acceptProposalAction = defineAction({
  name: "assessment.proposal.accept",
  permission: "assessment.review",
  schema: z.strictObject({ proposalId: id }),
  target: (db, input) => proposalTarget(db, input.proposalId),
  run: async ({ input, tx, viewer }) => {
    const p = await decidable(tx, viewer, input.proposalId);
    const r = await acceptDeductionProposal(tx, p.id, viewer.userId, now());
    if (!r.ok)
      throw new ActionError(
        r.reason === "conflict"
          ? "errors.conflict"
          : r.reason === "notFound"
            ? "errors.notFound"
            : "proposals.errors.state",
      );
    return {
      value: { itemId: r.itemId, score: r.after.score },
      audit: {
        action: "assessment.proposal.accept",
        objectType: "assessment",
        objectId: p.assessmentId,
        before: { proposalId: p.id, status: "proposed", item: r.before },
        after: {
          proposalId: p.id,
          status: "accepted",
          itemId: r.itemId,
          rule: p.ruleKey,
          counts: r.counts,
          item: r.after,
          source: `${p.sourceType}:${p.sourceId}`,
        },
      },
    };
  },
});

export const rejectProposalAction = defineAction({
  name: "assessment.proposal.reject",
  permission: "assessment.review",
  schema: z.strictObject({ proposalId: id, reason: text(500, { multiline: true }) }),
  target: (db, input) => proposalTarget(db, input.proposalId),
  run: async ({ input, tx, viewer }) => {
    const p = await decidable(tx, viewer, input.proposalId);
    const row = await rejectDeductionProposal(tx, p.id, viewer.userId, now());
    if (!row) throw new ActionError("proposals.errors.state");
    return {
      value: { id: row.id },
      audit: {
        action: "assessment.proposal.reject",
        objectType: "assessment",
        objectId: p.assessmentId,
        before: { proposalId: p.id, status: "proposed" },
        after: { proposalId: p.id, status: "rejected", reason: input.reason, source: `${p.sourceType}:${p.sourceId}` },
      },
    };
  },
});
