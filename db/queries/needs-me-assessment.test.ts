// Integration: the assessment's part of "what needs me" on units and a scheme made here (this year's scheme
// published: 质量监督科 open, the others reviewed, an overdue-hazard deduction proposed for 稽查支队; last
// year's locked) — the unit head's self-assessment, the office's proposals, the chair's decision once every
// unit is reviewed, and a reviewer never offered their own unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../test-utils";
import { build, makeAssessments, makeHazard, makeMember, makeReviewers, makeScheme, makeUnit } from "../factories";
import { deductionProposals } from "../schema";
import { getNeedsMeAssessment, type NeedsMeAssessmentViewer } from "./needs-me-assessment";
import { calendarYear } from "@/lib/clock";

/** This year on the clock (DUALDUTY_NOW moves it). */
const Y = calendarYear();

let h: Awaited<ReturnType<typeof openTestDb>>;
let f: Awaited<ReturnType<typeof makeData>>;

function makeData() {
  return build(h.db, async (tx) => {
    const leadership = await makeUnit(tx, { name: "局领导班子", kind: "leadership", group: null });
    const quality = await makeUnit(tx, { name: "质量监督科" });
    const special = await makeUnit(tx, { name: "安全监察科" });
    const enforce = await makeUnit(tx, { name: "稽查支队", kind: "affiliated", group: "field" });
    const person = {
      head: (await makeMember(tx, { unitId: quality.id, kind: "head", name: "质量科长" })).personId,
      staff: (await makeMember(tx, { unitId: quality.id, name: "质量科员" })).personId,
      office: (await makeMember(tx, { unitId: special.id, name: "安委办干事" })).personId,
      chair: (await makeMember(tx, { unitId: leadership.id, kind: "director", name: "局长" })).personId,
      reviewer: (await makeMember(tx, { unitId: leadership.id, kind: "chief_engineer", name: "总工程师" })).personId,
    };
    const last = await makeScheme(tx, { year: Y - 1, status: "locked" });
    await makeAssessments(tx, last.scheme.id, [quality, special, enforce].map((u) => ({ unitId: u.id, status: "final" as const })));
    const { scheme, items } = await makeScheme(tx, { year: Y });
    const rows = await makeAssessments(tx, scheme.id, [
      { unitId: quality.id, status: "open" },
      { unitId: special.id, status: "reviewed" },
      { unitId: enforce.id, status: "reviewed" },
    ]);
    await makeReviewers(tx, scheme.id, [person.reviewer]);
    const hazard = await makeHazard(tx, { unitId: enforce.id, level: "major" });
    await tx.insert(deductionProposals).values({
      assessmentId: rows[2].id,
      schemeItemId: items[1].id,
      ruleKey: "overdue",
      sourceType: "hazard",
      sourceId: hazard.id,
      reason: "重大隐患逾期未整改",
    });
    return { unit: { quality: quality.id, special: special.id, enforce: enforce.id }, person, schemeId: scheme.id };
  });
}

beforeAll(async () => {
  h = await openTestDb();
  f = await makeData();
});
afterAll(async () => {
  await h?.cleanup();
});

const viewer = (personId: number, extra: Partial<NeedsMeAssessmentViewer>): NeedsMeAssessmentViewer => ({
  personId,
  roles: ["staff"],
  headedUnitIds: [],
  ...extra,
});
const setQualityStatus = (status: string) =>
  h.query(`update assessments set status = $1 where unit_id = $2 and scheme_id = $3`, [status, f.unit.quality, f.schemeId]);

describe("what needs me in the annual assessment", () => {
  it("a unit head is asked to submit the open self-assessment of their unit, and staff are asked nothing", async () => {
    const head = await getNeedsMeAssessment(h.db, viewer(f.person.head, { roles: ["unit_head", "staff"], headedUnitIds: [f.unit.quality] }));
    expect(head).toEqual([{ action: "self", year: Y, unitId: f.unit.quality, unitName: "质量监督科", count: 1 }]);
    expect(await getNeedsMeAssessment(h.db, viewer(f.person.staff, {}))).toEqual([]);
  });

  it("the office sees the deduction proposed by the overdue hazard; the chair has nothing while a unit is open", async () => {
    const office = await getNeedsMeAssessment(h.db, viewer(f.person.office, { roles: ["committee_office", "staff"], ownUnitIds: [f.unit.special] }));
    expect(office).toEqual([{ action: "proposal", year: Y, unitId: f.unit.enforce, unitName: "稽查支队", count: 1 }]);
    expect(await getNeedsMeAssessment(h.db, viewer(f.person.chair, { roles: ["committee_chair", "leader"] }))).toEqual([]);
  });

  it("a submitted unit is offered to the team but not to a reviewer from that unit; once all are reviewed the chair decides", async () => {
    await setQualityStatus("submitted");
    const reviewer = await getNeedsMeAssessment(h.db, viewer(f.person.reviewer, { roles: ["leader", "committee_member"] }));
    expect(reviewer).toEqual([{ action: "review", year: Y, unitId: f.unit.quality, unitName: "质量监督科", count: 1 }]);
    const own = await getNeedsMeAssessment(h.db, viewer(f.person.head, { roles: ["committee_office"], headedUnitIds: [f.unit.quality], ownUnitIds: [f.unit.quality] }));
    expect(own.some((a) => a.action === "review")).toBe(false);
    // Someone neither in the office nor named to the team reviews nothing.
    expect(await getNeedsMeAssessment(h.db, viewer(f.person.staff, { roles: ["staff"] }))).toEqual([]);

    await setQualityStatus("reviewed");
    const chair = await getNeedsMeAssessment(h.db, viewer(f.person.chair, { roles: ["committee_chair", "leader"] }));
    expect(chair).toEqual([{ action: "decide", year: Y, unitId: null, unitName: null, count: 3 }]);
  });
});
