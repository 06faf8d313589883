// Integration: 定稿 refuses while a deduction or veto proposal of the year is pending, naming each (unit,
// proposal, source) — here a deduction an overdue major hazard proposes during publicity and a veto the
// office proposed; the office reopens the unit (publicised → reviewed), the team decides both, the chair
// decides and publicises it again, and the year finalises. On a bureau of four units made here.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAudit, type AuditedTx } from "@/db/audited";
import { build, makeBureau, makeHazard, type Bureau } from "@/db/factories";
import { DecisionError } from "@/db/queries/assessment-decision";
import type { AuditRecord } from "@/db/queries/audit";
import { createVetoHit, decideVetoHit } from "@/db/queries/assessment-unit-writes";
import { listPendingProposals } from "@/db/queries/pending-proposals";
import { rejectDeductionProposal } from "@/db/queries/proposal-decisions";
import { assessmentEvents, assessments, deductionProposals } from "@/db/schema";
import { seedSyntheticAssessment, type SyntheticYear } from "@/db/seed/assessment-synthetic";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { calendarYear } from "@/lib/clock";
import { proposeForOverdueHazards } from "@/server/hazards/propose-overdue";
import { decideYear } from "./decide-year";
import { finaliseYear } from "./finalise-year";
import { publiciseYear } from "./publicise-year";
import { reopenAssessment } from "./reopen-assessment";

const Y = calendarYear();
/** 20 December of the year in Shanghai: the hazard's deadline (30 November) has passed. */
const NOW = new Date(`${Y}-12-20T02:00:00Z`);
const TODAY = `${Y}-12-20`;
const actor = { userId: null, now: NOW };
const REASON = "异议期内无异议，经安委会同意提前结束公示。";

let h: Awaited<ReturnType<typeof openTestDb>>;
let b: Bureau;
let y: SyntheticYear;
let unitId: number;
let otherId: number;

const run = <T>(fn: (tx: AuditedTx) => Promise<{ value: T; audit: AuditRecord | AuditRecord[] }>) =>
  withAudit(h.db, SYSTEM, fn);
const inTx = <T>(fn: (tx: AuditedTx) => Promise<T>) =>
  run(async (tx) => ({ value: await fn(tx), audit: { action: "test" } }));
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DecisionError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
};
const finalise = () => run((tx) => finaliseYear(tx, { year: Y, earlyCloseReason: REASON }, actor));

beforeAll(async () => {
  h = await openTestDb();
  b = await build(h.db, (tx) =>
    makeBureau(tx, {
      years: [Y],
      units: ["稽查支队", "质量监督科", "计量科", "城东分局"].map((name) => ({ name, staff: 1 })),
    }),
  );
  unitId = b.units[0].id;
  otherId = b.units[2].id;
  y = await build(h.db, (tx) => seedSyntheticAssessment(tx, { year: Y, unitIds: b.units.map((u) => u.id) }));
  await run((tx) => decideYear(tx, Y, actor));
  await run((tx) => publiciseYear(tx, Y, actor));
}, 60_000);
afterAll(async () => {
  await h?.cleanup();
});

describe("定稿 with proposals pending", () => {
  it("is refused, naming each pending proposal with its unit and source; nothing is finalised", async () => {
    await build(h.db, (tx) =>
      makeHazard(tx, {
        unitId,
        title: "执法装备库房电气线路老化",
        level: "major",
        foundOn: `${Y}-10-08`,
        deadline: `${Y}-11-30`,
      }),
    );
    expect(await inTx((tx) => proposeForOverdueHazards(tx, Y, TODAY))).toEqual({ deductions: 1, vetoes: 0 });
    await inTx((tx) =>
      createVetoHit(tx, {
        assessmentId: y.assessmentIds.get(otherId)!,
        ruleId: y.vetoRuleIds.late,
        basis: "事故迟报 2 小时",
        isConfirmed: false,
        userId: b.office.userId,
        now: NOW,
      }),
    );
    const e = await refusal(finalise());
    expect(e.key).toBe("assessment.errors.pendingProposals");
    expect(e.details).toEqual([
      expect.objectContaining({
        kind: "deduction",
        unitId,
        unitName: "稽查支队",
        source: "hazard",
        sourceTitle: "执法装备库房电气线路老化",
        label: expect.stringMatching(/^C3\.\d /),
      }),
      expect.objectContaining({
        kind: "veto",
        unitId: otherId,
        unitName: "计量科",
        source: "manual",
        sourceTitle: null,
        label: "V1 事故迟报",
      }),
    ]);
    expect(await listPendingProposals(h.db, Y)).toEqual(e.details);
    const statuses = await h.db
      .select({ s: assessments.status })
      .from(assessments)
      .where(eq(assessments.schemeId, y.schemeId));
    expect(new Set(statuses.map((r) => r.s))).toEqual(new Set(["publicised"]));
  });

  it("the office reopens the publicised unit for re-review (with the event's from-status kept)", async () => {
    const id = y.assessmentIds.get(unitId)!;
    expect(
      await run((tx) =>
        reopenAssessment(tx, { assessmentId: id, reason: "审定后新增逾期重大隐患扣分建议，退回重审。" }, actor),
      ),
    ).toEqual({ status: "reviewed" });
    const events = await h.db.select().from(assessmentEvents).where(eq(assessmentEvents.assessmentId, id));
    expect(events.at(-1)).toMatchObject({ step: "reopen", fromStatus: "publicised", toStatus: "reviewed" });
  });

  it("still refuses while the other unit's veto is pending; decided, re-decided and publicised, the year finalises", async () => {
    const [p] = await h.db.select().from(deductionProposals).where(eq(deductionProposals.status, "proposed"));
    expect(await inTx((tx) => rejectDeductionProposal(tx, p.id, b.office.userId, NOW))).toMatchObject({
      status: "rejected",
    });
    expect(await run((tx) => decideYear(tx, Y, actor))).toEqual({ decided: 1, vetoed: 0 });
    await run((tx) => publiciseYear(tx, Y, actor));
    const e = await refusal(finalise());
    expect((e.details as { unitName: string }[]).map((d) => d.unitName)).toEqual(["计量科"]);

    // The veto the office proposed during publicity: its unit reopened, the office dismisses it.
    const other = y.assessmentIds.get(otherId)!;
    await run((tx) => reopenAssessment(tx, { assessmentId: other, reason: "处理待确认的否决事项。" }, actor));
    const [{ id: hitId, version }] = (await listPendingProposals(h.db, Y)).map((x) => ({ id: x.id, version: 1 }));
    expect(await inTx((tx) => decideVetoHit(tx, hitId, version, "dismissed", b.office.userId, NOW))).toMatchObject({
      status: "dismissed",
    });
    await run((tx) => decideYear(tx, Y, actor));
    await run((tx) => publiciseYear(tx, Y, actor));
    expect(await listPendingProposals(h.db, Y)).toEqual([]);
    expect(await finalise()).toMatchObject({ finalised: 4 });
  });

  it("a proposal arriving on a final unit is left to its reopen: the final year lists nothing pending", async () => {
    await build(h.db, (tx) =>
      makeHazard(tx, {
        unitId: otherId,
        title: "逾期重大隐患",
        level: "major",
        foundOn: `${Y}-10-01`,
        deadline: `${Y}-11-01`,
      }),
    );
    expect(await inTx((tx) => proposeForOverdueHazards(tx, Y, TODAY))).toEqual({ deductions: 0, vetoes: 0 });
    expect(await listPendingProposals(h.db, Y)).toEqual([]);
  });
});
