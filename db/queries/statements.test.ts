// Integration: the 述职 figures of a deputy for safety made here — units supervised, records he led, hazards
// he supervised to closure, accidents in his units and, once decided, their assessment results; the leaders
// a draft is for; and the stored draft's version check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { build, makeAccident, makeAssessments, makeHazard, makeMember, makeRecord, makeScheme, makeSupervision, makeUnit, makeUser } from "@/db/factories";
import { buildStatementText } from "@/lib/records/statement";
import { getStatement, getStatementFigures, insertStatement, listStatementLeaders, updateStatement } from "./statements";
import { calendarYear, today } from "@/lib/clock";

/** The years on the clock (DUALDUTY_NOW moves it): this year in progress, last year closed. */
const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;
let f: Awaited<ReturnType<typeof makeData>>;

function makeData() {
  return build(h.db, async (tx) => {
    const leadership = await makeUnit(tx, { name: "局领导班子", kind: "leadership", group: null });
    const unit = {
      special: (await makeUnit(tx, { name: "安全监察科" })).id,
      institute: (await makeUnit(tx, { name: "检验研究院", kind: "affiliated", group: "technical" })).id,
      enforce: (await makeUnit(tx, { name: "稽查支队", kind: "affiliated", group: "field" })).id,
      east: (await makeUnit(tx, { name: "城东分局", kind: "branch", group: "field" })).id,
      quality: (await makeUnit(tx, { name: "质量监督科" })).id,
    };
    const bai = (await makeMember(tx, { unitId: leadership.id, kind: "deputy_director", post: "副局长（分管安全生产）", name: "白副局长" })).personId;
    const du = (await makeMember(tx, { unitId: leadership.id, kind: "director", post: "局长", name: "杜局长" })).personId;
    const an = (await makeMember(tx, { unitId: leadership.id, kind: "deputy_director", post: "副局长", name: "安副局长" })).personId;
    // Left the leadership last year; supervises this year without a leadership post; a unit head.
    await makeMember(tx, { unitId: leadership.id, kind: "chief_engineer", post: "总工程师", name: "原总工", endDate: `${LAST}-06-30` });
    const adviser = (await makeMember(tx, { unitId: unit.enforce, kind: "deputy_head", name: "顾支队长" })).personId;
    const head = (await makeMember(tx, { unitId: unit.quality, kind: "head", name: "钱科长" })).personId;
    for (const year of [LAST, Y]) {
      for (const u of [unit.special, unit.institute, unit.east]) await makeSupervision(tx, { year, leaderId: bai, unitId: u });
      await makeSupervision(tx, { year, leaderId: bai, unitId: unit.quality, kind: "assist" });
      await makeSupervision(tx, { year, leaderId: an, unitId: unit.quality });
    }
    await makeSupervision(tx, { year: Y, leaderId: adviser, unitId: unit.enforce });

    const record = (kind: "meeting" | "inspection" | "training", occurredOn: string, o: Partial<Parameters<typeof makeRecord>[1]> = {}) =>
      makeRecord(tx, { kind, occurredOn, unitId: leadership.id, leadId: bai, ...o });
    for (const d of ["02-01", "04-01", "06-01", "09-01"]) await record("meeting", `${Y}-${d}`);
    await record("meeting", `${LAST}-12-01`);
    await record("meeting", `${Y}-05-05`, { leadId: du, participantIds: [bai] });
    await record("inspection", `${Y}-03-10`, { unitIds: [unit.special, unit.institute] });
    await record("inspection", `${Y}-05-10`, { unitIds: [unit.quality] });
    await record("inspection", `${Y}-07-10`, { unitIds: [leadership.id] });
    await record("training", `${Y}-04-15`, { leadId: du, participantIds: [bai] });
    await record("training", `${LAST}-04-15`, { leadId: du, participantIds: [bai] });

    const hazard = { unitId: unit.institute, level: "general" as const, supervisingLeaderId: bai };
    await makeHazard(tx, { ...hazard, title: "检验车间叉车制动失灵", foundOn: `${Y}-02-03`, deadline: `${Y}-03-03`, status: "closed", closedOn: `${Y}-02-25` });
    await makeHazard(tx, { ...hazard, title: "锅炉房防爆门锈蚀", foundOn: `${LAST}-11-03`, deadline: `${Y}-01-03`, status: "closed", closedOn: `${Y}-01-10` });
    await makeHazard(tx, { ...hazard, title: "仍在整改", foundOn: `${Y}-10-03`, deadline: `${Y}-12-03`, status: "rectifying" });
    await makeHazard(tx, { ...hazard, title: "上年销号", foundOn: `${LAST}-03-03`, deadline: `${LAST}-04-03`, status: "closed", closedOn: `${LAST}-04-01` });
    await makeAccident(tx, { title: "电梯困人伤害事故", occurredAt: new Date(`${LAST}-08-14T06:30:00Z`), unitId: unit.institute });

    const { scheme } = await makeScheme(tx, { year: LAST });
    await makeAssessments(tx, scheme.id, [
      { unitId: unit.institute, status: "decided", total: 88.5, grade: "fail", isVetoed: true },
      { unitId: unit.east, status: "decided", total: 93, grade: "excellent" },
      { unitId: unit.special, status: "reviewed" },
    ]);
    const user = await makeUser(tx, { personId: bai, username: "deputy-safety" });
    return { unit, person: { bai, du, an, adviser, head }, userId: user.id };
  });
}

beforeAll(async () => {
  h = await openTestDb();
  f = await makeData();
});
afterAll(async () => {
  await h?.cleanup();
});

describe("getStatementFigures", () => {
  it("counts the deputy's year in progress: units supervised, meetings chaired, inspections led, hazards closed, trainings", async () => {
    const x = (await getStatementFigures(h.db, f.person.bai, Y))!;
    expect(x.name).toBe("白副局长");
    expect(x.units).toEqual([
      { name: "安全监察科", kind: "primary" },
      { name: "检验研究院", kind: "primary" },
      { name: "城东分局", kind: "primary" },
      { name: "质量监督科", kind: "assist" },
    ]);
    // Chaired: four this year (not last year's, not one he only attended); the latest three, oldest first.
    expect(x.meetings.count).toBe(4);
    expect(x.meetings.recent.map((m) => m.date)).toEqual([`${Y}-04-01`, `${Y}-06-01`, `${Y}-09-01`]);
    expect(x.inspections.count).toBe(3);
    // The units inspected, the leadership team's own not among them.
    expect(x.inspections.unitNames).toEqual(["安全监察科", "检验研究院", "质量监督科"]);
    expect(x.hazardsClosed).toBe(2);
    expect(x.trainings).toBe(1);
    expect(x.accidents.reduce((n, a) => n + a.count, 0)).toBe(0);
    expect(x.assessment).toBeNull();
    expect(buildStatementText(x)).toContain("按照分工，我分管安全监察科、检验研究院、城东分局，协管质量监督科。");
  });

  it("reports last year's accident, and the assessment only once every supervised unit assessed is decided", async () => {
    const x = (await getStatementFigures(h.db, f.person.bai, LAST))!;
    expect(x.accidents).toEqual([
      { unitName: "安全监察科", count: 0 },
      { unitName: "检验研究院", count: 1 },
      { unitName: "城东分局", count: 0 },
      { unitName: "质量监督科", count: 0 },
    ]);
    expect(x.hazardsClosed).toBe(1);
    expect(x.trainings).toBe(1);
    // 安全监察科 is still under review: the results are not reported yet.
    expect(x.assessment).toBeNull();
    await h.query(`update assessments set status = 'decided', total = 95, grade = 'excellent' where unit_id = ${f.unit.special}`);
    const g = (await getStatementFigures(h.db, f.person.bai, LAST))!;
    expect(g.assessment).toEqual([
      { unitName: "安全监察科", total: 95, grade: "excellent", gradeLabel: "优秀", isVetoed: false },
      { unitName: "检验研究院", total: 88.5, grade: "fail", gradeLabel: "不合格", isVetoed: true },
      { unitName: "城东分局", total: 93, grade: "excellent", gradeLabel: "优秀", isVetoed: false },
    ]);
    expect(buildStatementText(g)).toContain("检验研究院被一票否决，评定为不合格");
  });

  it("is null for an unknown person", async () => {
    expect(await getStatementFigures(h.db, 999_999, Y)).toBeNull();
  });
});

describe("listStatementLeaders", () => {
  it("lists the leaders in post and those supervising units this year, and nobody else", async () => {
    const leaders = await listStatementLeaders(h.db, Y, today());
    expect(leaders.map((l) => l.name).sort()).toEqual(["杜局长", "白副局长", "安副局长", "顾支队长"].sort());
    // The director first.
    expect(leaders[0].name).toBe("杜局长");
    expect(await listStatementLeaders(h.db, Y, today(), f.person.head)).toEqual([]);
    expect(await listStatementLeaders(h.db, Y, today(), f.person.an)).toEqual([{ id: f.person.an, name: "安副局长" }]);
  });
});

describe("stored drafts", () => {
  it("are written once, then only over the version read", async () => {
    const personId = f.person.bai;
    const first = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await insertStatement(tx, { personId, year: Y, body: "初稿", updatedBy: f.userId }),
      audit: { action: "test" },
    }));
    expect(first).toMatchObject({ version: 1 });
    const again = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await insertStatement(tx, { personId, year: Y, body: "另一份", updatedBy: f.userId }),
      audit: { action: "test" },
    }));
    expect(again).toBeNull();
    const save = (version: number, body: string) =>
      withAudit(h.db, SYSTEM, async (tx) => ({ value: await updateStatement(tx, { personId, year: Y, body, version, updatedBy: f.userId }), audit: { action: "test" } }));
    expect(await save(1, "修改稿")).toMatchObject({ version: 2 });
    expect(await save(1, "过期的修改")).toBeNull();
    // Saved by: the person's name, not the login's username.
    expect((await getStatement(h.db, personId, Y))!).toMatchObject({ body: "修改稿", version: 2, updatedBy: "白副局长" });
  });
});
