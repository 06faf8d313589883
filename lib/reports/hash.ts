// The fingerprint of an approved report: SHA-256 of its data as canonical JSON (keys sorted at every depth,
// as the audit chain hashes its entries), so jsonb's key reordering in storage does not change it.
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/audit/chain";

export function snapshotHash(data: unknown): string {
  return createHash("sha256").update(canonicalJson(data)).digest("hex");
}

/** Whether a stored snapshot still matches the hash recorded when it was approved. */
export function isSnapshotIntact(snapshot: unknown, hash: string | null): boolean {
  return snapshot != null && hash != null && snapshotHash(snapshot) === hash;
}
