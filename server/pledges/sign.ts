// 签署: a party signs a pledge (the password was asked again by the action). The SHA-256 of exactly the
// text signed is stored; a double submit yields one signature and changes nothing else.
import "server-only";
import type { AuditedTx } from "@/db/audited";
import type { AuditRecord } from "@/db/queries/audit";
import { createPledgeSignature, getPledge, updatePledgeStatus } from "@/db/queries/pledges";
import { getPostNamesOf } from "@/db/queries/signoff";
import { shanghaiDate } from "@/lib/clock";
import { pledgeHash } from "@/lib/pledges/render";
import { partyOf, statusAfterSigning, type PledgeStatus } from "@/lib/pledges/signing";
import { ActionError } from "@/server/action";

/** `signer` signs pledge `pledgeId` as whichever party they are, at `now`. */
export async function signPledge(
  tx: AuditedTx,
  pledgeId: number,
  signer: { userId: number; personId: number | null },
  now: Date,
): Promise<{ value: { signatureId: number; status: PledgeStatus }; audit: AuditRecord }> {
  const pledge = await getPledge(tx, pledgeId);
  if (!pledge) throw new ActionError("errors.notFound");
  const party = partyOf(pledge, signer.personId);
  if (!party) throw new ActionError("errors.forbidden");
  // The text must still be the one fixed at generation: a changed text is never signed.
  if (pledgeHash(pledge.content) !== pledge.contentHash) throw new ActionError("pledges.tampered");
  const { signature, isNew } = await createPledgeSignature(tx, {
    pledgeId: pledge.id,
    party,
    signerUserId: signer.userId,
    signerPersonId: signer.personId,
    signerPost: signer.personId ? (await getPostNamesOf(tx, signer.personId, shanghaiDate(now))) || null : null,
    contentHash: pledge.contentHash,
    method: "password",
    signedAt: now,
  });
  if (!isNew) {
    // A double submit: the first signature stands, nothing else changes.
    return {
      value: { signatureId: signature.id, status: pledge.status },
      audit: { action: "pledge.sign.repeat", objectType: "pledge", objectId: pledge.id, after: { party, signatureId: signature.id } },
    };
  }
  const to = statusAfterSigning(pledge.status, party);
  if (!to) throw new ActionError("pledges.notDue");
  if (!(await updatePledgeStatus(tx, pledge.id, [pledge.status], to))) throw new ActionError("errors.conflict");
  return {
    value: { signatureId: signature.id, status: to },
    audit: {
      action: "pledge.sign",
      objectType: "pledge",
      objectId: pledge.id,
      before: { status: pledge.status },
      after: { party, signatureId: signature.id, contentHash: pledge.contentHash, status: to },
    },
  };
}
