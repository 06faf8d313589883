// Integration: the committee's decision on a bureau of ten units made here, with a synthetic scheme for this
// year — decide, publicise, objection and its decision, finalise (early close, sanctions once), reopen and
// finalise again, confirm.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAudit, type AuditedTx } from "@/db/audited";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { build, makeBureau, type Bureau, type BureauUnitSpec } from "@/db/factories";
import { seedSyntheticAssessment, type SyntheticYear } from "@/db/seed/assessment-synthetic";
import { assessmentEvents, assessments, assessmentSchemes, objections, reviewScores, sanctions } from "@/db/schema";
import { DecisionError } from "@/db/queries/assessment-decision";
import type { AuditRecord } from "@/db/queries/audit";
import { listSanctionsForPerson, listSanctionsForUnit, listSanctionsOfYear } from "@/db/queries/assessment-sanctions";
import { confirmSanction } from "./confirm-sanction";
import { decideObjection } from "./decide-objection";
import { decideYear } from "./decide-year";
import { fileObjection } from "./file-objection";
import { finaliseYear } from "./finalise-year";
import { publiciseYear } from "./publicise-year";
import { reopenAssessment } from "./reopen-assessment";
import { calendarYear } from "@/lib/clock";

/** This year on the clock (DUALDUTY_NOW moves it). */
const Y = calendarYear();
/** Ten assessed units; the synthetic scores put the seventh (index 6) well below the others. */
const UNITS: BureauUnitSpec[] = ["办公室", "检验研究院", "人事教育科", "质量监督科", "稽查支队", "计量科", "标准化科", "城东分局", "高新区分局", "食品科"].map(
  (name) => ({ name, staff: 1 }),
);
const N = UNITS.length;

let h: Awaited<ReturnType<typeof openTestDb>>;
let y: SyntheticYear;
let b: Bureau;
/** The vetoed unit: supervised by the deputy (主管) and assisted by the deputy for safety (协管). */
let vetoUnitId: number;
/** A unit with review deductions to object to. */
let quality: number;
const YEAR = Y;
const T0 = new Date(`${Y}-01-20T02:00:00Z`); // 20 January in Shanghai

const run = <T>(fn: (tx: AuditedTx) => Promise<{ value: T; audit: AuditRecord }>) => withAudit(h.db, SYSTEM, fn);
const actor = (now = T0) => ({ userId: null, now });
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DecisionError) return { key: e.key, field: e.field };
    throw e;
  }
  throw new Error("expected a refusal");
};
const statuses = async () =>
  (await h.db.select({ s: assessments.status }).from(assessments).where(eq(assessments.schemeId, y.schemeId))).map((r) => r.s);
const assessmentOf = async (unitId: number) =>
  (await h.db.select().from(assessments).where(and(eq(assessments.schemeId, y.schemeId), eq(assessments.unitId, unitId))))[0];

beforeAll(async () => {
  h = await openTestDb();
  b = await build(h.db, (tx) => makeBureau(tx, { years: [Y], units: UNITS }));
  vetoUnitId = b.units[1].id;
  quality = b.units[6].id;
  y = await build(h.db, (tx) => seedSyntheticAssessment(tx, { year: YEAR, unitIds: b.units.map((u) => u.id), vetoUnitIds: [vetoUnitId] }));
}, 60_000);
afterAll(async () => {
  await h?.cleanup();
});

describe("decide", () => {
  it("refuses while a unit is not reviewed", async () => {
    await h.db.update(assessments).set({ status: "submitted" }).where(eq(assessments.id, y.assessmentIds.get(quality)!));
    expect(await refusal(run((tx) => decideYear(tx, YEAR, actor())))).toEqual({ key: "assessment.errors.notAllReviewed", field: undefined });
    await h.db.update(assessments).set({ status: "reviewed" }).where(eq(assessments.id, y.assessmentIds.get(quality)!));
  });

  it("stores every unit's total, grade, rank and trace; the vetoed unit ranks last as 不合格", async () => {
    const r = await run((tx) => decideYear(tx, YEAR, actor()));
    expect(r).toEqual({ decided: N, vetoed: 1 });
    expect(new Set(await statuses())).toEqual(new Set(["decided"]));
    const rows = await h.db.select().from(assessments).where(eq(assessments.schemeId, y.schemeId));
    const vetoed = rows.find((a) => a.unitId === vetoUnitId)!;
    expect(vetoed).toMatchObject({ grade: "fail", isVetoed: true, rank: N });
    expect(vetoed.result!.trace).toEqual([
      expect.objectContaining({ rule: "V1", name: "事故迟报", effect: "force_grade", after: { total: vetoed.total, grade: "fail" } }),
    ]);
    expect(vetoed.result!.trace[0].before.grade).not.toBe("fail");
    expect(new Set(rows.map((a) => a.grade)).size).toBeGreaterThanOrEqual(3);
    const others = rows.filter((a) => !a.isVetoed).sort((a, b) => a.rank! - b.rank!);
    for (let i = 1; i < others.length; i++) expect(others[i - 1].total!).toBeGreaterThanOrEqual(others[i].total!);
    const events = await h.db.select().from(assessmentEvents).where(eq(assessmentEvents.step, "decide"));
    expect(events.length).toBe(N);
  });

  it("a second decide finds nothing to decide", async () => {
    expect((await refusal(run((tx) => decideYear(tx, YEAR, actor())))).key).toBe("assessment.errors.wrongState");
  });
});

describe("publicity and objections", () => {
  it("publicises every decided unit until today + the scheme's days", async () => {
    const r = await run((tx) => publiciseYear(tx, YEAR, actor()));
    expect(r).toEqual({ publicised: N, until: `${Y}-01-25` });
    expect(new Set(await statuses())).toEqual(new Set(["publicised"]));
  });

  it("an objection moves the unit to objection and blocks finalising", async () => {
    const a = await assessmentOf(quality);
    await run((tx) => fileObjection(tx, { assessmentId: a.id, itemId: y.items[0].id, text: "第一项扣分依据不足" }, actor()));
    expect((await assessmentOf(quality)).status).toBe("objection");
    expect(await refusal(run((tx) => finaliseYear(tx, { year: YEAR, earlyCloseReason: "x" }, actor())))).toMatchObject({ key: "assessment.errors.openObjections" });
  });

  it("an item of another scheme is refused at the field", async () => {
    const a = await assessmentOf(quality);
    expect(await refusal(run((tx) => fileObjection(tx, { assessmentId: a.id, itemId: 999999, text: "x" }, actor())))).toEqual({ key: "validation.choice", field: "itemId" });
  });

  it("after the publicity the objection window is closed", async () => {
    const a = await assessmentOf(b.units[2].id);
    const late = new Date(`${Y}-01-26T02:00:00Z`);
    expect((await refusal(run((tx) => fileObjection(tx, { assessmentId: a.id, itemId: null, text: "x" }, actor(late))))).key).toBe("assessment.decision.errors.objectionClosed");
  });

  it("upholding it recomputes the unit from the current review scores and re-ranks, back to publicised", async () => {
    const a = await assessmentOf(quality);
    const [o] = await h.db.select().from(objections).where(eq(objections.assessmentId, a.id));
    // The office re-reviews: no deduction after all.
    await h.db.update(reviewScores).set({ counts: { issue: 0 }, deduction: 0, score: sql`(select max_points from scheme_items i where i.id = ${reviewScores.itemId})` }).where(eq(reviewScores.assessmentId, a.id));
    const r = await run((tx) => decideObjection(tx, { objectionId: o.id, outcome: "upheld", decision: "经复核，扣分依据不足，予以纠正" }, actor()));
    const after = await assessmentOf(quality);
    expect(r.status).toBe("publicised");
    expect(after.status).toBe("publicised");
    expect(after.total).toBeGreaterThanOrEqual(100);
    expect(after.total).toBeGreaterThan(a.total!);
    expect(after.result!.itemsTotal).toBe(100);
    const all = await h.db.select().from(assessments).where(eq(assessments.schemeId, y.schemeId));
    expect(after.rank).toBe(1 + all.filter((x) => !x.isVetoed && x.total! > after.total!).length);
    expect(all.find((x) => x.unitId === vetoUnitId)!.rank).toBe(N);
    // A decided objection cannot be decided again.
    expect((await refusal(run((tx) => decideObjection(tx, { objectionId: o.id, outcome: "rejected", decision: "x" }, actor())))).key).toBe("assessment.errors.wrongState");
  });
});

describe("finalise, sanctions, reopen", () => {
  it("before the end of publicity it needs an early-close reason, at that field", async () => {
    expect(await refusal(run((tx) => finaliseYear(tx, { year: YEAR, earlyCloseReason: null }, actor())))).toEqual({ key: "assessment.errors.earlyClose", field: "earlyCloseReason" });
  });

  it("finalises every unit, locks the scheme and proposes the consequences once", async () => {
    const r = await run((tx) => finaliseYear(tx, { year: YEAR, earlyCloseReason: "安委会会议已审议通过" }, actor()));
    expect(r.finalised).toBe(N);
    expect(new Set(await statuses())).toEqual(new Set(["final"]));
    const [scheme] = await h.db.select().from(assessmentSchemes).where(eq(assessmentSchemes.id, y.schemeId));
    expect(scheme.status).toBe("locked");
    const rows = await listSanctionsOfYear(h.db, YEAR);
    const veto = rows.filter((s) => s.unitId === vetoUnitId);
    expect(veto.filter((s) => s.personId == null).map((s) => s.kind).sort()).toEqual(["lose_honours", "rectification"]);
    expect(veto.find((s) => s.kind === "rectification")!.dueDate).toBe(`${Y}-02-20`);
    // The head of the vetoed unit, its 主管 and its 协管.
    const flagged = veto.filter((s) => s.kind === "no_excellent").map((s) => s.personId);
    expect(flagged.sort()).toEqual([b.units[1].head.personId, b.deputy.personId, b.safety.personId].sort());
    expect(veto.every((s) => s.ruleName === "事故迟报" && s.status === "proposed")).toBe(true);
    const excellent = await h.db.select().from(assessments).where(and(eq(assessments.schemeId, y.schemeId), eq(assessments.grade, "excellent")));
    expect(rows.filter((s) => s.kind === "commendation").map((s) => s.unitId).sort()).toEqual(excellent.map((a) => a.unitId).sort());
    expect(r.sanctions).toBe(rows.length);
  });

  it("a final assessment is frozen by the database, and cannot be finalised twice", async () => {
    await expect(h.db.update(assessments).set({ total: 1 }).where(eq(assessments.unitId, quality))).rejects.toThrow();
    expect((await refusal(run((tx) => finaliseYear(tx, { year: YEAR, earlyCloseReason: "x" }, actor())))).key).toBe("assessment.errors.wrongState");
  });

  it("the chair confirms a sanction once; the person's page lists it", async () => {
    const bai = { id: b.deputy.personId };
    const carried = await listSanctionsForPerson(h.db, bai.id);
    // His own flag, and the vetoed unit's entries he answers for as its supervising leader.
    expect(carried.map((s) => [s.kind, s.personId === bai.id]).sort()).toEqual([
      ["lose_honours", false],
      ["no_excellent", true],
      ["rectification", false],
    ]);
    const mine = carried.find((s) => s.kind === "no_excellent")!;
    expect(mine).toMatchObject({ year: Y, unitName: "检验研究院", ruleName: "事故迟报", status: "proposed" });
    await run((tx) => confirmSanction(tx, mine.id, { userId: b.director.userId, now: T0 }));
    const again = (await listSanctionsForPerson(h.db, bai.id)).find((s) => s.id === mine.id);
    expect(again).toMatchObject({ status: "confirmed", confirmedByName: b.director.name });
    expect((await refusal(run((tx) => confirmSanction(tx, mine.id, actor())))).key).toBe("assessment.errors.wrongState");
    expect((await listSanctionsForUnit(h.db, vetoUnitId)).length).toBe(5);
    // Someone with no entry of their own sees nothing.
    expect(await listSanctionsForPerson(h.db, b.units[1].staff[0].personId)).toEqual([]);
  });

  it("reopen: one unit back to reviewed with its reason, the scheme unlocked, sanctions kept", async () => {
    const a = await assessmentOf(vetoUnitId);
    await run((tx) => reopenAssessment(tx, { assessmentId: a.id, reason: "事故认定结论变更" }, actor()));
    expect((await assessmentOf(vetoUnitId)).status).toBe("reviewed");
    expect((await h.db.select().from(assessmentSchemes).where(eq(assessmentSchemes.id, y.schemeId)))[0].status).toBe("published");
    const ev = await h.db.select().from(assessmentEvents).where(and(eq(assessmentEvents.assessmentId, a.id), eq(assessmentEvents.step, "reopen")));
    expect(ev.map((e) => e.comment)).toEqual(["事故认定结论变更"]);
    expect((await listSanctionsForUnit(h.db, vetoUnitId)).length).toBe(5);
    expect((await refusal(run((tx) => reopenAssessment(tx, { assessmentId: a.id, reason: "x" }, actor())))).key).toBe("assessment.errors.wrongState");
  });

  it("the reopened unit is decided, publicised and finalised alone; nothing is proposed twice", async () => {
    const before = (await h.db.select().from(sanctions)).length;
    await run((tx) => decideYear(tx, YEAR, actor()));
    expect((await assessmentOf(vetoUnitId)).status).toBe("decided");
    const p = await run((tx) => publiciseYear(tx, YEAR, actor()));
    expect(p.publicised).toBe(1);
    const later = new Date(`${Y}-02-10T02:00:00Z`);
    const f = await run((tx) => finaliseYear(tx, { year: YEAR, earlyCloseReason: null }, actor(later)));
    expect(f).toEqual({ finalised: 1, sanctions: 0 });
    expect((await h.db.select().from(sanctions)).length).toBe(before);
    expect(new Set(await statuses())).toEqual(new Set(["final"]));
  });
});
