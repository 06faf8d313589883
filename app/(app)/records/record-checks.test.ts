// Integration: the scope check a new record goes through on the demo bureau — the owner unit, the units
// concerned and the people must be within the viewer's reach (forged ones refused), and staff record only
// work they took part in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { listPeopleChoices } from "@/db/queries/record-choices";
import { seedDemo } from "@/db/seed/demo";
import { seedDuties } from "@/db/seed/duties";
import { can, type Role, type Viewer } from "@/lib/authz";
import { recordCreateTarget } from "./record-checks";
import { calendarYear, today } from "@/lib/clock";

/** The demo's year in progress on the clock (DUALDUTY_NOW moves it). */
const Y = calendarYear();

let h: Awaited<ReturnType<typeof openTestDb>>;
const unit: Record<string, number> = {};
const person: Record<string, number> = {};

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    await seedDemo(tx, { passwordHash: "x" });
    await seedDuties(tx);
    return { value: null, audit: { action: "test.seed" } };
  });
  for (const r of await h.query<{ id: number; code: string }>("select id, code from units")) unit[r.code] = Number(r.id);
  for (const r of await h.query<{ id: number; name: string }>("select id, name from people")) person[r.name] = Number(r.id);
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
  const staff = () => viewer(["staff"], { personId: person["齐小萌"], ownUnitIds: [unit["SEC-QUALITY"]] });
  const base = () => ({ unitId: unit["SEC-QUALITY"], unitIds: [unit["SEC-QUALITY"]], leadId: person["齐小萌"], participantIds: [] });

  it("lets staff record work they took part in, for their own unit", async () => {
    const target = await recordCreateTarget(h.db, base(), staff(), today());
    expect(target).toEqual({ unitIds: [unit["SEC-QUALITY"]], personId: person["齐小萌"] });
    expect(can(staff(), "record.edit", target)).toBe(true);
  });

  it("refuses staff a record they are not on", async () => {
    const target = await recordCreateTarget(h.db, { ...base(), leadId: person["钱卫东"] }, staff(), today());
    expect(can(staff(), "record.edit", target)).toBe(false);
  });

  it("refuses a unit outside the viewer's scope, an unknown unit and a person out of reach", async () => {
    expect(await recordCreateTarget(h.db, { ...base(), unitIds: [unit["BR-EAST"]] }, staff(), today())).toBeUndefined();
    expect(await recordCreateTarget(h.db, { ...base(), unitId: unit["BR-EAST"] }, staff(), today())).toBeUndefined();
    const office = viewer(["committee_office", "staff"], { personId: person["欧阳晓雯"], ownUnitIds: [unit["SEC-SPECIAL"]] });
    expect(await recordCreateTarget(h.db, { ...base(), unitIds: [999_999] }, office, today())).toBeUndefined();
    const [east] = await listPeopleChoices(h.db, [unit["BR-EAST"]], today()).then((p) => p.filter((x) => x.unitId === unit["BR-EAST"]));
    expect(await recordCreateTarget(h.db, { ...base(), participantIds: [east.id] }, staff(), today())).toBeUndefined();
    // The office reaches everyone.
    expect(await recordCreateTarget(h.db, { ...base(), unitIds: [unit["BR-EAST"]], participantIds: [east.id] }, office, today())).toBeDefined();
  });

  it("lets a leader name the units they supervise, not others", async () => {
    const b = viewer(["leader", "staff"], { personId: person["白文涛"], ownUnitIds: [unit["LEAD"]], supervisedUnitIds: [unit["BR-EAST"]] });
    const input = { unitId: unit["LEAD"], unitIds: [unit["BR-EAST"]], leadId: person["白文涛"], participantIds: [] };
    const target = await recordCreateTarget(h.db, input, b, today());
    expect(can(b, "record.edit", target)).toBe(true);
    expect(await recordCreateTarget(h.db, { ...input, unitIds: [unit["SEC-FOOD"]] }, b, today())).toBeUndefined();
  });
});
