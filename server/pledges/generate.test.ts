// Integration: generating the 层层签订 cascade's pledges on the demo bureau — pledges per level, idempotent
// generation, the demo people in their places, the text from B's published list (moved from
// db/queries/pledges.test.ts with the use-case).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { seedDemoIfEmpty } from "@/db/scripts/seed";
import { people } from "@/db/schema";
import { countPledgesByLevel, getPledge, listPledgesForPerson, listPledgesOfYear } from "@/db/queries/pledges";
import { DEFAULT_TARGETS, pledgeHash } from "@/lib/pledges/render";
import { bureauTargets } from "@/lib/pledges/targets";
import { calendarYear, now, orgDateOf, shanghaiDate } from "@/lib/clock";
import { generatePledges } from "./generate";

/** The demo's years on the clock (DUALDUTY_NOW moves it): this year in progress, last year closed. */
const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;
const NOW = now();
const generate = (year = Y) =>
  withAudit(h.db, SYSTEM, async (tx) => ({ value: await generatePledges(tx, year, NOW), audit: { action: "pledge.generate" } }));

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
});
afterAll(async () => {
  await h?.cleanup();
});

const personNamed = async (name: string) => (await h.db.select().from(people).where(eq(people.name, name)))[0];

describe("generatePledges on the demo bureau", () => {
  it("creates the cascade: 5 leader pledges, 19 head pledges, 122 commitment letters; skips unpublished lists", async () => {
    const r = await generate();
    // Level 1: 局长 杜明远 with 党组书记, three 副局长 and 总工程师.
    // Level 2: 20 units under a 主管 leader, less 标准化与信息中心 (its unit list is not published).
    // Level 3: every deputy and staff member of every unit, less the three 纤维检验员 (no post list).
    expect(r.created).toEqual({ 1: 5, 2: 19, 3: 122 });
    expect(r.skipped).toEqual({ 1: 0, 2: 1, 3: 3 });
    expect(r.existing).toBe(0);
    expect(await countPledgesByLevel(h.db, Y)).toEqual([
      { level: 1, kind: "responsibility", n: 5 },
      { level: 2, kind: "responsibility", n: 19 },
      { level: 3, kind: "commitment", n: 122 },
    ]);
  });

  it("is idempotent: a second run creates nothing", async () => {
    const r = await generate();
    expect(r.created).toEqual({ 1: 0, 2: 0, 3: 0 });
    expect(r.existing).toBe(146);
    expect((await listPledgesOfYear(h.db, Y)).length).toBe(146);
  });

  it("follows the cascade for the demo people", async () => {
    const all = await listPledgesOfYear(h.db, Y);
    const director = await personNamed("杜明远");
    expect(all.filter((p) => p.level === 1).every((p) => p.partyAId === director.id)).toBe(true);
    const quality = all.filter((p) => p.unitName === "质量监督科");
    expect(quality.find((p) => p.level === 2)).toMatchObject({ partyAName: "安志刚", partyBName: "钱卫东" });
    const staff = quality.find((p) => p.partyBName === "齐小萌")!;
    expect(staff).toMatchObject({ level: 3, kind: "commitment", partyAName: "钱卫东", status: "pending" });
    expect(staff.title).toBe(`${Y}年度安全生产承诺书（质量监督科·齐小萌）`);
    // The acting head of 纤维检验所 signs with its supervising leader, and never with himself.
    expect(all.filter((p) => p.partyAId === p.partyBId)).toEqual([]);
    expect(all.find((p) => p.unitName === "纤维检验所" && p.level === 2)).toMatchObject({ partyBName: "冯建华", partyAName: "鄂振华" });
    // A concurrent post holder signs a 承诺书 in each unit.
    expect(all.filter((p) => p.partyBName === "吴秀英").map((p) => p.unitName).sort()).toEqual(["办公室", "机关党委办公室"].sort());
  });

  it("fixes the text from B's published list with its SHA-256", async () => {
    const me = await personNamed("齐小萌");
    const [p] = await listPledgesForPerson(h.db, me.id, Y);
    const full = (await getPledge(h.db, p.id))!;
    expect(full.contentHash).toBe(pledgeHash(full.content));
    expect(full.content.split("\n")[0]).toBe(full.title);
    expect(full.content).toContain("乙方：齐小萌（质量监督科 质量监督员）");
    expect(full.content).toContain("一票否决");
    expect(full.content).toMatch(/二、责任内容\n[^\n]+\n（一）/);
    expect(full.signatures).toEqual([]);
  });

  it("gives each pledge the targets of its level: the bureau's on a 责任书, the post's and the unit's on a 承诺书", async () => {
    const all = await listPledgesOfYear(h.db, Y);
    const quality = all.filter((p) => p.unitName === "质量监督科");
    const head = (await getPledge(h.db, quality.find((p) => p.level === 2)!.id))!;
    expect(head.targets).toBe(bureauTargets(DEFAULT_TARGETS));
    expect(head.content).toContain("万台特种设备死亡人数");
    const staff = (await getPledge(h.db, quality.find((p) => p.partyBName === "齐小萌")!.id))!;
    expect(staff.content).not.toContain("万台特种设备死亡人数");
    expect(staff.targets!.split("\n")[0]).toBe("本岗位全年不发生负有责任的生产安全事故");
    // The indicators the year's scheme sets for 质量监督科 (a 监管 section: 特种设备定期检验率 among them).
    expect(staff.targets).toMatch(/^配合完成质量监督科年度安全生产控制指标：隐患整改率不低于100%，.*特种设备定期检验率不低于98%.*责任书签订率不低于100%$/m);
    // No 承诺书 carries a bureau-wide figure; every 责任书 does.
    const levels3 = await Promise.all(all.filter((p) => p.level === 3).map((p) => getPledge(h.db, p.id)));
    expect(levels3.filter((p) => /万台|较大及以上/.test(p!.targets ?? ""))).toEqual([]);
  });

  it("reads the org at the end of a past year; last year's cascade is seeded signed, and nothing is made twice", async () => {
    expect(orgDateOf(LAST, shanghaiDate(NOW))).toBe(`${LAST}-12-31`);
    expect(orgDateOf(Y + 1, shanghaiDate(NOW))).toBe(`${Y + 1}-01-01`);
    const last = await listPledgesOfYear(h.db, LAST);
    expect(last.length).toBeGreaterThan(140);
    expect(last.every((p) => p.status === "complete" && p.signedAAt && p.signedBAt && p.signedBAt <= p.signedAAt)).toBe(true);
    // The acting head of 纤维检验所 (in post from September) signed after taking it up.
    const fiber = last.find((p) => p.unitName === "纤维检验所" && p.level === 2)!;
    expect(shanghaiDate(fiber.signedBAt!) > `${LAST}-09-01`).toBe(true);
    const r = await generate(LAST);
    expect(r.created).toEqual({ 1: 0, 2: 0, 3: 0 });
    expect(r.existing).toBe(last.length);
    expect((await listPledgesOfYear(h.db, Y)).length).toBe(146);
  });
});
