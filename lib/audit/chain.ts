// Pure hash-chain rules for the audit log: canonical form, entry hash, and the verifier.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type ChainEntry = {
  seq: number;
  at: Date;
  actorUserId: number | null;
  actorUsername: string | null;
  actorRoles: string[];
  ip: string | null;
  userAgent: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  before: unknown;
  after: unknown;
  result: "ok" | "denied" | "failed";
  requestId: string | null;
  prevHash: string;
  hash: string;
};

/** JSON with keys sorted at every depth, so that jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) return "null";
  return JSON.stringify(value);
}

export function entryHash(e: Omit<ChainEntry, "hash">): string {
  const body = canonicalJson({
    seq: e.seq,
    at: e.at.toISOString(),
    actorUserId: e.actorUserId,
    actorUsername: e.actorUsername,
    actorRoles: e.actorRoles,
    ip: e.ip,
    userAgent: e.userAgent,
    action: e.action,
    objectType: e.objectType,
    objectId: e.objectId,
    before: e.before ?? null,
    after: e.after ?? null,
    result: e.result,
    requestId: e.requestId,
  });
  return createHash("sha256").update(e.prevHash).update("\n").update(body).digest("hex");
}

export type VerifyResult =
  | { ok: true; count: number; lastSeq: number; lastHash: string }
  | { ok: false; count: number; brokenSeq: number; reason: "gap" | "prev_hash" | "hash" | "head" };

/** Incremental verifier: feed entries in sequence order, then call finish(). */
export function createVerifier(startSeq = 0, startHash = GENESIS_HASH) {
  let expectedSeq = startSeq + 1;
  let prev = startHash;
  let count = 0;
  let failure: VerifyResult | undefined;
  return {
    push(e: ChainEntry): boolean {
      if (failure) return false;
      count++;
      if (e.seq !== expectedSeq) failure = { ok: false, count, brokenSeq: expectedSeq, reason: "gap" };
      else if (e.prevHash !== prev) failure = { ok: false, count, brokenSeq: e.seq, reason: "prev_hash" };
      else if (entryHash(e) !== e.hash) failure = { ok: false, count, brokenSeq: e.seq, reason: "hash" };
      if (failure) return false;
      prev = e.hash;
      expectedSeq++;
      return true;
    },
    finish(head?: { lastSeq: number; lastHash: string }): VerifyResult {
      if (failure) return failure;
      if (head && (head.lastSeq !== expectedSeq - 1 || head.lastHash !== prev)) {
        return { ok: false, count, brokenSeq: Math.min(head.lastSeq, expectedSeq), reason: "head" };
      }
      return { ok: true, count, lastSeq: expectedSeq - 1, lastHash: prev };
    },
  };
}

export function verifyChain(entries: ChainEntry[]): VerifyResult {
  const v = createVerifier();
  for (const e of entries) if (!v.push(e)) break;
  return v.finish();
}
