// Integration: the hazard ledger (scope, filters, overdue, pages), guarded workflow steps, 挂牌督办, and the
// proposals an overdue major hazard makes — idempotent, never into a final year — accepted or rejected.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit, type AuditedTx } from "../audited";
import { seedDemo } from "../seed/demo";
import { deductionProposals, people, reviewScores, units, users, vetoHits } from "../schema";
import {
  createHazard,
  getHazard,
  listHazards,
  listHazardUnits,
  listLeaders,
  listUnitPeople,
  stepHazard,
  superviseHazard,
} from "./hazards";
import { acceptDeductionProposal, rejectDeductionProposal } from "./proposal-decisions";
import { proposeForOverdueHazards } from "@/server/hazards/propose-overdue";
import { listAssessmentProposals } from "./proposals";
import { createTestScheme, setAssessmentStatus } from "./records-test-scheme";
import { calendarYear, now } from "@/lib/clock";

/** The demo's year in progress on the clock (DUALDUTY_NOW moves it). */
const Y = calendarYear();

let h: Awaited<ReturnType<typeof openTestDb>>;
const run = <T>(fn: (tx: AuditedTx) => Promise<T>) =>
  withAudit(h.db, SYSTEM, async (tx) => ({ value: await fn(tx), audit: { action: "test" } }));
let unit: Record<string, number>;
let officeUserId: number;
let scheme: Awaited<ReturnType<typeof createTestScheme>>;
const TODAY = `${Y}-05-20`;

beforeAll(async () => {
  h = await openTestDb();
  await run((tx) => seedDemo(tx, { passwordHash: "x" }));
  unit = Object.fromEntries((await h.db.select().from(units)).map((u) => [u.code, u.id]));
  officeUserId = (await h.db.select().from(users).where(eq(users.username, "office")))[0].id;
  scheme = await run((tx) =>
    createTestScheme(tx, Y, [
      { unitId: unit["AFF-ENFORCE"], status: "reviewed" },
      { unitId: unit["AFF-INSPECT"], status: "final" },
      { unitId: unit["BR-HITECH"], status: "self_assessed" },
    ]),
  );
});
afterAll(async () => {
  await h?.cleanup();
});

const ownerOf = async (code: string) => (await listUnitPeople(h.db, unit[code], TODAY))[0].id;
// PGlite has one connection: read outside the transaction first, never inside it through h.db.
const newHazard = async (code: string, over: Partial<Parameters<typeof createHazard>[1]> = {}) => {
  const ownerPersonId = await ownerOf(code);
  return run((tx) =>
    createHazard(
      tx,
      {
        title: "隐患",
        description: "",
        unitId: unit[code],
        level: "general",
        foundOn: `${Y}-03-01`,
        deadline: `${Y}-06-30`,
        ownerPersonId,
        recordId: null,
        ...over,
      },
      officeUserId,
    ),
  );
};

describe("hazard ledger and workflow", () => {
  it("creates a hazard with its first step, and lists it with names", async () => {
    const hz = await newHazard("AFF-ENFORCE", { title: "<script>alert(1)</script> 配电箱" });
    const d = await getHazard(h.db, hz.id);
    expect(d?.hazard.status).toBe("open");
    expect(d?.unitName).toBe("稽查支队");
    expect(d?.events.map((e) => e.step)).toEqual(["create"]);
    const list = await listHazards(h.db, "all", { page: 1, pageSize: 20 }, TODAY);
    expect(list.rows.find((r) => r.id === hz.id)?.title).toBe("<script>alert(1)</script> 配电箱");
  });

  it("moves open → rectifying → awaiting acceptance → closed; a stale or wrong step changes nothing", async () => {
    const hz = await newHazard("AFF-ENFORCE");
    const step = (
      s: Omit<Parameters<typeof stepHazard>[1], "hazardId" | "userId" | "today" | "comment"> & {
        comment?: string | null;
      },
    ) => run((tx) => stepHazard(tx, { hazardId: hz.id, userId: officeUserId, today: TODAY, comment: null, ...s }));
    expect((await step({ version: 1, step: "start", from: "open", to: "rectifying" }))?.status).toBe("rectifying");
    // The same step again (a double submit, version 1 is stale) is refused.
    expect(await step({ version: 1, step: "start", from: "open", to: "rectifying" })).toBeNull();
    expect(
      (
        await step({
          version: 2,
          step: "submit",
          from: "rectifying",
          to: "awaiting_acceptance",
          rectifiedOn: `${Y}-05-10`,
        })
      )?.rectifiedOn,
    ).toBe(`${Y}-05-10`);
    const back = await step({
      version: 3,
      step: "return",
      from: "awaiting_acceptance",
      to: "rectifying",
      comment: "照片不清",
    });
    expect(back?.status).toBe("rectifying");
    expect(back?.rectifiedOn).toBeNull();
    await step({ version: 4, step: "submit", from: "rectifying", to: "awaiting_acceptance" });
    const closed = await step({ version: 5, step: "accept", from: "awaiting_acceptance", to: "closed" });
    expect(closed).toMatchObject({ status: "closed", closedOn: TODAY, acceptedBy: officeUserId });
    const d = await getHazard(h.db, hz.id);
    expect(d?.events.map((e) => [e.step, e.comment])).toEqual([
      ["create", null],
      ["start", null],
      ["submit", null],
      ["return", "照片不清"],
      ["submit", null],
      ["accept", null],
    ]);
  });

  it("挂牌督办 only a major hazard that is not closed, with the plan and a leader", async () => {
    const leaders = await listLeaders(h.db, TODAY);
    const bai = leaders.find((l) => l.name === "白文涛")!;
    expect(bai).toBeTruthy();
    const plan = {
      measures: "更换",
      funds: "5万元",
      deadline: `${Y}-07-31`,
      responsible: "张三",
      emergencyPlan: "预案",
    };
    const general = await newHazard("AFF-ENFORCE");
    expect(
      await run((tx) =>
        superviseHazard(tx, { hazardId: general.id, version: 1, plan, leaderId: bai.id, userId: officeUserId }),
      ),
    ).toBeNull();
    const major = await newHazard("AFF-ENFORCE", { level: "major" });
    const s = await run((tx) =>
      superviseHazard(tx, { hazardId: major.id, version: 1, plan, leaderId: bai.id, userId: officeUserId }),
    );
    expect(s).toMatchObject({ isSupervised: true, supervisingLeaderId: bai.id, version: 2 });
    expect((await getHazard(h.db, major.id))?.leaderName).toBe("白文涛");
  });

  it("filters by status, level, unit and overdue, scoped to units, overdue first, paginated", async () => {
    await newHazard("BR-HITECH", { title: "逾期一般", deadline: `${Y}-04-01` });
    await newHazard("BR-HITECH", { title: "按期", deadline: `${Y}-08-01` });
    const scoped = await listHazards(h.db, [unit["BR-HITECH"]], { page: 1, pageSize: 20 }, TODAY);
    expect(scoped.rows.map((r) => [r.title, r.isOverdue])).toEqual([
      ["逾期一般", true],
      ["按期", false],
    ]);
    const overdue = await listHazards(h.db, "all", { overdue: true, page: 1, pageSize: 20 }, TODAY);
    expect(overdue.rows.every((r) => r.isOverdue)).toBe(true);
    expect(overdue.rows.map((r) => r.title)).toContain("逾期一般");
    expect(
      (await listHazards(h.db, "all", { level: "major", page: 1, pageSize: 20 }, TODAY)).rows.every(
        (r) => r.level === "major",
      ),
    ).toBe(true);
    expect((await listHazards(h.db, "all", { status: "closed", page: 1, pageSize: 20 }, TODAY)).total).toBe(1);
    expect((await listHazards(h.db, "all", { unitId: unit["BR-HITECH"], page: 1, pageSize: 20 }, TODAY)).total).toBe(2);
    expect((await listHazards(h.db, [], { page: 1, pageSize: 20 }, TODAY)).total).toBe(0);
    const p2 = await listHazards(h.db, "all", { page: 2, pageSize: 2 }, TODAY);
    expect(p2.rows).toHaveLength(2);
    expect(p2.total).toBeGreaterThanOrEqual(6);
    expect((await listHazardUnits(h.db, [unit["BR-HITECH"]])).map((u) => u.name)).toEqual(["高新区分局"]);
  });
});

describe("proposals from overdue major hazards", () => {
  it("proposes one deduction per overdue major hazard of an assessment not final, and a veto after 30 days of 挂牌督办", async () => {
    await newHazard("AFF-ENFORCE", { title: "逾期重大", level: "major", deadline: `${Y}-05-01` });
    const sup = await newHazard("AFF-ENFORCE", { title: "督办逾期", level: "major", deadline: `${Y}-04-10` });
    const bai = (await h.db.select().from(people).where(eq(people.name, "白文涛")))[0];
    await run((tx) =>
      superviseHazard(tx, {
        hazardId: sup.id,
        version: 1,
        plan: { measures: "m", funds: "f", deadline: "d", responsible: "r", emergencyPlan: "e" },
        leaderId: bai.id,
        userId: officeUserId,
      }),
    );
    await newHazard("AFF-INSPECT", { title: "定稿单位", level: "major", deadline: `${Y}-05-01` });
    await newHazard("AFF-ENFORCE", { title: "未到期重大", level: "major", deadline: `${Y}-06-01` });
    await newHazard("AFF-ENFORCE", { title: "到期当天", level: "major", deadline: TODAY });

    const r = await run((tx) => proposeForOverdueHazards(tx, Y, TODAY, officeUserId));
    expect(r).toEqual({ deductions: 2, vetoes: 1 });
    const enforce = scheme.assessments.find((a) => a.unitId === unit["AFF-ENFORCE"])!;
    const props = await listAssessmentProposals(h.db, enforce.id);
    expect(props.deductions.map((d) => [d.sourceTitle, d.itemCode, d.ruleKey, d.ruleLabel, d.status])).toEqual([
      ["逾期重大", "4.2", "overdue", "重大隐患逾期未整改", "proposed"],
      ["督办逾期", "4.2", "overdue", "重大隐患逾期未整改", "proposed"],
    ]);
    expect(props.deductions[0].reason).toContain("逾期 19 天");
    expect(props.vetoes.map((v) => [v.ruleCode, v.sourceTitle, v.status])).toEqual([["VX-3", "督办逾期", "proposed"]]);
    // The final assessment got nothing.
    const final = scheme.assessments.find((a) => a.unitId === unit["AFF-INSPECT"])!;
    expect((await listAssessmentProposals(h.db, final.id)).deductions).toEqual([]);
  });

  it("is idempotent", async () => {
    expect(await run((tx) => proposeForOverdueHazards(tx, Y, TODAY))).toEqual({ deductions: 0, vetoes: 0 });
    // The deadline day itself was in time; the day after, that hazard is overdue too.
    expect(await run((tx) => proposeForOverdueHazards(tx, Y, `${Y}-05-21`))).toEqual({ deductions: 1, vetoes: 0 });
    const hits = await h.db.select().from(vetoHits).where(eq(vetoHits.source, "hazard"));
    expect(hits).toHaveLength(1);
    expect(await run((tx) => proposeForOverdueHazards(tx, Y + 1, TODAY))).toEqual({ deductions: 0, vetoes: 0 });
  });

  it("accepting adds one occurrence, rescored by the engine; the second acceptance keeps counting", async () => {
    const enforce = scheme.assessments.find((a) => a.unitId === unit["AFF-ENFORCE"])!;
    const [first, second] = (await listAssessmentProposals(h.db, enforce.id)).deductions;
    const item = scheme.items.find((i) => i.code === "4.2")!;
    const a1 = await run((tx) => acceptDeductionProposal(tx, first.id, officeUserId, now()));
    expect(a1).toMatchObject({ ok: true, before: null, after: { deduction: 2.5, score: 3.5 }, counts: { overdue: 1 } });
    // Accepting the same proposal again is refused (no longer proposed).
    expect(await run((tx) => acceptDeductionProposal(tx, first.id, officeUserId, now()))).toEqual({
      ok: false,
      reason: "state",
    });
    const a2 = await run((tx) => acceptDeductionProposal(tx, second.id, officeUserId, now()));
    expect(a2).toMatchObject({ ok: true, before: { deduction: 2.5, score: 3.5 }, after: { deduction: 5, score: 1 } });
    const [rs] = await h.db
      .select()
      .from(reviewScores)
      .where(and(eq(reviewScores.assessmentId, enforce.id), eq(reviewScores.itemId, item.id)));
    expect(rs).toMatchObject({ counts: { overdue: 2 }, deduction: 5, score: 1, version: 2 });
    expect(rs.reason).toContain("逾期重大");
    expect(rs.reason).toContain("督办逾期");
    const props = await listAssessmentProposals(h.db, enforce.id);
    expect(props.deductions.map((d) => [d.sourceTitle, d.status])).toEqual([
      ["逾期重大", "accepted"],
      ["督办逾期", "accepted"],
      ["到期当天", "proposed"],
    ]);
    expect(props.deductions[0].decidedBy).toBe("欧阳晓雯");
  });

  it("decides only while submitted, reviewed or under objection; rejects with the decision kept", async () => {
    const hitech = scheme.assessments.find((a) => a.unitId === unit["BR-HITECH"])!;
    await newHazard("BR-HITECH", { title: "分局重大逾期", level: "major", deadline: `${Y}-05-02` });
    expect((await run((tx) => proposeForOverdueHazards(tx, Y, TODAY))).deductions).toBe(1);
    const [p] = (await listAssessmentProposals(h.db, hitech.id)).deductions;
    // self_assessed: the review has not started.
    expect(await run((tx) => acceptDeductionProposal(tx, p.id, officeUserId, now()))).toEqual({
      ok: false,
      reason: "state",
    });
    expect(await run((tx) => rejectDeductionProposal(tx, p.id, officeUserId, now()))).toBeNull();
    await run((tx) => setAssessmentStatus(tx, hitech.id, "submitted"));
    const rejected = await run((tx) => rejectDeductionProposal(tx, p.id, officeUserId, now()));
    expect(rejected?.status).toBe("rejected");
    expect(await run((tx) => rejectDeductionProposal(tx, p.id, officeUserId, now()))).toBeNull();
    const rows = await h.db.select().from(deductionProposals).where(eq(deductionProposals.id, p.id));
    expect(rows[0]).toMatchObject({ status: "rejected", decidedBy: officeUserId });
    expect(await h.db.select().from(reviewScores).where(eq(reviewScores.assessmentId, hitech.id))).toEqual([]);
  });

  it("a closed hazard proposes nothing more", async () => {
    const before = (await h.db.select().from(deductionProposals)).length;
    const hz = await newHazard("BR-HITECH", { title: "已销号重大", level: "major", deadline: `${Y}-05-03` });
    for (const [v, step, from, to] of [
      [1, "start", "open", "rectifying"],
      [2, "submit", "rectifying", "awaiting_acceptance"],
      [3, "accept", "awaiting_acceptance", "closed"],
    ] as const)
      await run((tx) =>
        stepHazard(tx, {
          hazardId: hz.id,
          version: v,
          step,
          from,
          to,
          comment: null,
          userId: officeUserId,
          today: TODAY,
        }),
      );
    await run((tx) => proposeForOverdueHazards(tx, Y, TODAY));
    expect((await h.db.select().from(deductionProposals)).length).toBe(before);
  });
});
