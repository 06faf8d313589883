// Integration: 年度切换 on a small bureau made here for this year (committee with an inactive member and a
// liaison, 分管, every list published, a scheme with indicators, targets and a reviewer). Every step run
// twice prepares year Y+1 once, leaves year Y exactly as it was, and keeps the office's later changes to
// Y+1 (a replaced member is not re-added).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit, type AuditedTx } from "../audited";
import { build, makeBureau, makeIndicatorValue, makeMember, makeReviewers, makeScheme, makeSetting } from "../factories";
import { committeeMembers } from "../schema";
import { calendarYear } from "@/lib/clock";
import { copyScheme } from "./assessment-scheme";
import { createYearFromPrevious, publishList } from "./duty-writes";
import { listResponsibilityLists } from "./duties";
import { getCommitteeByYear } from "./org";
import { generatePledges } from "@/server/pledges/generate";
import {
  copyCommittee,
  copySupervisions,
  getCommitteeYears,
  listYearStates,
  setYearSigningDeadline,
  updateCommitteeMemberPerson,
} from "./rollover";
import { getSigningBoard } from "./signing-board";
import { rolloverDueYear, stepStates } from "@/lib/years/rollover";

let h: Awaited<ReturnType<typeof openTestDb>>;
/** This year on the clock, prepared here, and the year prepared from it. */
const Y = calendarYear();
const NEXT = Y + 1;
// Early December of Y in Shanghai: Y+1 is read on its first day.
const NOW = new Date(`${Y}-12-04T02:00:00Z`);

beforeAll(async () => {
  h = await openTestDb();
  await build(h.db, async (tx) => {
    const b = await makeBureau(tx, { years: [Y], lists: { year: Y, publishedAt: `${Y}-03-10T10:00:00+08:00` } });
    const liaison = await makeMember(tx, { unitId: b.units[0].id, name: "安全联络员" });
    const retired = await makeMember(tx, { unitId: b.units[2].id, name: "已退出委员" });
    await tx.insert(committeeMembers).values([
      { committeeId: b.committees.get(Y)!, personId: liaison.personId, role: "liaison" },
      { committeeId: b.committees.get(Y)!, personId: retired.personId, role: "member", isActive: false },
    ]);
    const { scheme, indicators } = await makeScheme(tx, {
      year: Y,
      indicators: [
        { code: "TRAIN", name: "培训覆盖率" },
        { code: "HZ", name: "隐患整改率" },
      ],
    });
    for (const i of indicators) for (const u of b.units) await makeIndicatorValue(tx, { indicatorId: i.id, unitId: u.id, target: 100 });
    await makeReviewers(tx, scheme.id, [b.deputy.personId]);
    await makeSetting(tx, "signing_deadline_month_day", "03-31");
  });
});
afterAll(async () => {
  await h?.cleanup();
});

const audited = <T>(fn: (tx: AuditedTx) => Promise<T>) =>
  withAudit(h.db, SYSTEM, async (tx) => ({ value: await fn(tx), audit: { action: "test.rollover" } }));

/** Every row a year owns, as JSON, table by table (ordered by id). */
async function yearRows(y: number) {
  const of = (sql: string) => h.query<{ j: unknown }>(sql).then((rows) => rows.map((r) => r.j));
  const scheme = `(select id from assessment_schemes where year = ${y})`;
  const lists = `(select id from responsibility_lists where year = ${y})`;
  return {
    committees: await of(`select to_jsonb(c) j from committees c where year = ${y} order by id`),
    members: await of(
      `select to_jsonb(m) j from committee_members m join committees c on c.id = m.committee_id where c.year = ${y} order by m.id`,
    ),
    supervisions: await of(`select to_jsonb(s) j from supervisions s where year = ${y} order by id`),
    lists: await of(`select to_jsonb(l) j from responsibility_lists l where year = ${y} order by id`),
    listItems: await of(`select to_jsonb(i) j from list_items i where list_id in ${lists} order by id`),
    versions: await of(`select to_jsonb(v) j from list_versions v where list_id in ${lists} order by id`),
    schemes: await of(`select to_jsonb(s) j from assessment_schemes s where year = ${y} order by id`),
    categories: await of(`select to_jsonb(c) j from scheme_categories c where scheme_id = ${scheme} order by id`),
    items: await of(`select to_jsonb(i) j from scheme_items i where scheme_id = ${scheme} order by id`),
    vetoRules: await of(`select to_jsonb(v) j from scheme_veto_rules v where scheme_id = ${scheme} order by id`),
    indicators: await of(`select to_jsonb(i) j from indicators i where scheme_id = ${scheme} order by id`),
    targets: await of(
      `select to_jsonb(v) j from indicator_values v join indicators i on i.id = v.indicator_id where i.scheme_id = ${scheme} order by v.id`,
    ),
    reviewers: await of(`select to_jsonb(r) j from assessment_reviewers r where scheme_id = ${scheme} order by id`),
    pledges: await of(`select to_jsonb(p) j from pledges p where year = ${y} order by id`),
    signatures: await of(
      `select to_jsonb(s) j from pledge_signatures s join pledges p on p.id = s.pledge_id where p.year = ${y} order by s.id`,
    ),
    deadline: await of(`select value j from settings where key = 'signing_deadline_month_day:${y}'`),
  };
}

/** The six steps, as the page's actions run them (each in its own audited transaction). */
async function runSteps() {
  const committee = await audited((tx) => copyCommittee(tx, Y, NEXT));
  const supervisions = await audited((tx) => copySupervisions(tx, Y, NEXT));
  const lists = await audited((tx) => createYearFromPrevious(tx, Y, NEXT));
  const scheme = await audited((tx) => copyScheme(tx, Y, NEXT));
  const pledges = await audited((tx) => generatePledges(tx, NEXT, NOW));
  const deadline = await audited((tx) => setYearSigningDeadline(tx, NEXT, "04-30"));
  return { committee, supervisions, lists, scheme, pledges, deadline };
}

describe("year rollover", () => {
  let yearBefore: Awaited<ReturnType<typeof yearRows>>;
  let first: Awaited<ReturnType<typeof runSteps>>;
  let afterFirst: Awaited<ReturnType<typeof yearRows>>;

  it("starts with Y prepared, Y+1 not, and reminds the office in December", async () => {
    yearBefore = await yearRows(Y);
    expect(yearBefore.committees).toHaveLength(1);
    expect(yearBefore.supervisions.length).toBeGreaterThan(0);
    const [next] = await listYearStates(h.db, [NEXT]);
    expect(next.hasCommittee).toBe(false);
    expect(stepStates(next)).toMatchObject({ committee: "missing", pledges: "waiting", deadline: "missing" });
    expect(rolloverDueYear(`${Y}-12-01`, await getCommitteeYears(h.db, Y))).toBe(NEXT);
  });

  it("prepares Y+1 from Y: committee, 分管, draft lists, scheme with indicators and targets, pledges, deadline", async () => {
    first = await runSteps();
    const y = yearBefore;
    const activeMembers = (y.members as { is_active: boolean }[]).filter((m) => m.is_active).length;
    expect(first.committee).toEqual({ isCreated: true, members: activeMembers });
    expect(first.supervisions).toBe(y.supervisions.length);
    expect(first.lists).toBe(
      (y.lists as { published_version_no: number | null }[]).filter((l) => l.published_version_no).length,
    );
    expect(first.scheme).toMatchObject({
      categories: y.categories.length,
      items: y.items.length,
      indicators: y.indicators.length,
    });
    expect(first.scheme!.targets).toBeGreaterThan(0);
    expect(first.deadline.before).toBeNull();
    // No Y+1 list is published yet: pledges wait, every pair is skipped.
    expect(first.pledges.ids).toHaveLength(0);

    // The office publishes the Y+1 unit lists; the pledge step then makes the 分管 level's 责任书.
    const unitLists = await listResponsibilityLists(h.db, { year: NEXT, ownerType: "unit" });
    expect(unitLists.length).toBeGreaterThan(0);
    for (const l of unitLists) await audited((tx) => publishList(tx, l.id, l.version, null, NOW));
    const pledges = await audited((tx) => generatePledges(tx, NEXT, NOW));
    expect(pledges.created[2]).toBeGreaterThan(0);

    afterFirst = await yearRows(NEXT);
    const [next] = await listYearStates(h.db, [NEXT]);
    expect(next).toMatchObject({
      hasCommittee: true,
      members: activeMembers,
      supervisions: y.supervisions.length,
      lists: afterFirst.lists.length,
      publishedLists: unitLists.length,
      schemeStatus: "draft",
      indicators: y.indicators.length,
      targets: afterFirst.targets.length,
      deadline: "04-30",
    });
    expect(next.pledges[2]).toBe(pledges.created[2]);
    expect(Object.values(stepStates(next)).every((s) => s === "ready")).toBe(true);
    expect(rolloverDueYear(`${Y}-12-01`, await getCommitteeYears(h.db, Y))).toBeNull();
  });

  it("run again, every step creates nothing and Y+1 stays as it was", async () => {
    const again = await runSteps();
    expect(again.committee).toEqual({ isCreated: false, members: 0 });
    expect(again.supervisions).toBe(0);
    expect(again.lists).toBe(0);
    expect(again.scheme).toBeUndefined();
    expect(again.pledges.ids).toHaveLength(0);
    expect(again.pledges.existing).toBe(afterFirst.pledges.length);
    expect(again.deadline.before).toBe("04-30");
    expect(await yearRows(NEXT)).toEqual(afterFirst);
  });

  it("leaves every row of year Y unchanged", async () => {
    expect(await yearRows(Y)).toEqual(yearBefore);
  });

  it("keeps a member the office replaced: a rerun does not bring the old one back", async () => {
    const before = (await getCommitteeByYear(h.db, NEXT))!;
    const liaison = before.members.find((m) => m.role === "liaison")!;
    const [outsider] = await h.query<{ id: number }>(
      `select id from people p where p.is_active and not exists (select 1 from committee_members m where m.committee_id = ${before.committee.id} and m.person_id = p.id) order by id limit 1`,
    );
    const row = await audited((tx) => updateCommitteeMemberPerson(tx, liaison.id, liaison.personId, outsider.id));
    expect(row?.personId).toBe(outsider.id);
    // A stale replacement (the seat no longer holds the old person) changes nothing.
    expect(
      await audited((tx) => updateCommitteeMemberPerson(tx, liaison.id, liaison.personId, liaison.personId)),
    ).toBeUndefined();

    expect(await audited((tx) => copyCommittee(tx, Y, NEXT))).toEqual({ isCreated: false, members: 0 });
    const after = (await getCommitteeByYear(h.db, NEXT))!;
    expect(after.members).toHaveLength(before.members.length);
    expect(after.members.map((m) => m.personId)).not.toContain(liaison.personId);
    expect(after.members.map((m) => m.personId)).toContain(outsider.id);
    // Y's committee still has the old liaison.
    expect((await getCommitteeByYear(h.db, Y))!.members.map((m) => m.personId)).toContain(liaison.personId);
  });

  it("the Y+1 board reads its own deadline; Y keeps the general one", async () => {
    const day = `${Y}-12-04`;
    expect((await getSigningBoard(h.db, NEXT, day)).deadlineMonthDay).toBe("04-30");
    expect((await getSigningBoard(h.db, Y, day)).deadlineMonthDay).toBe("03-31");
  });
});
