// Integration: saving an accident (server/accidents/save.ts) on units made here — the level and the 迟报/漏报
// flags computed from the figures and the report times, the reporting veto proposed once for the unit's
// assessment of the accident's year with its basis written from the hops; times in the future, a report
// before the accident, a unit that is not assessed and a finding without its reason refused at their field.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withAudit } from "@/db/audited";
import { build, makeUnit, makeUser } from "@/db/factories";
import { getUnitAssessment } from "@/db/queries/proposals";
import { createTestScheme } from "@/db/queries/records-test-scheme";
import { vetoHits } from "@/db/schema";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { calendarYear, setClock } from "@/lib/clock";
import { ActionError } from "@/server/action";
import { saveAccident, type AccidentInput } from "./save";

const Y = calendarYear();
const at = (s: string) => new Date(`${Y}-${s}:00+08:00`);

let h: Awaited<ReturnType<typeof openTestDb>>;
let unitId: number;
let leadershipId: number;
let assessmentId: number;
let userId: number;

const input = (over: Partial<AccidentInput> = {}): AccidentInput => ({
  accidentId: null,
  version: null,
  title: "电梯困人事故",
  description: null,
  occurredAt: at("06-01T09:00"),
  domain: "supervised",
  unitId,
  deaths: 0,
  seriousInjuries: 1,
  directLoss: 12.5,
  reportedUnit: at("06-01T10:30"),
  reportedBureau: null,
  isFalse: false,
  falseReason: null,
  isConcealed: false,
  concealedReason: null,
  ...over,
});
const save = (i: AccidentInput) => withAudit(h.db, SYSTEM, (tx) => saveAccident(tx, i, userId));
const refusal = async (i: AccidentInput) => {
  try {
    await save(i);
  } catch (e) {
    if (e instanceof ActionError) return { key: e.key, field: e.field };
    throw e;
  }
  throw new Error("expected a refusal");
};

beforeAll(async () => {
  h = await openTestDb();
  await build(h.db, async (tx) => {
    unitId = (await makeUnit(tx, { name: "稽查支队", kind: "affiliated" })).id;
    leadershipId = (await makeUnit(tx, { name: "局领导班子", kind: "leadership" })).id;
    userId = (await makeUser(tx, { roles: ["committee_office"] })).id;
    await createTestScheme(tx, Y, [{ unitId, status: "reviewed" }]);
  });
  assessmentId = (await getUnitAssessment(h.db, Y, unitId))!.id;
});
beforeEach(() => setClock(at("06-30T10:00")));
afterAll(async () => {
  setClock(null);
  await h?.cleanup();
});

describe("saving an accident", () => {
  it("computes the level and flags and proposes the reporting veto once, with the hops in its basis", async () => {
    const first = await save(input());
    expect(first).toMatchObject({ level: "general", flags: ["late", "omitted"], veto: "proposed", year: Y });
    const [hit] = await h.db
      .select()
      .from(vetoHits)
      .where(and(eq(vetoHits.assessmentId, assessmentId), eq(vetoHits.source, "accident")));
    expect(hit).toMatchObject({ status: "proposed", sourceRef: first.id, proposedBy: userId });
    expect(hit.basis).toMatch(
      new RegExp(
        `^${Y}-06-01 09:00 电梯困人事故。迟报：事故单位负责人→本局应于 ${Y}-06-01 10:00 前报告，实际 ${Y}-06-01 10:30，迟 30 分钟；漏报：本局→市政府及上级部门`,
      ),
    );
    const again = await save(input({ accidentId: first.id, version: 1, deaths: 1 }));
    expect(again).toMatchObject({ id: first.id, veto: "exists" });
    expect(await h.db.select().from(vetoHits).where(eq(vetoHits.assessmentId, assessmentId))).toHaveLength(1);
  });

  it("proposes nothing for an accident reported in time", async () => {
    const r = await save(
      input({ title: "按时报告", reportedUnit: at("06-01T09:30"), reportedBureau: at("06-01T10:00") }),
    );
    expect(r).toMatchObject({ flags: [], veto: null });
  });

  it("refuses a time in the future, a report before the accident, a unit not assessed, a finding without its reason", async () => {
    expect(await refusal(input({ occurredAt: at("07-02T09:00") }))).toEqual({
      key: "accidents.errors.inFuture",
      field: "occurredAt",
    });
    expect(await refusal(input({ reportedUnit: at("06-01T08:00") }))).toEqual({
      key: "accidents.errors.reportBeforeAccident",
      field: "reportedUnit",
    });
    expect(await refusal(input({ reportedBureau: at("07-05T08:00") }))).toEqual({
      key: "accidents.errors.inFuture",
      field: "reportedBureau",
    });
    expect(await refusal(input({ unitId: leadershipId }))).toEqual({ key: "validation.choice", field: "unitId" });
    expect(await refusal(input({ isFalse: true }))).toEqual({
      key: "accidents.errors.reasonRequired",
      field: "falseReason",
    });
    expect(await refusal(input({ accidentId: 2_000_000 }))).toEqual({ key: "errors.notFound", field: undefined });
  });
});
