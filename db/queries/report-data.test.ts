// Integration: the annual report's data and the score sheets on the demo bureau — a fixed number of
// queries, the committee's stored results only, Chinese labels, the leaders' 一岗双责 table from records.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { seedDemoIfEmpty } from "@/db/scripts/seed";
import { people, recordPeople, units, workRecords } from "@/db/schema";
import { counting } from "@/bench/stats";
import { getAnnualReportData, REPORT_DATA_QUERY_COUNT } from "./report-data";
import { getScoreSheet, getScoreSheets, SCORE_SHEETS_QUERY_COUNT } from "./report-sheets";
import { calendarYear, now } from "@/lib/clock";
import { annualDocument } from "@/lib/reports/annual-blocks";
import { basicsCounts, pledgesTable } from "@/lib/reports/annual-tables";

/** The demo's years on the clock (DUALDUTY_NOW moves it): this year in progress, last year closed. */
const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;
const NOW = now();
const TEXTS = { problems: "问题", plans: "打算" };

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
});
afterAll(async () => {
  await h?.cleanup();
});

const unitId = async (code: string) => (await h.db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0].id;
const personId = async (name: string) => (await h.db.select({ id: people.id }).from(people).where(eq(people.name, name)))[0].id;

describe("getAnnualReportData on the demo bureau", () => {
  it("runs a fixed number of queries and names the bureau and its committee", async () => {
    const { db, count } = counting(h.db);
    const data = await getAnnualReportData(db, LAST, TEXTS, { now: NOW });
    expect(count()).toBe(REPORT_DATA_QUERY_COUNT);
    expect(data.bureauName).toBe("示例市质量技术监督局");
    expect(data.committee.chair).toBe("杜明远");
    expect(data.committee.viceChairs[0]).toBe("白文涛");
    expect(data.committee.officeUnit).toBe("特种设备安全监察科");
    expect(data.counts.units).toBe(20);
    expect(data.counts.listsPublished).toBeGreaterThan(0);
    expect(data.problems).toBe("问题");
    expect(data.work.map((w) => w.label)).toEqual(["会议", "检查", "培训", "演练", "隐患排查", "报告"]);
  });

  it("last year (final): every unit with its stored score, grade label and rank; the veto on 特种设备检验研究院", async () => {
    const data = await getAnnualReportData(h.db, LAST, TEXTS, { now: NOW });
    expect(data.results).toHaveLength(20);
    expect(data.assessmentStatus).toBe("已定稿");
    for (const r of data.results) {
      expect(r.total).not.toBeNull();
      expect(r.rank).not.toBeNull();
      expect(["优秀", "良好", "合格", "不合格"]).toContain(r.gradeLabel);
    }
    const vetoed = data.results.filter((r) => r.vetoed);
    expect(vetoed.map((r) => r.unitName)).toEqual(["特种设备检验研究院"]);
    expect(vetoed[0].gradeLabel).toBe("不合格");
    expect(vetoed[0].vetoes[0].basis).toMatch(/LAST-08-14|电梯/);
    // Ranked: the vetoed unit last.
    expect(data.results[data.results.length - 1].unitName).toBe("特种设备检验研究院");
    expect(data.gradeCounts.reduce((s, g) => s + g.count, 0)).toBe(20);
    expect(data.gradeCounts.find((g) => g.label === "不合格")!.count).toBeGreaterThanOrEqual(1);
    // 奖惩兑现 in Chinese.
    expect(data.sanctions.some((s) => s.kindLabel === "取消评先评优" && s.unitName === "特种设备检验研究院")).toBe(true);
    expect(data.sanctions.every((s) => ["已确认", "待安委会确认"].includes(s.status))).toBe(true);
    expect(data.scoreSheets).toHaveLength(20);
  });

  it("last year: the pledges the text counts are 附表2's, all signed, and the 责任书签订率 of 附表1 says the same", async () => {
    const data = await getAnnualReportData(h.db, LAST, TEXTS, { now: NOW });
    const counts = basicsCounts(data);
    // The whole cascade of last year, every pledge signed by both parties.
    expect(data.pledges.map((p) => [p.level, p.kind])).toEqual([
      [1, "responsibility"],
      [2, "responsibility"],
      [3, "commitment"],
    ]);
    expect(counts.pledges).toBeGreaterThan(100);
    expect(counts.complete).toBe(counts.pledges);
    // 一、基本情况 states 附表2's totals (its 合计 row), in the web report and the files alike.
    const a2 = pledgesTable(data);
    expect(a2.rows.at(-1)!.slice(2, 4)).toEqual([counts.pledges, counts.complete]);
    const text = annualDocument(data)
      .blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []))
      .join("\n");
    expect(text).toContain(`签订安全生产责任书、承诺书${counts.pledges}份，双方签署完成${counts.complete}份（见附表2）`);
    // 附表1: the 责任书签订率 every unit reported is the share 附表2 shows signed (100 %), met by every unit.
    const rate = data.indicators.find((i) => i.code === "PLEDGE")!;
    expect(rate.actual).toBe((100 * counts.complete) / counts.pledges);
    expect(rate.met).toBe(rate.units);
  });

  it("this year (in progress): no provisional totals, grades or ranks", async () => {
    const data = await getAnnualReportData(h.db, Y, TEXTS, { now: NOW });
    expect(data.results.length).toBeGreaterThan(0);
    expect(data.results.every((r) => r.total === null && r.gradeLabel === null && r.rank === null)).toBe(true);
    expect(data.gradeCounts.every((g) => g.count === 0)).toBe(true);
    expect(data.scoreSheets.every((s) => s.total === null && s.rows.every((r) => r.reviewScore === null))).toBe(true);
  });

  it("the leaders' table lists each leader with the units supervised, and counts what they led from records", async () => {
    const before = await getAnnualReportData(h.db, LAST, TEXTS, { now: NOW });
    const bai = before.leaders.find((l) => l.name === "白文涛")!;
    expect(bai.post).toBe("副局长（分管安全生产）");
    expect(bai.unitsSupervised).toContain("特种设备检验研究院");
    expect(bai.unitsSupervised).toContain("质量监督科（协管）");
    expect(before.leaders.map((l) => l.name)).toEqual(expect.arrayContaining(["杜明远", "沈立群", "安志刚", "陈思源", "鄂振华"]));
    const special = await unitId("SEC-SPECIAL");
    const baiId = await personId("白文涛");
    await withAudit(h.db, SYSTEM, async (tx) => {
      const [r] = await tx
        .insert(workRecords)
        .values({ kind: "meeting", title: "安委会第四季度全体会议", occurredOn: `${LAST}-12-20`, unitId: special })
        .returning({ id: workRecords.id });
      await tx.insert(recordPeople).values({ recordId: r.id, personId: baiId, role: "lead" });
      return { value: null, audit: { action: "test.record" } };
    });
    const after = await getAnnualReportData(h.db, LAST, TEXTS, { now: NOW });
    expect(after.leaders.find((l) => l.name === "白文涛")!.meetingsChaired).toBe(bai.meetingsChaired + 1);
    const meetings = (d: typeof after) => d.work.find((w) => w.kind === "meeting")!.count;
    expect(meetings(after)).toBe(meetings(before) + 1);
  });
});

describe("score sheets", () => {
  it("one unit's last year sheet: every item with its standard, scores, and the total and grade", async () => {
    const { db, count } = counting(h.db);
    const sheet = (await getScoreSheet(db, LAST, await unitId("SEC-QUALITY")))!;
    expect(count()).toBe(SCORE_SHEETS_QUERY_COUNT);
    expect(sheet.unitName).toBe("质量监督科");
    expect(sheet.rows.length).toBeGreaterThan(10);
    expect(sheet.rows[0].category).toBe("组织领导");
    expect(sheet.rows.every((r) => r.reviewScore !== null && r.reviewScore <= r.maxPoints)).toBe(true);
    expect(sheet.total).not.toBeNull();
    expect(["优秀", "良好", "合格"]).toContain(sheet.grade);
    expect(sheet.vetoCheck.length).toBeGreaterThan(0);
    expect(sheet.vetoCheck.every((v) => !v.hit)).toBe(true);
    expect(sheet.status).toBe("已定稿");
  });

  it("the vetoed unit's sheet shows the rule hit with its basis", async () => {
    const sheet = (await getScoreSheet(h.db, LAST, await unitId("AFF-SPECIAL")))!;
    expect(sheet.grade).toBe("不合格");
    const hit = sheet.vetoCheck.filter((v) => v.hit);
    expect(hit).toHaveLength(1);
    expect(hit[0].basis).toBeTruthy();
  });

  it("every unit's sheets in the same fixed number of queries; none for a unit without an assessment", async () => {
    const { db, count } = counting(h.db);
    const sheets = await getScoreSheets(db, LAST);
    expect(count()).toBe(SCORE_SHEETS_QUERY_COUNT);
    expect(sheets).toHaveLength(20);
    expect(await getScoreSheet(h.db, LAST, await unitId("LEAD"))).toBeUndefined();
    expect(await getScoreSheets(h.db, 1999)).toEqual([]);
  });
});
