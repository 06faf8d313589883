import { describe, expect, it } from "vitest";
import { leavesAHolder, mayResetPassword } from "./separation";

describe("三权分立", () => {
  it("the system administrator resets ordinary accounts and other system administrators only", () => {
    expect(mayResetPassword(["system_admin"], [])).toBe(true);
    expect(mayResetPassword(["system_admin"], ["committee_office"])).toBe(true);
    expect(mayResetPassword(["system_admin"], ["system_admin"])).toBe(true);
    expect(mayResetPassword(["system_admin"], ["security_admin"])).toBe(false);
    expect(mayResetPassword(["system_admin"], ["audit_admin"])).toBe(false);
  });
  it("the last holder of an administrator role stays; business roles have no such floor", () => {
    expect(leavesAHolder("security_admin", 1)).toBe(false);
    expect(leavesAHolder("audit_admin", 2)).toBe(true);
    expect(leavesAHolder("system_admin", 0)).toBe(false);
    expect(leavesAHolder("committee_office", 1)).toBe(true);
  });
});
