// 岗位交接: a post changed holder this year; the successor must confirm the post's list and sign their
// pledge before the handover is complete. Plain functions over the handover rows.
import type { HandoverRow } from "./types";

export type HandoverMissing = "list" | "pledge";

/** What the successor still has to sign: 清单签字 and/or 承诺书. */
export function handoverMissing(h: Pick<HandoverRow, "hasListSignature" | "hasPledgeSignature">): HandoverMissing[] {
  const out: HandoverMissing[] = [];
  if (!h.hasListSignature) out.push("list");
  if (!h.hasPledgeSignature) out.push("pledge");
  return out;
}

/** The handovers still open (something missing), oldest start first; and how many are complete. */
export function openHandovers(rows: HandoverRow[]): { open: (HandoverRow & { missing: HandoverMissing[] })[]; closed: number } {
  const withMissing = rows.map((h) => ({ ...h, missing: handoverMissing(h) }));
  const open = withMissing
    .filter((h) => h.missing.length > 0)
    .sort((p, q) => p.successorStart.localeCompare(q.successorStart) || p.unitId - q.unitId || p.postId - q.postId);
  return { open, closed: rows.length - open.length };
}
