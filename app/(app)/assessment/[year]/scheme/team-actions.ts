"use server";
// The assessment team (考核组): the committee office names and removes committee members until the year
// is locked. Reviewing never reaches their own unit (checked where they score).
import { z } from "zod";
import { getSchemeById } from "@/db/queries/assessment-scheme";
import { addReviewer, getReviewer, isTeamCandidate, removeReviewer } from "@/db/queries/assessment-team";
import { ActionError, defineAction } from "@/server/action";
import { id } from "@/lib/validation";

export const addReviewerAction = defineAction({
  name: "scheme.team.add",
  permission: "scheme.manage",
  schema: z.strictObject({ schemeId: id, personId: id }),
  run: async ({ input, tx }) => {
    const scheme = await getSchemeById(tx, input.schemeId);
    if (!scheme) throw new ActionError("errors.notFound");
    if (scheme.status === "locked") throw new ActionError("errors.immutable");
    if (!(await isTeamCandidate(tx, scheme.id, input.personId))) throw new ActionError("validation.choice", "personId");
    const row = await addReviewer(tx, scheme.id, input.personId);
    if (!row) throw new ActionError("errors.duplicate", "personId");
    return {
      value: { id: row.id },
      audit: { action: "scheme.team.add", objectType: "assessment_reviewer", objectId: row.id, after: input },
    };
  },
});

export const removeReviewerAction = defineAction({
  name: "scheme.team.remove",
  permission: "scheme.manage",
  schema: z.strictObject({ reviewerId: id }),
  run: async ({ input, tx }) => {
    const before = await getReviewer(tx, input.reviewerId);
    if (!before) throw new ActionError("errors.notFound");
    const scheme = await getSchemeById(tx, before.schemeId);
    if (!scheme || scheme.status === "locked") throw new ActionError("errors.immutable");
    await removeReviewer(tx, input.reviewerId);
    return {
      value: { id: input.reviewerId },
      audit: { action: "scheme.team.remove", objectType: "assessment_reviewer", objectId: input.reviewerId, before: { schemeId: before.schemeId, personId: before.personId } },
    };
  },
});
