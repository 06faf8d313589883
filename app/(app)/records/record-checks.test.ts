// Integration: the scope check a new record goes through, on units and people made here — the owner unit,
// the units concerned and the people must be within the viewer's reach (forged ones refused), and staff
// record only work they took part in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "@/db/test-utils";
import { build, makeMember, makeUnit } from "@/db/factories";
import { can, type Role, type Viewer } from "@/lib/authz";
import { recordCreateTarget } from "./record-checks";
import { calendarYear, today } from "@/lib/clock";

/** This year on the clock (DUALDUTY_NOW moves it). */
const Y = calendarYear();

let h: Awaited<ReturnType<typeof openTestDb>>;
let f: Awaited<ReturnType<typeof makeData>>;

function makeData() {
  return build(h.db, async (tx) => {
    const unit = {
      lead: (await makeUnit(tx, { name: "局领导班子", kind: "leadership", group: null })).id,
      quality: (await makeUnit(tx, { name: "质量监督科" })).id,
      special: (await makeUnit(tx, { name: "安全监察科" })).id,
      east: (await makeUnit(tx, { name: "城东分局", kind: "branch", group: "field" })).id,
      food: (await makeUnit(tx, { name: "食品科" })).id,
    };
    const person = {
      staff: (await makeMember(tx, { unitId: unit.quality, name: "质量科员" })).personId,
      head: (await makeMember(tx, { unitId: unit.quality, kind: "head", name: "质量科长" })).personId,
      office: (await makeMember(tx, { unitId: unit.special, name: "安委办干事" })).personId,
      leader: (await makeMember(tx, { unitId: unit.lead, kind: "deputy_director", name: "分管副局长" })).personId,
      east: (await makeMember(tx, { unitId: unit.east, name: "分局科员" })).personId,
    };
    return { unit, person };
  });
}

beforeAll(async () => {
  h = await openTestDb();
  f = await makeData();
});
afterAll(async () => {
  await h?.cleanup();
});

function viewer(roles: Role[], extra: Partial<Viewer> = {}): Viewer {
  return {
    userId: 1,
    username: "u",
    personId: null,
    personName: null,
    roles,
    locale: "zh",
    headedUnitIds: [],
    liaisonUnitIds: [],
    supervisedUnitIds: [],
    ownUnitIds: [],
    mustChangePassword: false,
    sessionId: "s",
    year: Y,
    baseRoles: roles,
    byYear: {},
    ...extra,
  };
}

describe("recordCreateTarget", () => {
  const staff = () => viewer(["staff"], { personId: f.person.staff, ownUnitIds: [f.unit.quality] });
  const base = () => ({ unitId: f.unit.quality, unitIds: [f.unit.quality], leadId: f.person.staff, participantIds: [] });

  it("lets staff record work they took part in, for their own unit", async () => {
    const target = await recordCreateTarget(h.db, base(), staff(), today());
    expect(target).toEqual({ unitIds: [f.unit.quality], personId: f.person.staff });
    expect(can(staff(), "record.edit", target)).toBe(true);
  });

  it("refuses staff a record they are not on", async () => {
    const target = await recordCreateTarget(h.db, { ...base(), leadId: f.person.head }, staff(), today());
    expect(can(staff(), "record.edit", target)).toBe(false);
  });

  it("refuses a unit outside the viewer's scope, an unknown unit and a person out of reach", async () => {
    expect(await recordCreateTarget(h.db, { ...base(), unitIds: [f.unit.east] }, staff(), today())).toBeUndefined();
    expect(await recordCreateTarget(h.db, { ...base(), unitId: f.unit.east }, staff(), today())).toBeUndefined();
    const office = viewer(["committee_office", "staff"], { personId: f.person.office, ownUnitIds: [f.unit.special] });
    expect(await recordCreateTarget(h.db, { ...base(), unitIds: [999_999] }, office, today())).toBeUndefined();
    const east = { id: f.person.east };
    expect(await recordCreateTarget(h.db, { ...base(), participantIds: [east.id] }, staff(), today())).toBeUndefined();
    // The office reaches everyone.
    expect(await recordCreateTarget(h.db, { ...base(), unitIds: [f.unit.east], participantIds: [east.id] }, office, today())).toBeDefined();
  });

  it("lets a leader name the units they supervise, not others", async () => {
    const b = viewer(["leader", "staff"], { personId: f.person.leader, ownUnitIds: [f.unit.lead], supervisedUnitIds: [f.unit.east] });
    const input = { unitId: f.unit.lead, unitIds: [f.unit.east], leadId: f.person.leader, participantIds: [] };
    const target = await recordCreateTarget(h.db, input, b, today());
    expect(can(b, "record.edit", target)).toBe(true);
    expect(await recordCreateTarget(h.db, { ...input, unitIds: [f.unit.food] }, b, today())).toBeUndefined();
  });
});
