import { describe, expect, it } from "vitest";
import { handoverMissing, openHandovers } from "./handover";
import type { HandoverRow } from "./types";

const row = (p: Partial<HandoverRow>): HandoverRow => ({
  postId: 1,
  postName: "质量监督员",
  unitId: 1,
  unitName: "质量监督科",
  previousId: 1,
  previousName: "甲",
  previousEnd: "2026-05-31",
  successorId: 2,
  successorName: "乙",
  successorStart: "2026-06-01",
  listId: 5,
  hasListSignature: false,
  hasPledgeSignature: false,
  pledgeId: null,
  history: [],
  ...p,
});

describe("handover", () => {
  it("stays open until the successor has signed both the post's list and the pledge", () => {
    expect(handoverMissing(row({}))).toEqual(["list", "pledge"]);
    expect(handoverMissing(row({ hasListSignature: true }))).toEqual(["pledge"]);
    expect(handoverMissing(row({ hasPledgeSignature: true }))).toEqual(["list"]);
    expect(handoverMissing(row({ hasListSignature: true, hasPledgeSignature: true }))).toEqual([]);
  });
  it("lists the open ones, oldest first, and counts the completed", () => {
    const r = openHandovers([
      row({ postId: 2, successorStart: "2026-07-01" }),
      row({ postId: 3, hasListSignature: true, hasPledgeSignature: true }),
      row({ postId: 4, successorStart: "2026-02-01", hasListSignature: true }),
    ]);
    expect(r.open.map((h) => [h.postId, h.missing])).toEqual([
      [4, ["pledge"]],
      [2, ["list", "pledge"]],
    ]);
    expect(r.closed).toBe(1);
  });
});
