"use server";
// The annual report's edits by the committee office: start a draft, save its two texts (version checked),
// approve it (the data is assembled and frozen with its hash in the same transaction).
import { z } from "zod";
import { ActionError, defineAction } from "@/server/action";
import { bool, id, text, year } from "@/lib/validation";
import { getReportEdition, startReportDraft, updateReportTexts } from "@/db/queries/reports";
import { approveReport } from "@/server/reports/approve";
import { now } from "@/lib/clock";

const version = id;

export const startReportDraftAction = defineAction({
  name: "report.draft.start",
  permission: "report.edit",
  schema: z.strictObject({ year }),
  run: async ({ input, tx, viewer }) => {
    const row = await startReportDraft(tx, input.year, viewer.userId);
    if (!row) throw new ActionError("reports.errors.draftExists");
    return {
      value: { id: row.id },
      audit: { action: "report.draft.start", objectType: "report", objectId: row.id, after: { year: row.year, status: row.status } },
    };
  },
});

export const updateReportTextsAction = defineAction({
  name: "report.texts.update",
  permission: "report.edit",
  schema: z.strictObject({
    id,
    version,
    problems: text(5000, { multiline: true }),
    plans: text(5000, { multiline: true }),
  }),
  run: async ({ input, tx }) => {
    const before = await getReportEdition(tx, input.id);
    if (!before) throw new ActionError("errors.notFound");
    if (before.status !== "draft") throw new ActionError("reports.errors.notDraft");
    const row = await updateReportTexts(tx, input);
    // Someone saved in between: the refreshed page shows their text beside this message.
    if (!row) throw new ActionError("reports.errors.stale");
    return {
      value: { id: row.id, version: row.version },
      audit: {
        action: "report.texts.update",
        objectType: "report",
        objectId: row.id,
        before: { problems: before.problems, plans: before.plans, version: before.version },
        after: { problems: row.problems, plans: row.plans, version: row.version },
      },
    };
  },
});

export const approveReportAction = defineAction({
  name: "report.approve",
  permission: "report.approve",
  schema: z.strictObject({
    id,
    version,
    confirm: bool.refine((v) => v, { error: "reports.errors.confirm" }),
  }),
  run: ({ input, tx, viewer }) => approveReport(tx, { id: input.id, version: input.version }, { userId: viewer.userId, now: now() }),
});
