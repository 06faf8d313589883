// Integration: the demo's hazards, last year's lift accident and its case, and the proposal the overdue major
// hazard makes for 稽查支队's assessment this year — against the real demo scheme (rules found by name/code).
// Years and today come from the clock (DUALDUTY_NOW moves it).
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit } from "../audited";
import { seedDemoIfEmpty } from "../scripts/seed";
import {
  accidents,
  accountabilityCases,
  assessments,
  assessmentSchemes,
  deductionProposals,
  people,
  units,
} from "../schema";
import { getAccident } from "../queries/accidents";
import { getHazard, listHazards } from "../queries/hazards";
import {
  findHazardDeductionRule,
  getUnitAssessment,
  listAssessmentProposals,
  proposeAccidentVeto,
} from "../queries/proposals";
import { proposeForOverdueHazards } from "@/server/hazards/propose-overdue";
import { calendarYear, today as clockToday } from "@/lib/clock";
import { DEMO_ACCIDENT_TITLE } from "./hazards";

let h: Awaited<ReturnType<typeof openTestDb>>;
const today = clockToday();
const Y = calendarYear();
const LAST = Y - 1;
const unitIdOf = async (code: string) => (await h.db.select().from(units).where(eq(units.code, code)))[0].id;

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
});
afterAll(async () => {
  await h?.cleanup();
});

describe("demo hazards, accident and case", () => {
  it("has the ledger: general ones closed, the 挂牌督办 one closed with its plan, one major overdue", async () => {
    const all = await listHazards(h.db, "all", { page: 1, pageSize: 50 }, today);
    expect(all.total).toBe(7);
    const byTitle = new Map(all.rows.map((r) => [r.title, r]));
    const supervised = byTitle.get("检验用起重设备钢丝绳断股")!;
    expect(supervised).toMatchObject({
      level: "major",
      isSupervised: true,
      status: "closed",
      unitName: "特种设备检验研究院",
      isOverdue: false,
    });
    const d = (await getHazard(h.db, supervised.id))!;
    expect(d.leaderName).toBe("白文涛");
    expect(Object.values(d.hazard.plan ?? {}).every((v) => v.length > 0)).toBe(true);
    expect(d.events.map((e) => e.step)).toEqual([
      "create",
      "start",
      "supervise",
      "submit",
      "return",
      "submit",
      "accept",
    ]);
    expect(d.hazard.version).toBe(7);
    const overdue = byTitle.get("执法装备库房电气线路老化")!;
    expect(overdue).toMatchObject({
      level: "major",
      status: "rectifying",
      unitName: "稽查支队",
      isOverdue: true,
      isSupervised: false,
    });
    expect(all.rows[0].id).toBe(overdue.id);
    expect(all.rows.filter((r) => r.isOverdue)).toHaveLength(1);
    // Dated by today: last year's three hazards and this year's four (on 1 January the overdue one is
    // found the day before, to be overdue at all).
    expect(all.rows.every((r) => r.foundOn <= today)).toBe(true);
    if (today > `${Y}-01-01`) expect(all.rows.filter((r) => r.foundOn.startsWith(`${LAST}-`))).toHaveLength(3);
    expect(overdue.deadline < today).toBe(true);
    expect(
      all.rows.filter((r) => r.level === "general").every((r) => r.status === "closed" || r.deadline >= today),
    ).toBe(true);
  });

  it("has last year's lift accident: general level, reported late, and the head's 诫勉", async () => {
    const [row] = await h.db.select().from(accidents).where(eq(accidents.title, DEMO_ACCIDENT_TITLE));
    const a = (await getAccident(h.db, row.id))!;
    expect(a.unitName).toBe("特种设备检验研究院");
    expect(a.accident).toMatchObject({
      domain: "supervised",
      deaths: 0,
      seriousInjuries: 1,
      directLoss: 35,
      level: "general",
      isLate: true,
      isOmitted: false,
      isFalse: false,
      isConcealed: false,
    });
    expect(a.accident.reports.map((r) => [r.hop, r.dueAt, r.reportedAt])).toEqual([
      ["unit_to_bureau", `${LAST}-08-14T07:05:00.000Z`, `${LAST}-08-14T07:32:00.000Z`],
      ["bureau_to_superior", `${LAST}-08-14T09:32:00.000Z`, `${LAST}-08-14T08:40:00.000Z`],
    ]);
    const [c] = await h.db.select().from(accountabilityCases).where(eq(accountabilityCases.accidentId, row.id));
    const [person] = await h.db.select().from(people).where(eq(people.id, c.personId));
    expect(person.name).toBeTruthy();
    expect(c).toMatchObject({
      form: "admonition",
      situation: "reporting_failure",
      decidedBy: "局党组",
      decidedOn: `${LAST}-10-20`,
      restrictedUntil: `${Y}-10-19`,
      unitId: await unitIdOf("AFF-SPECIAL"),
    });
    // Last year is final: a save of this accident proposes nothing more.
    const r = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await proposeAccidentVeto(tx, {
        accidentId: row.id,
        unitId: row.unitId,
        year: LAST,
        basis: "-",
        userId: null,
      }),
      audit: { action: "test" },
    }));
    expect(r.outcome).toBe("final");
  });
});

describe("proposals on the demo scheme", () => {
  it("counts a hazard deduction against 4.3 (重大隐患挂牌督办), not the monthly self-check rule of 4.1", async () => {
    const [scheme] = await h.db.select().from(assessmentSchemes).where(eq(assessmentSchemes.year, Y));
    expect(await findHazardDeductionRule(h.db, scheme.id)).toMatchObject({ itemCode: "4.3", ruleKey: "major" });
  });

  it("proposed the deduction for 稽查支队's reviewed assessment this year, once", async () => {
    const a = (await getUnitAssessment(h.db, Y, await unitIdOf("AFF-ENFORCE")))!;
    expect(a.status).toBe("reviewed");
    const props = await listAssessmentProposals(h.db, a.id);
    expect(props.deductions.map((d) => [d.sourceTitle, d.itemCode, d.ruleLabel, d.status])).toEqual([
      ["执法装备库房电气线路老化", "4.3", "重大事故隐患未按要求挂牌督办或逾期未销号", "proposed"],
    ]);
    const again = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await proposeForOverdueHazards(tx, Y, today),
      audit: { action: "test" },
    }));
    expect(again).toEqual({ deductions: 0, vetoes: 0 });
    const quality = await getUnitAssessment(h.db, Y, await unitIdOf("SEC-QUALITY"));
    expect(
      await h.db
        .select()
        .from(deductionProposals)
        .where(and(eq(deductionProposals.assessmentId, quality!.id))),
    ).toEqual([]);
    expect((await h.db.select().from(assessments).where(eq(assessments.id, a.id)))[0].status).toBe("reviewed");
  });
});
