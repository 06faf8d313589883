import { describe, expect, it } from "vitest";
import { isLocked, lockAfterFailure, sessionState } from "./lockout";

const t0 = new Date("2026-11-27T08:00:00Z");
const at = (min: number) => new Date(t0.getTime() + min * 60_000);
const fails = (mins: number[]) => mins.map((m) => ({ at: at(m), isSuccess: false }));

describe("lockout with a fake clock", () => {
  it("locks for 30 minutes on the 5th failure within 15 minutes", () => {
    expect(lockAfterFailure(fails([0, 1, 2, 3]), at(3))).toBeNull();
    const until = lockAfterFailure(fails([0, 1, 2, 3, 4]), at(4));
    expect(until?.toISOString()).toBe(at(34).toISOString());
    expect(isLocked(until, at(33))).toBe(true);
    expect(isLocked(until, at(34.01))).toBe(false);
  });
  it("does not count failures older than 15 minutes", () => {
    expect(lockAfterFailure(fails([0, 1, 2, 16, 17]), at(17))).toBeNull();
  });
  it("a success in between resets the count", () => {
    const attempts = [...fails([0, 1, 2]), { at: at(3), isSuccess: true }, ...fails([4, 5])];
    expect(lockAfterFailure(attempts, at(5))).toBeNull();
  });
});

describe("session timeouts with a fake clock", () => {
  const s = { createdAt: t0, lastSeenAt: t0, endedAt: null };
  it("is idle after 30 minutes without a request", () => {
    expect(sessionState(s, at(29))).toBe("active");
    expect(sessionState(s, at(31))).toBe("idle");
  });
  it("expires after 12 hours even when active", () => {
    expect(sessionState({ ...s, lastSeenAt: at(12 * 60) }, at(12 * 60 + 1))).toBe("expired");
  });
  it("stays ended after logout", () => {
    expect(sessionState({ ...s, endedAt: at(1) }, at(2))).toBe("ended");
  });
});
