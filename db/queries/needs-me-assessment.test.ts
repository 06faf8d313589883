// Integration: the assessment's part of "what needs me" on the demo bureau — the unit head's
// self-assessment, the office's proposals, the chair's decision once every unit is reviewed, and a
// reviewer never offered their own unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../test-utils";
import { seedDemoIfEmpty } from "../scripts/seed";
import { getNeedsMeAssessment, type NeedsMeAssessmentViewer } from "./needs-me-assessment";
import { calendarYear } from "@/lib/clock";

/** The demo's year in progress on the clock (DUALDUTY_NOW moves it). */
const Y = calendarYear();

let h: Awaited<ReturnType<typeof openTestDb>>;
const unit: Record<string, number> = {};
const person: Record<string, number> = {};

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
  for (const r of await h.query<{ id: number; code: string }>(`select id, code from units`)) unit[r.code] = r.id;
  for (const r of await h.query<{ id: number; name: string }>(`select id, name from people where name in ('钱卫东', '欧阳晓雯', '杜明远', '鄂振华', '齐小萌')`))
    person[r.name] = r.id;
});
afterAll(async () => {
  await h?.cleanup();
});

const viewer = (name: string, extra: Partial<NeedsMeAssessmentViewer>): NeedsMeAssessmentViewer => ({
  personId: person[name],
  roles: ["staff"],
  headedUnitIds: [],
  ...extra,
});

describe("what needs me in the annual assessment", () => {
  it("a unit head is asked to submit the open self-assessment of their unit, and staff are asked nothing", async () => {
    const head = await getNeedsMeAssessment(h.db, viewer("钱卫东", { roles: ["unit_head", "staff"], headedUnitIds: [unit["SEC-QUALITY"]] }));
    expect(head).toEqual([{ action: "self", year: Y, unitId: unit["SEC-QUALITY"], unitName: "质量监督科", count: 1 }]);
    expect(await getNeedsMeAssessment(h.db, viewer("齐小萌", {}))).toEqual([]);
  });

  it("the office sees the deduction proposed by the overdue hazard; the chair has nothing while a unit is open", async () => {
    const office = await getNeedsMeAssessment(h.db, viewer("欧阳晓雯", { roles: ["committee_office", "staff"], ownUnitIds: [unit["SEC-SPECIAL"]] }));
    expect(office).toContainEqual({ action: "proposal", year: Y, unitId: unit["AFF-ENFORCE"], unitName: "稽查支队", count: 1 });
    expect(office.some((a) => a.action === "review")).toBe(false);
    expect(await getNeedsMeAssessment(h.db, viewer("杜明远", { roles: ["committee_chair", "leader"] }))).toEqual([]);
  });

  it("a submitted unit is offered to the team but not to a reviewer from that unit; once all are reviewed the chair decides", async () => {
    await h.query(`update assessments set status = 'submitted' where unit_id = $1 and scheme_id = (select id from assessment_schemes where year = ${Y})`, [unit["SEC-QUALITY"]]);
    const reviewer = await getNeedsMeAssessment(h.db, viewer("鄂振华", { roles: ["leader", "committee_member"] }));
    expect(reviewer).toContainEqual({ action: "review", year: Y, unitId: unit["SEC-QUALITY"], unitName: "质量监督科", count: 1 });
    const own = await getNeedsMeAssessment(h.db, viewer("钱卫东", { roles: ["committee_office"], headedUnitIds: [unit["SEC-QUALITY"]], ownUnitIds: [unit["SEC-QUALITY"]] }));
    expect(own.some((a) => a.action === "review")).toBe(false);

    await h.query(`update assessments set status = 'reviewed' where unit_id = $1 and scheme_id = (select id from assessment_schemes where year = ${Y})`, [unit["SEC-QUALITY"]]);
    const chair = await getNeedsMeAssessment(h.db, viewer("杜明远", { roles: ["committee_chair", "leader"] }));
    expect(chair).toEqual([{ action: "decide", year: Y, unitId: null, unitName: null, count: 20 }]);
  });
});
