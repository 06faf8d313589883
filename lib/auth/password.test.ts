import { describe, expect, it } from "vitest";
import { checkPasswordPolicy, hashPassword, isExpired, isReused, verifyPassword } from "./password";

describe("password policy", () => {
  it.each([
    ["Ab1#", "password.tooShort"],
    ["abcdefgh", "password.classes"],
    ["abcdefg1", "password.classes"],
    ["Abcdefg1", null],
    ["abcdef1#", null],
    ["Zhang.san2026", "password.sameAsUsername"],
    ["x".repeat(129) + "A1", "password.tooLong"],
  ])("%s → %s", (pw, expected) => {
    expect(checkPasswordPolicy(pw, "zhang.san")).toBe(expected);
  });
});

describe("argon2id hashing", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const h = await hashPassword("DualDuty#2026");
    expect(h.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(h, "DualDuty#2026")).toBe(true);
    expect(await verifyPassword(h, "DualDuty#2025")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
  it("refuses one of the last five passwords", async () => {
    const old = await Promise.all(["Old#Pass1", "Old#Pass2"].map(hashPassword));
    expect(await isReused("Old#Pass2", old)).toBe(true);
    expect(await isReused("New#Pass3", old)).toBe(false);
  });
  it("expires after the configured days, never when 0", () => {
    const changed = new Date("2026-01-01T00:00:00Z");
    expect(isExpired(changed, 90, new Date("2026-03-31T00:00:00Z"))).toBe(false);
    expect(isExpired(changed, 90, new Date("2026-04-02T00:00:00Z"))).toBe(true);
    expect(isExpired(changed, 0, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});
