// Integration: the 述职 figures of 白文涛 (常务副主任) from the demo records, hazards he supervised to closure,
// accidents in his units and — once decided — their assessment results; the leaders a draft is for; and the
// stored draft's version check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { seedDemo } from "@/db/seed/demo";
import { seedDuties } from "@/db/seed/duties";
import { seedRecords } from "@/db/seed/records";
import { accidents, assessments, assessmentSchemes, hazards } from "@/db/schema";
import { buildStatementText } from "@/lib/records/statement";
import { getStatement, getStatementFigures, insertStatement, listStatementLeaders, updateStatement } from "./statements";
import { calendarYear, today } from "@/lib/clock";

/** The demo's years on the clock (DUALDUTY_NOW moves it): this year in progress, last year closed. */
const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;
const unit: Record<string, number> = {};
const person: Record<string, number> = {};

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    await seedDemo(tx, { passwordHash: "x" });
    await seedDuties(tx);
    await seedRecords(tx);
    return { value: null, audit: { action: "test.seed" } };
  });
  for (const r of await h.query<{ id: number; code: string }>("select id, code from units")) unit[r.code] = Number(r.id);
  for (const r of await h.query<{ id: number; name: string }>("select id, name from people")) person[r.name] = Number(r.id);
  await withAudit(h.db, SYSTEM, async (tx) => {
    const hazard = { unitId: unit["AFF-SPECIAL"], level: "general" as const, supervisingLeaderId: person["白文涛"] };
    await tx.insert(hazards).values([
      { ...hazard, title: "检验车间叉车制动失灵", foundOn: `${Y}-02-03`, deadline: `${Y}-03-03`, status: "closed", closedOn: `${Y}-02-25` },
      { ...hazard, title: "锅炉房防爆门锈蚀", foundOn: `${LAST}-11-03`, deadline: `${Y}-01-03`, status: "closed", closedOn: `${Y}-01-10` },
      { ...hazard, title: "仍在整改", foundOn: `${Y}-10-03`, deadline: `${Y}-12-03`, status: "rectifying" },
      { ...hazard, title: "上年销号", foundOn: `${LAST}-03-03`, deadline: `${LAST}-04-03`, status: "closed", closedOn: `${LAST}-04-01` },
    ]);
    await tx.insert(accidents).values({
      title: "电梯困人伤害事故",
      occurredAt: new Date(`${LAST}-08-14T06:30:00Z`),
      domain: "supervised",
      unitId: unit["AFF-SPECIAL"],
      level: "general",
    });
    const [scheme] = await tx
      .insert(assessmentSchemes)
      .values({
        year: LAST,
        title: `${LAST} 方案`,
        status: "published",
        gradeBands: [
          { key: "excellent", label: "优秀", min: 90, inclusive: true },
          { key: "fail", label: "不合格", min: 0, inclusive: true },
        ],
      })
      .returning();
    await tx.insert(assessments).values([
      { schemeId: scheme.id, unitId: unit["AFF-SPECIAL"], status: "decided", total: 88.5, grade: "fail", isVetoed: true },
      { schemeId: scheme.id, unitId: unit["BR-EAST"], status: "decided", total: 93, grade: "excellent" },
      { schemeId: scheme.id, unitId: unit["SEC-SPECIAL"], status: "reviewed" },
    ]);
    return { value: null, audit: { action: "test.fixture" } };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

describe("getStatementFigures", () => {
  it("counts 白文涛's year in progress: units supervised, meetings chaired, inspections led, hazards closed, trainings", async () => {
    const f = (await getStatementFigures(h.db, person["白文涛"], Y))!;
    expect(f.name).toBe("白文涛");
    expect(f.units).toEqual([
      { name: "特种设备安全监察科", kind: "primary" },
      { name: "特种设备检验研究院", kind: "primary" },
      { name: "稽查支队", kind: "primary" },
      { name: "城东分局", kind: "primary" },
      { name: "高新区分局", kind: "primary" },
      { name: "质量监督科", kind: "assist" },
    ]);
    expect(f.meetings.count).toBe(8);
    expect(f.meetings.recent).toHaveLength(3);
    expect(f.inspections.count).toBe(21);
    expect(f.inspections.unitNames).toEqual(expect.arrayContaining(["特种设备检验研究院", "城东分局", "质量监督科"]));
    expect(f.hazardsClosed).toBe(2);
    expect(f.trainings).toBe(1);
    expect(f.accidents.reduce((n, a) => n + a.count, 0)).toBe(0);
    expect(f.assessment).toBeNull();
    expect(buildStatementText(f)).toContain("按照分工，我分管特种设备安全监察科、特种设备检验研究院、稽查支队、城东分局、高新区分局，协管质量监督科。");
  });

  it("reports last year's accident, and the assessment only once every supervised unit assessed is decided", async () => {
    const f = (await getStatementFigures(h.db, person["白文涛"], LAST))!;
    expect(f.accidents.find((a) => a.unitName === "特种设备检验研究院")!.count).toBe(1);
    expect(f.hazardsClosed).toBe(1);
    // 特种设备安全监察科 is still under review: the results are not reported yet.
    expect(f.assessment).toBeNull();
    await h.query(`update assessments set status = 'decided', total = 95, grade = 'excellent' where unit_id = ${unit["SEC-SPECIAL"]}`);
    const g = (await getStatementFigures(h.db, person["白文涛"], LAST))!;
    expect(g.assessment).toEqual([
      { unitName: "特种设备安全监察科", total: 95, grade: "excellent", gradeLabel: "优秀", isVetoed: false },
      { unitName: "特种设备检验研究院", total: 88.5, grade: "fail", gradeLabel: "不合格", isVetoed: true },
      { unitName: "城东分局", total: 93, grade: "excellent", gradeLabel: "优秀", isVetoed: false },
    ]);
    expect(buildStatementText(g)).toContain("特种设备检验研究院被一票否决，评定为不合格");
  });

  it("is null for an unknown person", async () => {
    expect(await getStatementFigures(h.db, 999_999, Y)).toBeNull();
  });
});

describe("listStatementLeaders", () => {
  it("lists the six leaders, and nobody else", async () => {
    const leaders = await listStatementLeaders(h.db, Y, today());
    expect(leaders.map((l) => l.name).sort()).toEqual(["安志刚", "陈思源", "杜明远", "沈立群", "白文涛", "鄂振华"].sort());
    expect(await listStatementLeaders(h.db, Y, today(), person["钱卫东"])).toEqual([]);
  });
});

describe("stored drafts", () => {
  it("are written once, then only over the version read", async () => {
    const personId = person["白文涛"];
    const first = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await insertStatement(tx, { personId, year: Y, body: "初稿", updatedBy: 1 }),
      audit: { action: "test" },
    }));
    expect(first).toMatchObject({ version: 1 });
    const again = await withAudit(h.db, SYSTEM, async (tx) => ({
      value: await insertStatement(tx, { personId, year: Y, body: "另一份", updatedBy: 1 }),
      audit: { action: "test" },
    }));
    expect(again).toBeNull();
    const save = (version: number, body: string) =>
      withAudit(h.db, SYSTEM, async (tx) => ({ value: await updateStatement(tx, { personId, year: Y, body, version, updatedBy: 1 }), audit: { action: "test" } }));
    expect(await save(1, "修改稿")).toMatchObject({ version: 2 });
    expect(await save(1, "过期的修改")).toBeNull();
    expect((await getStatement(h.db, personId, Y))!).toMatchObject({ body: "修改稿", version: 2 });
  });
});
