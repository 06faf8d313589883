// Who signs a pledge next, and the status after a signature: plain functions.
// Party B usually signs first (accepts the duties), then party A countersigns; A may also sign first.
import { pledgeHash } from "./render";

export type PledgeStatus = "pending" | "signed_b" | "signed_a" | "complete" | "superseded";
export type Party = "a" | "b";

/** The viewer's side of the pledge, or null when they are neither party. */
export function partyOf(p: { partyAId: number; partyBId: number }, personId: number | null | undefined): Party | null {
  if (personId == null) return null;
  if (p.partyBId === personId) return "b";
  if (p.partyAId === personId) return "a";
  return null;
}

/** True when the party has already signed, by the status alone. */
export function hasSigned(status: PledgeStatus, party: Party): boolean {
  if (status === "complete") return true;
  return party === "a" ? status === "signed_a" : status === "signed_b";
}

/** The parties still due to sign: both while pending, the other one after the first signature. */
export function dueParties(status: PledgeStatus): Party[] {
  switch (status) {
    case "pending":
      return ["b", "a"];
    case "signed_b":
      return ["a"];
    case "signed_a":
      return ["b"];
    default:
      return [];
  }
}

export function isDue(status: PledgeStatus, party: Party | null): boolean {
  return party != null && dueParties(status).includes(party);
}

/** The status after `party` signs; null when that party may not sign now. */
export function statusAfterSigning(status: PledgeStatus, party: Party): PledgeStatus | null {
  if (!isDue(status, party)) return null;
  if (status === "pending") return party === "b" ? "signed_b" : "signed_a";
  return "complete";
}

export type SignatureCheck = {
  /** The stored text still has the hash recorded when it was generated. */
  intact: boolean;
  /** The signature covers exactly this text (内容一致). */
  matches: boolean;
};

/** A signature binds to the pledge's text: recompute the text's hash and compare both recorded hashes. */
export function checkPledgeSignature(pledge: { content: string; contentHash: string }, signatureHash: string): SignatureCheck {
  const actual = pledgeHash(pledge.content);
  const intact = actual === pledge.contentHash;
  return { intact, matches: intact && signatureHash === actual };
}
