// Integration: the accident ledger and the veto an accident reported late proposes — once per accident and
// rule, for the accident's year, never into a final year; and accountability cases with their scope. On
// units made here: one assessed last year (final), one assessed this year (reviewed), one not assessed,
// and a branch whose head a case concerns.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../test-utils";
import type { AuditedTx } from "../audited";
import { build, makeMember, makeUnit, makeUser } from "../factories";
import { vetoHits } from "../schema";
import { accidentLevel, reportFlags, reportHops } from "@/lib/records/accident-level";
import {
  createAccident,
  getAccident,
  listAccidentOptions,
  listAccidents,
  updateAccident,
  type AccidentValues,
} from "./accidents";
import {
  createCase,
  getCase,
  getCasePerson,
  getTriggerRefs,
  isPersonInUnit,
  listCases,
  listPersonCases,
} from "./accountability";
import { proposeAccidentVeto } from "./proposals";
import { createTestScheme } from "./records-test-scheme";
import { calendarYear } from "@/lib/clock";

/** The years on the clock (DUALDUTY_NOW moves it): this year in progress, last year closed. */
const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;
const run = <T>(fn: (tx: AuditedTx) => Promise<T>) => build(h.db, fn);
let f: Awaited<ReturnType<typeof makeData>>;

function makeData() {
  return run(async (tx) => {
    const unit = {
      special: (await makeUnit(tx, { name: "检验研究院", kind: "affiliated", group: "technical" })).id,
      enforce: (await makeUnit(tx, { name: "稽查支队", kind: "affiliated", group: "field" })).id,
      hr: (await makeUnit(tx, { name: "人事教育科", group: "general" })).id,
      east: (await makeUnit(tx, { name: "城东分局", kind: "branch", group: "field" })).id,
      quality: (await makeUnit(tx, { name: "质量监督科" })).id,
    };
    const head = await makeMember(tx, { unitId: unit.east, kind: "head", post: "局长", name: "董局长" });
    const other = await makeMember(tx, { unitId: unit.quality, kind: "head", post: "科长", name: "钱科长" });
    const office = await makeUser(tx, { roles: ["committee_office"] });
    await createTestScheme(tx, LAST, [{ unitId: unit.special, status: "final" }]);
    await createTestScheme(tx, Y, [{ unitId: unit.enforce, status: "reviewed" }]);
    return { unit, head, other, officeUserId: office.id };
  });
}

beforeAll(async () => {
  h = await openTestDb();
  f = await makeData();
});
afterAll(async () => {
  await h?.cleanup();
});

/** What the form's action computes before saving: the level and the flags, never typed. */
function values(over: Partial<AccidentValues> & { at: string; reportedAt: string | null }): AccidentValues {
  const occurredAt = new Date(over.at);
  const hops = reportHops(
    occurredAt,
    { unit_to_bureau: over.reportedAt ? new Date(over.reportedAt) : null, bureau_to_superior: null },
    new Date(`${Y + 1}-01-01`),
  );
  const figures = {
    deaths: over.deaths ?? 0,
    seriousInjuries: over.seriousInjuries ?? 0,
    directLoss: over.directLoss ?? 0,
  };
  const flags = reportFlags(hops, { isFalse: false, isConcealed: false });
  return {
    title: "事故",
    description: "",
    occurredAt,
    domain: "supervised",
    unitId: f.unit.enforce,
    ...figures,
    level: accidentLevel(figures),
    reports: hops.map((x) => ({
      hop: x.hop,
      dueAt: x.dueAt.toISOString(),
      reportedAt: x.reportedAt?.toISOString() ?? null,
    })),
    ...flags,
    ...over,
  };
}

describe("accidents", () => {
  it("stores the derived level and flags, lists by year, refuses a stale save", async () => {
    const v = values({
      at: `${Y}-03-02T09:00:00+08:00`,
      reportedAt: `${Y}-03-02T10:30:00+08:00`,
      deaths: 3,
      title: "<b>起重</b>事故",
    });
    const a = await run((tx) => createAccident(tx, v, f.officeUserId));
    expect(a).toMatchObject({ level: "larger", isLate: true, isOmitted: true, version: 1 });
    expect((await listAccidents(h.db, { year: Y, page: 1, pageSize: 20 })).rows.map((r) => r.title)).toEqual([
      "<b>起重</b>事故",
    ]);
    expect((await listAccidents(h.db, { year: LAST, page: 1, pageSize: 20 })).total).toBe(0);
    const saved = await run((tx) => updateAccident(tx, a.id, 1, { ...v, deaths: 0, level: "general" }));
    expect(saved).toMatchObject({ level: "general", version: 2 });
    expect(await run((tx) => updateAccident(tx, a.id, 1, v))).toBeNull();
    expect((await listAccidentOptions(h.db)).map((o) => o.id)).toContain(a.id);
  });

  it("proposes the reporting veto once per accident; shows it on the accident", async () => {
    const a = await run((tx) =>
      createAccident(
        tx,
        values({ at: `${Y}-04-01T08:00:00+08:00`, reportedAt: `${Y}-04-01T09:30:00+08:00` }),
        f.officeUserId,
      ),
    );
    const propose = () =>
      run((tx) =>
        proposeAccidentVeto(tx, {
          accidentId: a.id,
          unitId: f.unit.enforce,
          year: Y,
          basis: "迟报 30 分钟",
          userId: f.officeUserId,
        }),
      );
    const first = await propose();
    expect(first.outcome).toBe("proposed");
    expect((await propose()).outcome).toBe("exists");
    const hits = await h.db.select().from(vetoHits).where(eq(vetoHits.sourceRef, a.id));
    expect(hits.map((x) => [x.status, x.source, x.basis, x.proposedBy])).toEqual([
      ["proposed", "accident", "迟报 30 分钟", f.officeUserId],
    ]);
    const d = await getAccident(h.db, a.id);
    expect(d?.vetoes.map((x) => [x.ruleName, x.year, x.status, x.assessmentStatus])).toEqual([
      ["事故迟报、漏报、谎报、瞒报", Y, "proposed", "reviewed"],
    ]);
  });

  it("proposes nothing into a final year, or where the unit has no assessment", async () => {
    const a = await run((tx) =>
      createAccident(
        tx,
        values({
          at: `${LAST}-08-14T10:00:00+08:00`,
          reportedAt: `${LAST}-08-14T12:40:00+08:00`,
          unitId: f.unit.special,
          seriousInjuries: 1,
          directLoss: 35,
        }),
        f.officeUserId,
      ),
    );
    expect(a).toMatchObject({ level: "general", isLate: true });
    expect(
      (
        await run((tx) =>
          proposeAccidentVeto(tx, {
            accidentId: a.id,
            unitId: f.unit.special,
            year: LAST,
            basis: "-",
            userId: null,
          }),
        )
      ).outcome,
    ).toBe("final");
    expect(
      (
        await run((tx) =>
          proposeAccidentVeto(tx, { accidentId: a.id, unitId: f.unit.hr, year: Y, basis: "-", userId: null }),
        )
      ).outcome,
    ).toBe("noAssessment");
    expect(await h.db.select().from(vetoHits).where(eq(vetoHits.sourceRef, a.id))).toEqual([]);
  });
});

describe("accountability cases", () => {
  it("creates a case, lists it for everyone or only its person, and on the person's page", async () => {
    const [acc] = (await listAccidents(h.db, { page: 1, pageSize: 1 })).rows;
    const head = { id: f.head.personId };
    const other = { id: f.other.personId };
    expect(await isPersonInUnit(h.db, head.id, f.unit.east, `${LAST}-10-20`)).toBe(true);
    expect(await isPersonInUnit(h.db, head.id, f.unit.quality, `${LAST}-10-20`)).toBe(false);
    expect(await getTriggerRefs(h.db, { accidentId: acc.id, hazardId: null, recordId: 999999 })).toEqual({
      accident: true,
      hazardUnitId: null,
      record: false,
    });
    const c = await run((tx) =>
      createCase(tx, {
        personId: head.id,
        unitId: f.unit.east,
        triggerKind: "accident",
        accidentId: acc.id,
        situation: "reporting_failure",
        form: "admonition",
        leniency: "lighter",
        leniencyReason: "主动报告",
        summary: "事故迟报",
        decidedBy: "局党组",
        decidedOn: `${LAST}-10-20`,
        restrictedUntil: `${Y}-10-19`,
        createdBy: f.officeUserId,
      }),
    );
    expect((await listCases(h.db, { all: true }, 1, 20)).rows.map((r) => [r.personName, r.unitName, r.form])).toEqual([
      ["董局长", "城东分局", "admonition"],
    ]);
    expect((await listCases(h.db, { all: false, personId: head.id }, 1, 20)).total).toBe(1);
    expect((await listCases(h.db, { all: false, personId: other.id }, 1, 20)).total).toBe(0);
    expect((await listCases(h.db, { all: false, personId: null }, 1, 20)).total).toBe(0);
    expect((await listPersonCases(h.db, head.id)).map((r) => r.leniencyReason)).toEqual(["主动报告"]);
    expect((await getCase(h.db, c.id))?.accidentTitle).toBe(acc.title);
    expect(await getCasePerson(h.db, c.id)).toBe(head.id);
  });
});
