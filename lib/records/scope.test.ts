import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/authz";
import { mayUseUnitLists, recordConcernedUnits, recordOwnerUnits, unitScopeOf } from "./scope";

const viewer = (roles: Role[], extra: Partial<Record<"headedUnitIds" | "liaisonUnitIds" | "supervisedUnitIds" | "ownUnitIds", number[]>> = {}) => ({
  roles,
  headedUnitIds: [],
  liaisonUnitIds: [],
  supervisedUnitIds: [],
  ownUnitIds: [],
  ...extra,
});

describe("record scopes", () => {
  it("the office reaches every unit", () => {
    const office = viewer(["committee_office", "staff"], { ownUnitIds: [9] });
    expect(unitScopeOf(office, "record.view")).toBe("all");
    expect(recordOwnerUnits(office)).toBe("all");
    expect(recordConcernedUnits(office)).toBe("all");
    expect(mayUseUnitLists(office, 3)).toBe(true);
  });

  it("a leader reads supervised units and records for their own unit, naming supervised units", () => {
    const leader = viewer(["leader", "staff"], { ownUnitIds: [1], supervisedUnitIds: [5, 4] });
    expect(unitScopeOf(leader, "record.view")).toEqual([4, 5]);
    expect(unitScopeOf(leader, "record.edit")).toEqual([]);
    expect(recordOwnerUnits(leader)).toEqual([1]);
    expect(recordConcernedUnits(leader)).toEqual([1, 4, 5]);
    expect(mayUseUnitLists(leader, 5)).toBe(false);
  });

  it("a unit head reaches the unit headed; staff reach no unit, only themselves", () => {
    const head = viewer(["unit_head", "staff"], { ownUnitIds: [7], headedUnitIds: [7] });
    expect(unitScopeOf(head, "record.view")).toEqual([7]);
    expect(mayUseUnitLists(head, 7)).toBe(true);
    expect(mayUseUnitLists(head, 8)).toBe(false);
    const staff = viewer(["staff"], { ownUnitIds: [7] });
    expect(unitScopeOf(staff, "record.view")).toEqual([]);
    expect(recordOwnerUnits(staff)).toEqual([7]);
    expect(recordConcernedUnits(staff)).toEqual([7]);
  });

  it("a committee member reads every unit's records (the permission table's grant)", () => {
    expect(unitScopeOf(viewer(["committee_member", "unit_head"], { headedUnitIds: [7] }), "record.view")).toBe("all");
  });
});
