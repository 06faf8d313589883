"use server";
// Pledges: the committee office generates the year's 责任书 and 承诺书 from the published lists; each party
// signs after re-entering the password — party B first as a rule, party A countersigns (either order works).
// A signature stores the SHA-256 of exactly the text signed; a double submit yields one signature.
import { z } from "zod";
import type { Db } from "@/db/client";
import { getPledgeParties } from "@/db/queries/pledges";
import { defineAction } from "@/server/action";
import { generatePledges } from "@/server/pledges/generate";
import { signPledge } from "@/server/pledges/sign";
import type { Viewer } from "@/lib/authz";
import { now as clockNow } from "@/lib/clock";
import { hasSigned, partyOf, statusAfterSigning } from "@/lib/pledges/signing";
import { id, optionalText, year } from "@/lib/validation";

export const generatePledgesAction = defineAction({
  name: "pledge.generate",
  permission: "duty.publish",
  schema: z.strictObject({ year, targets: optionalText(2000, { multiline: true }).optional() }),
  run: async ({ input, tx }) => {
    const r = await generatePledges(tx, input.year, clockNow(), input.targets ?? null);
    const summary = { year: r.year, created: r.created, skipped: r.skipped, existing: r.existing };
    return {
      value: summary,
      audit: { action: "pledge.generate", objectType: "pledge_year", objectId: input.year, after: { ...summary, count: r.ids.length } },
    };
  },
});

/**
 * The viewer as target when they are party A or B of a pledge still open to them: due to sign, or already
 * signed (a repeated submit is absorbed as one signature). Anyone else is refused.
 */
async function signerTarget(db: Db, pledgeId: number, viewer: Viewer) {
  const p = await getPledgeParties(db, pledgeId);
  if (!p) return undefined;
  const party = partyOf(p, viewer.personId);
  const open = party != null && (statusAfterSigning(p.status, party) != null || hasSigned(p.status, party));
  return { personId: open ? viewer.personId : null, year: p.year };
}

export const signPledgeAction = defineAction({
  name: "pledge.sign",
  permission: "duty.sign",
  schema: z.strictObject({
    pledgeId: id,
    password: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(256),
  }),
  target: (db, input, viewer) => signerTarget(db, input.pledgeId, viewer),
  reauth: (input) => input.password,
  run: ({ input, tx, viewer }) => signPledge(tx, input.pledgeId, viewer, clockNow()),
});
