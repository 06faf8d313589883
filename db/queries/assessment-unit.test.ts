// Integration: one unit's assessment with units, people and a small scheme made here for this year: self
// scores and submit, review scores by the engine with version checks, review complete and return, bonuses,
// veto hits, evidence metadata, and a fixed number of queries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit, type AuditedTx } from "../audited";
import type { Db } from "../client";
import { makeMember, makeUnit, makeUser } from "../factories";
import type { ItemDef } from "@/lib/assessment/score";
import { calendarYear, now } from "@/lib/clock";
import {
  assessmentReviewers,
  assessments,
  assessmentSchemes,
  indicators,
  indicatorValues,
  schemeCategories,
  schemeItems,
  schemeVetoRules,
} from "../schema";
import { loadSchemeDef } from "./assessment-scoring";
import {
  getAssessmentOfUnit,
  getAttachmentForDownload,
  getUnitAssessmentDetail,
  isNamedReviewer,
  UNIT_DETAIL_QUERY_COUNT,
  type AssessmentHeader,
} from "./assessment-unit";
import {
  createAssessmentEvent,
  createAttachment,
  createBonusAward,
  createVetoHit,
  decideVetoHit,
  deleteBonusAward,
  saveReviewScore,
  saveSelfScore,
  updateAssessmentStatus,
} from "./assessment-unit-writes";

let h: Awaited<ReturnType<typeof openTestDb>>;
const YEAR = calendarYear();
/** Who the office user is: the name the page shows for their scores, events and files. */
const OFFICE = "安委办干事";
const ids = { quality: 0, east: 0, office: 0, engineer: 0, engineerPerson: 0, chiefPerson: 0, itemA: 0, itemB: 0, itemC: 0, vetoAll: 0, vetoField: 0, schemeId: 0 };

const tx = <T>(fn: (tx: AuditedTx) => Promise<T>) => withAudit(h.db, SYSTEM, async (t) => ({ value: await fn(t), audit: { action: "test" } }));
const header = async (unitId: number) => (await getAssessmentOfUnit(h.db, YEAR, unitId)) as AssessmentHeader;
/** The engine's item definitions, read once after the scheme is made. */
const defs: Record<number, ItemDef> = {};

beforeAll(async () => {
  h = await openTestDb();
  await tx(async (t) => {
    const leadership = await makeUnit(t, { name: "局领导班子", kind: "leadership", group: null });
    ids.quality = (await makeUnit(t, { code: "SEC-QUALITY", name: "质量监督科", group: "regulatory" })).id;
    ids.east = (await makeUnit(t, { code: "BR-EAST", name: "城东分局", kind: "branch", group: "field" })).id;
    const special = await makeUnit(t, { name: "安全监察科" });
    const office = await makeMember(t, { unitId: special.id, name: OFFICE });
    ids.office = (await makeUser(t, { personId: office.personId, roles: ["committee_office"] })).id;
    ids.engineerPerson = (await makeMember(t, { unitId: leadership.id, kind: "chief_engineer", name: "总工程师" })).personId;
    ids.engineer = (await makeUser(t, { personId: ids.engineerPerson })).id;
    ids.chiefPerson = (await makeMember(t, { unitId: ids.quality, kind: "head", name: "质量科长" })).personId;
  });
  await tx(async (t) => {
    const [scheme] = await t
      .insert(assessmentSchemes)
      .values({
        year: YEAR,
        title: "测试方案",
        status: "published",
        totalPoints: 20,
        bonusCap: 3,
        bonusTiers: [
          { key: "national", label: "国家级表彰", points: 2 },
          { key: "city", label: "市级表彰", points: 1 },
        ],
        gradeBands: [
          { key: "excellent", label: "优秀", min: 18, inclusive: true },
          { key: "good", label: "良好", min: 16, inclusive: true },
          { key: "pass", label: "合格", min: 12, inclusive: true },
          { key: "fail", label: "不合格", min: 0, inclusive: true },
        ],
      })
      .returning();
    ids.schemeId = scheme.id;
    const [c1, c2] = await t
      .insert(schemeCategories)
      .values([
        { schemeId: scheme.id, code: "ORG", name: "组织领导", points: 10, sortOrder: 1 },
        { schemeId: scheme.id, code: "EDU", name: "教育培训", points: 10, sortOrder: 2 },
      ])
      .returning();
    const items = await t
      .insert(schemeItems)
      .values([
        {
          schemeId: scheme.id,
          categoryId: c1.id,
          code: "A",
          content: "召开安全生产会议",
          maxPoints: 10,
          scoringRule: "未按期召开每次扣2分；缺少记录每次扣5分",
          deductionRules: [
            { key: "late", label: "未按期召开", kind: "per_occurrence", points: 2 },
            { key: "missing", label: "缺少记录", kind: "per_occurrence", points: 5 },
          ],
          sortOrder: 1,
        },
        {
          schemeId: scheme.id,
          categoryId: c2.id,
          code: "B",
          content: "培训覆盖率",
          maxPoints: 5,
          scoringRule: "每低于目标1个百分点扣1分",
          deductionRules: [{ key: "rate", label: "覆盖率不足", kind: "per_percent_shortfall", points: 1, indicator: "TRAIN" }],
          sortOrder: 2,
        },
        { schemeId: scheme.id, categoryId: c2.id, code: "C", content: "应急演练", maxPoints: 5, scoringRule: "酌情扣分", deductionRules: [], sortOrder: 3 },
      ])
      .returning();
    [ids.itemA, ids.itemB, ids.itemC] = items.map((i) => i.id);
    const vetoes = await t
      .insert(schemeVetoRules)
      .values([
        { schemeId: scheme.id, code: "V1", name: "发生较大事故", basis: "第一条", effect: "force_grade", sortOrder: 1 },
        { schemeId: scheme.id, code: "V2", name: "分局瞒报", basis: "第二条", effect: "zero_score", appliesTo: { groups: ["field"], kinds: [] }, sortOrder: 2 },
      ])
      .returning();
    [ids.vetoAll, ids.vetoField] = vetoes.map((v) => v.id);
    const [ind] = await t.insert(indicators).values({ schemeId: scheme.id, code: "TRAIN", name: "培训覆盖率", measure: "%" }).returning();
    await t.insert(indicatorValues).values({ indicatorId: ind.id, unitId: ids.quality, target: 100, actual: 97 });
    await t.insert(assessmentReviewers).values({ schemeId: scheme.id, personId: ids.engineerPerson });
    await t.insert(assessments).values([
      { schemeId: scheme.id, unitId: ids.quality },
      { schemeId: scheme.id, unitId: ids.east },
    ]);
  });
  for (const item of (await loadSchemeDef(h.db, ids.schemeId)).def.items) defs[item.id] = item;
});
afterAll(async () => {
  await h?.cleanup();
});

/** Counts the statements a call sends. */
function counting(db: Db) {
  const counter = { n: 0 };
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if ((prop === "execute" || prop === "select") && typeof v === "function") return (...a: unknown[]) => (counter.n++, v.apply(target, a));
      return v;
    },
  });
  return { db: proxy, counter };
}

describe("reading a unit's assessment", () => {
  it("loads everything in a fixed number of queries and scores it live", async () => {
    const hd = await header(ids.quality);
    expect(hd).toMatchObject({ year: YEAR, unitCode: "SEC-QUALITY", unitName: "质量监督科", status: "open", version: 1, group: "regulatory" });
    const { db, counter } = counting(h.db);
    const d = await getUnitAssessmentDetail(db, hd);
    expect(counter.n).toBe(UNIT_DETAIL_QUERY_COUNT);
    // Item B loses 3 points for a 97 % training rate against 100 %; nothing else is deducted yet.
    expect(d.result.items.map((i) => i.score)).toEqual([10, 2, 5]);
    expect(d.result).toMatchObject({ total: 17, grade: "good", vetoed: false });
    expect(d.selfTotal).toBeNull();
    expect(d.scheme.vetoRules.map((r) => r.code)).toEqual(["V1", "V2"]);
  });

  it("knows the named reviewers", async () => {
    expect(await isNamedReviewer(h.db, ids.schemeId, ids.engineerPerson)).toBe(true);
    expect(await isNamedReviewer(h.db, ids.schemeId, null)).toBe(false);
    expect(await isNamedReviewer(h.db, ids.schemeId, ids.chiefPerson)).toBe(false);
  });
});

describe("self-assessment", () => {
  it("saves a new score, moves open → self_assessed once, and refuses a second 'new' save of the same item", async () => {
    const hd = await header(ids.quality);
    const first = await tx((t) => saveSelfScore(t, { assessmentId: hd.id, itemId: ids.itemA, score: 8, reason: "会议少一次", seenVersion: 0, userId: ids.office }));
    expect(first).toMatchObject({ ok: true, opened: true, row: { score: 8, version: 1 } });
    const again = await tx((t) => saveSelfScore(t, { assessmentId: hd.id, itemId: ids.itemA, score: 9, reason: "x", seenVersion: 0, userId: ids.office }));
    expect(again).toMatchObject({ ok: false, reason: "conflict", current: { score: 8, reason: "会议少一次", version: 1 } });
    const second = await tx((t) => saveSelfScore(t, { assessmentId: hd.id, itemId: ids.itemA, score: 9, reason: "补开一次", seenVersion: 1, userId: ids.office }));
    expect(second).toMatchObject({ ok: true, opened: false, row: { score: 9, version: 2 } });
    const stale = await tx((t) => saveSelfScore(t, { assessmentId: hd.id, itemId: ids.itemA, score: 1, reason: "旧页面", seenVersion: 1, userId: ids.office }));
    expect(stale).toMatchObject({ ok: false, reason: "conflict", current: { score: 9, version: 2 } });
    const after = await header(ids.quality);
    expect(after).toMatchObject({ status: "self_assessed", version: 2 });
    const d = await getUnitAssessmentDetail(h.db, after);
    expect(d.self).toEqual([expect.objectContaining({ itemId: ids.itemA, score: 9, reason: "补开一次", updatedBy: OFFICE })]);
    expect(d.events.map((e) => [e.step, e.fromStatus, e.toStatus])).toEqual([["self", "open", "self_assessed"]]);
  });

  it("submits with the version seen, keeps the self total, and then refuses self scores", async () => {
    const hd = await header(ids.quality);
    await tx((t) => saveSelfScore(t, { assessmentId: hd.id, itemId: ids.itemB, score: 4.5, reason: "覆盖率97%", seenVersion: 0, userId: ids.office }));
    expect(await tx((t) => updateAssessmentStatus(t, hd.id, ["open", "self_assessed"], "submitted", hd.version - 1))).toBeNull();
    const submitted = await tx((t) => updateAssessmentStatus(t, hd.id, ["open", "self_assessed"], "submitted", hd.version, { submittedBy: ids.office, submittedAt: now(), recomputeSelfTotal: true }));
    expect(submitted).toMatchObject({ status: "submitted", selfTotal: 13.5, version: hd.version + 1 });
    const refused = await tx((t) => saveSelfScore(t, { assessmentId: hd.id, itemId: ids.itemC, score: 5, reason: "迟到", seenVersion: 0, userId: ids.office }));
    expect(refused).toEqual({ ok: false, reason: "state" });
    expect((await getUnitAssessmentDetail(h.db, hd)).self).toHaveLength(2);
  });
});

describe("review", () => {
  it("stores the engine's deduction and score, 扣完为止, and reads the unit's indicator", async () => {
    const hd = await header(ids.quality);
    const a = await tx(async (t) => saveReviewScore(t, { assessmentId: hd.id, schemeId: hd.schemeId, item: defs[ids.itemA], counts: { late: 2 }, reason: "两次未按期", seenVersion: 0, userId: ids.office }));
    expect(a).toMatchObject({ ok: true, row: { deduction: 4, score: 6, version: 1, counts: { late: 2 } } });
    const b = await tx(async (t) => saveReviewScore(t, { assessmentId: hd.id, schemeId: hd.schemeId, item: defs[ids.itemB], counts: {}, reason: "按指标", seenVersion: 0, userId: ids.office }));
    expect(b).toMatchObject({ ok: true, row: { deduction: 3, score: 2 } });
    const capped = await tx(async (t) => saveReviewScore(t, { assessmentId: hd.id, schemeId: hd.schemeId, item: defs[ids.itemA], counts: { late: 1, missing: 3 }, reason: "多处缺记录", seenVersion: 1, userId: ids.office }),
    );
    expect(capped).toMatchObject({ ok: true, row: { deduction: 10, score: 0, version: 2 } });
  });

  it("refuses a second reviewer's stale save and hands back the current score, counts, reason and reviewer", async () => {
    const hd = await header(ids.quality);
    const stale = await tx(async (t) => saveReviewScore(t, { assessmentId: hd.id, schemeId: hd.schemeId, item: defs[ids.itemA], counts: { late: 0 }, reason: "没有问题", seenVersion: 1, userId: ids.engineer }),
    );
    expect(stale).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { score: 0, deduction: 10, counts: { late: 1, missing: 3 }, reason: "多处缺记录", version: 2, reviewer: OFFICE },
    });
    const d = await getUnitAssessmentDetail(h.db, hd);
    expect(d.review.find((r) => r.itemId === ids.itemA)).toMatchObject({ score: 0, reason: "多处缺记录" });
    expect(d.result.items.map((i) => i.score)).toEqual([0, 2, 5]);
  });

  it("completes the review (submitted → reviewed) once, and returns to the unit only from submitted", async () => {
    const hd = await header(ids.quality);
    const done = await tx(async (t) => {
      const row = await updateAssessmentStatus(t, hd.id, ["submitted"], "reviewed", hd.version, { reviewedBy: ids.office, reviewedAt: now() });
      if (row) await createAssessmentEvent(t, { assessmentId: hd.id, step: "review", fromStatus: "submitted", toStatus: "reviewed", actorUserId: ids.office });
      return row;
    });
    expect(done).toMatchObject({ status: "reviewed" });
    expect(await tx((t) => updateAssessmentStatus(t, hd.id, ["submitted"], "reviewed", done!.version))).toBeNull();
    expect(await tx((t) => updateAssessmentStatus(t, hd.id, ["submitted"], "self_assessed", done!.version))).toBeNull();
    const after = await header(ids.quality);
    expect(after).toMatchObject({ status: "reviewed", reviewedBy: OFFICE });
  });

  it("returns a submitted assessment to the unit with a comment", async () => {
    const hd = await header(ids.east);
    await tx((t) => saveSelfScore(t, { assessmentId: hd.id, itemId: ids.itemC, score: 5, reason: "已演练", seenVersion: 0, userId: ids.office }));
    const sub = (await tx((t) => updateAssessmentStatus(t, hd.id, ["open", "self_assessed"], "submitted", hd.version + 1, { recomputeSelfTotal: true })))!;
    const back = await tx(async (t) => {
      const row = await updateAssessmentStatus(t, hd.id, ["submitted"], "self_assessed", sub.version);
      await createAssessmentEvent(t, { assessmentId: hd.id, step: "return", fromStatus: "submitted", toStatus: "self_assessed", actorUserId: ids.office, comment: "请补充证据" });
      return row;
    });
    expect(back).toMatchObject({ status: "self_assessed" });
    const d = await getUnitAssessmentDetail(h.db, hd);
    expect(d.events.at(-1)).toMatchObject({ step: "return", comment: "请补充证据", actor: OFFICE });
  });
});

describe("bonuses, vetoes and evidence", () => {
  it("counts bonus awards up to the cap and forgets a removed one", async () => {
    const hd = await header(ids.quality);
    const n1 = await tx((t) => createBonusAward(t, { assessmentId: hd.id, tierKey: "national", reason: "国家级表彰", userId: ids.office }));
    await tx((t) => createBonusAward(t, { assessmentId: hd.id, tierKey: "national", reason: "又一项", userId: ids.office }));
    expect((await getUnitAssessmentDetail(h.db, hd)).result.bonus).toBe(3);
    // Another unit's assessment id does not reach this award.
    const east = await header(ids.east);
    expect(await tx((t) => deleteBonusAward(t, n1.id, east.id))).toBeNull();
    expect(await tx((t) => deleteBonusAward(t, n1.id, hd.id))).toMatchObject({ id: n1.id });
    const d = await getUnitAssessmentDetail(h.db, hd);
    expect(d.result.bonus).toBe(2);
    expect(d.bonuses).toEqual([expect.objectContaining({ tierKey: "national", reason: "又一项", by: OFFICE })]);
  });

  it("a proposed veto changes nothing until confirmed; confirmed, it forces the grade and names who confirmed", async () => {
    const hd = await header(ids.quality);
    const before = (await getUnitAssessmentDetail(h.db, hd)).result;
    const hit = await tx((t) => createVetoHit(t, { assessmentId: hd.id, ruleId: ids.vetoAll, basis: "6月发生较大事故", isConfirmed: false, userId: ids.office, now: now() }));
    expect((await getUnitAssessmentDetail(h.db, hd)).result).toMatchObject({ vetoed: false, grade: before.grade });
    expect(await tx((t) => decideVetoHit(t, hit.id, hit.version + 1, "confirmed", ids.office, now()))).toBeNull();
    expect(await tx((t) => decideVetoHit(t, hit.id, hit.version, "confirmed", ids.office, now()))).toMatchObject({ status: "confirmed" });
    expect(await tx((t) => decideVetoHit(t, hit.id, hit.version + 1, "dismissed", ids.office, now()))).toBeNull();
    const d = await getUnitAssessmentDetail(h.db, hd);
    expect(d.result).toMatchObject({ vetoed: true, grade: "fail", total: before.total });
    expect(d.result.trace[0]).toMatchObject({ rule: "V1", basis: "6月发生较大事故", confirmedBy: OFFICE });
    expect(d.vetoes[0]).toMatchObject({ ruleCode: "V1", status: "confirmed", proposedBy: OFFICE, confirmedBy: OFFICE });
  });

  it("lists evidence without its bytes; the download reads the bytes and the owning unit", async () => {
    const hd = await header(ids.quality);
    const bytes = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    const row = await tx((t) =>
      createAttachment(t, { assessmentId: hd.id, purpose: "self", itemId: ids.itemA, filename: "会议记录.pdf", mime: "application/pdf", size: bytes.length, sha256: "ab".repeat(32), data: bytes, uploadedBy: ids.office }),
    );
    const d = await getUnitAssessmentDetail(h.db, hd);
    expect(d.files).toEqual([expect.objectContaining({ id: row.id, filename: "会议记录.pdf", itemId: ids.itemA, by: OFFICE })]);
    expect(d.files[0]).not.toHaveProperty("data");
    const dl = await getAttachmentForDownload(h.db, row.id);
    expect(dl).toMatchObject({ unitId: ids.quality, schemeId: ids.schemeId, mime: "application/pdf" });
    expect(new TextDecoder().decode(dl!.data)).toBe("%PDF-1.4\n%%EOF\n");
  });
});
