// The list workflow as plain rules: draft → submitted → reviewed → confirmed → approved → published,
// returned to draft with a comment; and what a signature proves.
import { contentHash } from "./content";

export type ListStatus = "draft" | "submitted" | "reviewed" | "confirmed" | "approved" | "published" | "archived";
export type Step = "submit" | "review" | "confirm" | "approve" | "publish" | "return";

export const TRANSITIONS: Record<Step, { from: ListStatus[]; to: ListStatus | null }> = {
  submit: { from: ["draft"], to: "submitted" },
  review: { from: ["submitted"], to: "reviewed" },
  // Signing a reviewed list confirms it; signing a published list again (after it changed) keeps it published.
  confirm: { from: ["reviewed", "published"], to: null },
  approve: { from: ["confirmed"], to: "approved" },
  // From draft only as the committee office's correction of a published list (a new version).
  publish: { from: ["approved", "draft"], to: "published" },
  return: { from: ["submitted", "reviewed", "confirmed", "approved"], to: "draft" },
};

export function nextStatus(step: Step, status: ListStatus): ListStatus | null {
  const t = TRANSITIONS[step];
  if (!t.from.includes(status)) return null;
  if (step === "confirm") return status === "reviewed" ? "confirmed" : "published";
  return t.to;
}

/** Who must take the list's next step, for "what needs me" and the page. */
export function pendingStep(status: ListStatus): Step | null {
  switch (status) {
    case "draft":
      return "submit";
    case "submitted":
      return "review";
    case "reviewed":
      return "confirm";
    case "confirmed":
      return "approve";
    case "approved":
      return "publish";
    default:
      return null;
  }
}

export type SignatureCheck = { intact: boolean; current: boolean };

/** intact: the stored text still has the hash signed; current: the list still says what was signed. */
export function checkSignature(sig: { content: string; contentHash: string }, currentHash: string | null): SignatureCheck {
  const intact = contentHash(sig.content) === sig.contentHash;
  return { intact, current: intact && currentHash === sig.contentHash };
}
