// Integration: the demo's work records (seedRecords): a few hundred rows for last year and this year to date,
// the same on every run, with the committee meetings and the 分管 inspections the story tells. Years come
// from the clock (DUALDUTY_NOW moves it). The queries over records are tested on their own data in
// db/queries/records.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit } from "../audited";
import { calendarYear } from "@/lib/clock";
import { listRecords } from "../queries/records";
import { lastDoneByItem } from "../queries/records-due";
import { listUnitDutyChoices } from "../queries/record-choices";
import { seedDemo } from "./demo";
import { demoCalendar } from "./demo-calendar";
import { seedDuties } from "./duties";
import { seedRecords } from "./records";

const Y = calendarYear();
const cal = demoCalendar();

let h: Awaited<ReturnType<typeof openTestDb>>;
let seeded: Record<string, number>;

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    await seedDemo(tx, { passwordHash: "x" });
    await seedDuties(tx);
    seeded = await seedRecords(tx);
    return { value: null, audit: { action: "test.seed" } };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

describe("the demo records", () => {
  // Speed is the benchmarks' business (bench/), not a timed test's: a loaded machine must not fail the suite.
  it("are a few hundred rows for last year and this year to date, the same on every run", async () => {
    expect(seeded.workRecords).toBe(535);
    expect(seeded.recordDutyItems).toBeGreaterThan(700);
    const [n] = await h.query<{ n: number }>("select count(*)::int as n from work_records");
    expect(Number(n.n)).toBe(535);
    const [range] = await h.query<{ first: string; last: string }>("select min(occurred_on)::text as first, max(occurred_on)::text as last from work_records");
    expect(range.first).toMatch(new RegExp(`^${Y - 1}-01-`));
    expect(range.last.startsWith(`${Y}-`) && range.last <= cal.cutoff).toBe(true);
    // From December on, the year runs as the story has it: to 20 November (a weekend moved to the Monday).
    if (!cal.squeezed) expect(range.last).toMatch(new RegExp(`^${Y}-11-(0\\d|1\\d|2[0-2])$`));
  });

  it("have the committee meetings chaired by 杜明远 and 白文涛, and 白文涛's inspections of the units he supervises", async () => {
    const rows = await h.query<{ name: string; kind: string; n: number }>(`
      select pe.name, r.kind::text as kind, count(*)::int as n from record_people rp join people pe on pe.id = rp.person_id
      join work_records r on r.id = rp.record_id
      where rp.role = 'lead' and pe.name in ('杜明远', '白文涛') and r.occurred_on between '${Y}-01-01' and '${Y}-12-31'
      group by 1, 2 order by 1, 2`);
    expect(rows).toContainEqual({ name: "杜明远", kind: "meeting", n: 4 });
    expect(rows).toContainEqual({ name: "白文涛", kind: "meeting", n: 8 });
    expect(rows.find((r) => r.name === "白文涛" && r.kind === "inspection")!.n).toBeGreaterThanOrEqual(20);
  });

  it("give the office's filter the story's meetings: 白文涛 is on at least twelve this year", async () => {
    const r = await listRecords(h.db, { kind: "meeting", year: Y, person: "白文涛", page: 1, pageSize: 50 }, { unitIds: "all", personId: null });
    expect(r.total).toBeGreaterThanOrEqual(12);
  });

  it("leave the monthly inspection duty of 质量监督科's head last done in September (the story's October gap)", async () => {
    const [unit] = await h.query<{ id: number }>("select id from units where code = 'SEC-QUALITY'");
    const post = (await listUnitDutyChoices(h.db, Number(unit.id), Y)).find((l) => l.postName === "科长")!;
    const item = post.items.find((i) => i.category === "internal" && i.cadence === "monthly")!;
    const last = (await lastDoneByItem(h.db, [post.listId], cal.today)).get(`${post.listId}|${item.itemKey}`)!.date;
    expect(last.startsWith(`${Y}-`) && last <= cal.cutoff).toBe(true);
    // The story's calendar (December on): the last inspection in September.
    if (!cal.squeezed) expect(last).toMatch(new RegExp(`^${Y}-09-`));
  });
});
