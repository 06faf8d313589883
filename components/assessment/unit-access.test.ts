// Who may read, self-assess, review and veto on a unit's assessment page, for the demo's kinds of people.
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/authz";
import { canReadUnitAssessment, unitAccess, vetoRuleApplies } from "./unit-access";

const QUALITY = 7;
const EAST = 21;
const SPECIAL = 10;

const viewer = (roles: Role[], extra: Partial<{ headedUnitIds: number[]; ownUnitIds: number[]; supervisedUnitIds: number[]; liaisonUnitIds: number[] }> = {}) => ({
  roles,
  personId: 1,
  headedUnitIds: [],
  liaisonUnitIds: [],
  supervisedUnitIds: [],
  ownUnitIds: [],
  ...extra,
});

// A section chief sits on the committee as a member (every unit head does in the demo).
const chiefQuality = viewer(["unit_head", "committee_member", "staff"], { headedUnitIds: [QUALITY], ownUnitIds: [QUALITY] });
const office = viewer(["committee_office", "staff"], { ownUnitIds: [SPECIAL] });
const engineer = viewer(["leader", "committee_member", "staff"], { supervisedUnitIds: [SPECIAL] });

describe("reading", () => {
  it("a unit head reads their own unit and not another, committee seat or not", () => {
    expect(canReadUnitAssessment(chiefQuality, QUALITY, false)).toBe(true);
    expect(canReadUnitAssessment(chiefQuality, EAST, false)).toBe(false);
  });
  it("a leader reads supervised units, and every unit when named to the assessment team", () => {
    expect(canReadUnitAssessment(engineer, SPECIAL, false)).toBe(true);
    expect(canReadUnitAssessment(engineer, QUALITY, false)).toBe(false);
    expect(canReadUnitAssessment(engineer, QUALITY, true)).toBe(true);
  });
  it("the office reads every unit", () => {
    expect(canReadUnitAssessment(office, EAST, false)).toBe(true);
  });
});

describe("acting", () => {
  it("the unit head self-assesses only while open or self-assessed, and never reviews", () => {
    expect(unitAccess(chiefQuality, { unitId: QUALITY, status: "open" }, false)).toMatchObject({ canEditSelf: true, canReview: false });
    expect(unitAccess(chiefQuality, { unitId: QUALITY, status: "submitted" }, false)).toMatchObject({ canEditSelf: false, canReview: false, canFinishReview: false });
  });
  it("the office reviews submitted units but not its own, records vetoes, and re-reviews during an objection", () => {
    expect(unitAccess(office, { unitId: QUALITY, status: "submitted" }, false)).toMatchObject({ canReview: true, canFinishReview: true, canVeto: true });
    expect(unitAccess(office, { unitId: SPECIAL, status: "submitted" }, false)).toMatchObject({ canReview: false, canVeto: false, isOwn: true });
    expect(unitAccess(office, { unitId: QUALITY, status: "objection" }, false)).toMatchObject({ canReview: true, canFinishReview: false });
    expect(unitAccess(office, { unitId: QUALITY, status: "decided" }, false)).toMatchObject({ canReview: false, canVeto: false });
  });
  it("a named reviewer reviews but neither during an objection nor vetoes; a committee member who is not named does nothing", () => {
    expect(unitAccess(engineer, { unitId: QUALITY, status: "reviewed" }, true)).toMatchObject({ canReview: true, canVeto: false });
    expect(unitAccess(engineer, { unitId: QUALITY, status: "objection" }, true)).toMatchObject({ canReview: false });
    expect(unitAccess(chiefQuality, { unitId: EAST, status: "submitted" }, false)).toMatchObject({ canRead: false, canReview: false, isTeam: false });
  });
});

describe("veto rules by group and kind", () => {
  const branch = { group: "field", kind: "branch" };
  it("empty lists cover every unit; each non-empty list must name the unit's", () => {
    expect(vetoRuleApplies({ groups: [], kinds: [] }, branch)).toBe(true);
    expect(vetoRuleApplies({ groups: ["field"], kinds: [] }, branch)).toBe(true);
    expect(vetoRuleApplies({ groups: ["technical"], kinds: [] }, branch)).toBe(false);
    expect(vetoRuleApplies({ groups: [], kinds: ["section"] }, branch)).toBe(false);
    expect(vetoRuleApplies({ groups: ["field"], kinds: ["section"] }, branch)).toBe(false);
    expect(vetoRuleApplies({ groups: ["general"], kinds: [] }, { group: null, kind: "section" })).toBe(false);
  });
});
