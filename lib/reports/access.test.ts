import { describe, expect, it } from "vitest";
import type { Role, Viewer } from "@/lib/authz";
import { canOpenReports, canViewBureauReport, canViewScoreSheet } from "./access";

const v = (roles: Role[], extra: Partial<Viewer> = {}) => ({
  roles,
  headedUnitIds: [],
  liaisonUnitIds: [],
  supervisedUnitIds: [],
  personId: 1,
  ...extra,
});

describe("report access", () => {
  it("the office, chairs and leaders read the bureau report and every sheet", () => {
    for (const roles of [["committee_office"], ["committee_chair", "committee_member"], ["leader", "staff"]] as Role[][]) {
      expect(canViewBureauReport(v(roles))).toBe(true);
      expect(canViewScoreSheet(v(roles), 42)).toBe(true);
    }
  });

  it("a unit head on the committee reads only their own unit's sheet", () => {
    const head = v(["committee_member", "unit_head", "staff"], { headedUnitIds: [5] });
    expect(canViewBureauReport(head)).toBe(false);
    expect(canViewScoreSheet(head, 5)).toBe(true);
    expect(canViewScoreSheet(head, 6)).toBe(false);
    expect(canOpenReports(head)).toBe(true);
  });

  it("a safety liaison reads their unit's sheet; staff read nothing", () => {
    const liaison = v(["safety_liaison", "staff"], { liaisonUnitIds: [7] });
    expect(canViewScoreSheet(liaison, 7)).toBe(true);
    expect(canViewScoreSheet(liaison, 5)).toBe(false);
    const staff = v(["staff"]);
    expect(canOpenReports(staff)).toBe(false);
    expect(canViewScoreSheet(staff, 5)).toBe(false);
  });

  it("a committee member who heads no unit reads the bureau report", () => {
    expect(canViewBureauReport(v(["committee_member", "staff"]))).toBe(true);
  });
});
