import { describe, expect, it } from "vitest";
import { canonicalJson, entryHash, GENESIS_HASH, verifyChain, type ChainEntry } from "./chain";

function chain(n: number): ChainEntry[] {
  const out: ChainEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = {
      seq: i,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      actorUserId: 1,
      actorUsername: "admin",
      actorRoles: ["system_admin"],
      ip: "127.0.0.1",
      userAgent: null,
      action: "org.unit.create",
      objectType: "unit",
      objectId: String(i),
      before: null,
      after: { name: `科室${i}`, nested: { b: 2, a: 1 } },
      result: "ok" as const,
      requestId: null,
      prevHash: prev,
    };
    const hash = entryHash(e);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

describe("canonicalJson", () => {
  it("sorts keys at every depth so jsonb reordering keeps the hash", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":0,"y":1}]},"b":1}');
  });
});

describe("verifyChain", () => {
  it("accepts an intact chain", () => {
    const r = verifyChain(chain(5));
    expect(r).toMatchObject({ ok: true, count: 5, lastSeq: 5 });
  });
  it("names the first entry whose content was altered", () => {
    const c = chain(5);
    c[2] = { ...c[2], after: { name: "篡改" } };
    expect(verifyChain(c)).toMatchObject({ ok: false, brokenSeq: 3, reason: "hash" });
  });
  it("finds a removed entry as a gap", () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(verifyChain(c)).toMatchObject({ ok: false, brokenSeq: 2, reason: "gap" });
  });
  it("finds a recomputed entry by its successor's prev_hash", () => {
    const c = chain(4);
    const forged = { ...c[1], action: "forged" };
    c[1] = { ...forged, hash: entryHash(forged) };
    expect(verifyChain(c)).toMatchObject({ ok: false, brokenSeq: 3, reason: "prev_hash" });
  });
});
