import { describe, expect, it } from "vitest";
import { canonicalListContent, contentHash } from "./content";
import { checkSignature, nextStatus, pendingStep } from "./workflow";

describe("list workflow", () => {
  it("follows draft → submitted → reviewed → confirmed → approved → published", () => {
    expect(nextStatus("submit", "draft")).toBe("submitted");
    expect(nextStatus("review", "submitted")).toBe("reviewed");
    expect(nextStatus("confirm", "reviewed")).toBe("confirmed");
    expect(nextStatus("approve", "confirmed")).toBe("approved");
    expect(nextStatus("publish", "approved")).toBe("published");
  });
  it("refuses steps out of order", () => {
    expect(nextStatus("approve", "submitted")).toBeNull();
    expect(nextStatus("confirm", "submitted")).toBeNull();
    expect(nextStatus("review", "draft")).toBeNull();
    expect(nextStatus("submit", "archived")).toBeNull();
  });
  it("returns to draft from any step under review, never from published", () => {
    for (const s of ["submitted", "reviewed", "confirmed", "approved"] as const) expect(nextStatus("return", s)).toBe("draft");
    expect(nextStatus("return", "published")).toBeNull();
  });
  it("re-signing a published list keeps it published", () => {
    expect(nextStatus("confirm", "published")).toBe("published");
    expect(pendingStep("reviewed")).toBe("confirm");
  });
});

describe("signature check", () => {
  const content = canonicalListContent({ year: 2026, ownerType: "unit", unitId: 1, postId: null, leaderId: null }, []);
  const sig = { content, contentHash: contentHash(content) };
  it("is intact and current when nothing changed", () => {
    expect(checkSignature(sig, sig.contentHash)).toEqual({ intact: true, current: true });
  });
  it("is intact but not current after the list changed (内容已变更)", () => {
    expect(checkSignature(sig, "f".repeat(64))).toEqual({ intact: true, current: false });
  });
  it("is broken when the stored text was altered", () => {
    expect(checkSignature({ ...sig, content: content.replace("2026", "2025") }, sig.contentHash)).toEqual({ intact: false, current: false });
  });
});
