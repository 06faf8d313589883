// Integration: year-scoped authority at the year boundary. The chair and 分管 leader of year Y keep
// authority over Y's objects after 1 January, while the working year — and with it the default roles —
// moves to Y+1 only once Y+1's committee exists. Small factories, no demo.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAudit } from "@/db/audited";
import { getSessionViewerRow } from "@/db/queries/auth";
import { committeeMembers, committees, people, sessions, supervisions, units, users } from "@/db/schema";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { can, forYear, hasPermission } from "@/lib/authz";
import { buildViewer } from "@/server/auth/roles";

let h: Awaited<ReturnType<typeof openTestDb>>;
const Y = 2030; // any year: every date below is computed from it
const ids = { office: 0, unitA: 0, unitB: 0, chair: 0, other: 0 };

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    const [office, unitA, unitB] = await tx
      .insert(units)
      .values([
        { code: "T-OFFICE", name: "安委办", kind: "section" },
        { code: "T-A", name: "甲科", kind: "section" },
        { code: "T-B", name: "乙科", kind: "section" },
      ])
      .returning({ id: units.id });
    const [chair, other] = await tx
      .insert(people)
      .values([
        { staffNo: "T001", name: "甲局长" },
        { staffNo: "T002", name: "乙局长" },
      ])
      .returning({ id: people.id });
    Object.assign(ids, { office: office.id, unitA: unitA.id, unitB: unitB.id, chair: chair.id, other: other.id });
    const [user] = await tx.insert(users).values({ username: "t-chair", passwordHash: "x", personId: chair.id }).returning({ id: users.id });
    const at = new Date(`${Y + 1}-01-15T02:00:00Z`);
    await tx.insert(sessions).values({ id: "s-year", userId: user.id, sessionVersion: 1, ip: null, userAgent: null, createdAt: at, lastSeenAt: at });
    const [c] = await tx.insert(committees).values({ year: Y, name: `${Y} 安委会`, officeUnitId: office.id }).returning({ id: committees.id });
    await tx.insert(committeeMembers).values({ committeeId: c.id, personId: chair.id, role: "chair" });
    await tx.insert(supervisions).values({ year: Y, leaderId: chair.id, unitId: unitA.id, kind: "primary" });
    return { value: null, audit: { action: "test.seed" } };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

const viewerOn = async (date: string) => buildViewer((await getSessionViewerRow(h.db, "s-year", date))!, false, Number(date.slice(0, 4)));

describe("authority follows the year of the object", () => {
  it("on 15 January of Y+1, before the rollover, the working year is still Y and Y's chair acts on Y", async () => {
    const v = await viewerOn(`${Y + 1}-01-15`);
    expect(v.year).toBe(Y);
    expect(hasPermission(v, "assessment.decide")).toBe(true);
    expect(can(v, "assessment.decide", { year: Y })).toBe(true);
    expect(can(v, "duty.review", { unitIds: [ids.unitA], year: Y })).toBe(true);
  });

  it("once Y+1 is prepared with another chair, Y's chair still decides Y but not Y+1", async () => {
    await withAudit(h.db, SYSTEM, async (tx) => {
      const [c] = await tx.insert(committees).values({ year: Y + 1, name: `${Y + 1} 安委会`, officeUnitId: ids.office }).returning({ id: committees.id });
      await tx.insert(committeeMembers).values([
        { committeeId: c.id, personId: ids.other, role: "chair" },
        { committeeId: c.id, personId: ids.chair, role: "member" },
      ]);
      await tx.insert(supervisions).values({ year: Y + 1, leaderId: ids.chair, unitId: ids.unitB, kind: "primary" });
      return { value: null, audit: { action: "test.seed" } };
    });
    const v = await viewerOn(`${Y + 1}-02-01`);
    expect(v.year).toBe(Y + 1);
    expect(v.roles).toContain("committee_member");
    expect(v.roles).not.toContain("committee_chair");
    expect(can(v, "assessment.decide", { year: Y })).toBe(true);
    expect(can(v, "assessment.decide", { year: Y + 1 })).toBe(false);
    expect(can(v, "duty.review", { unitIds: [ids.unitA], year: Y })).toBe(true);
    expect(can(v, "duty.review", { unitIds: [ids.unitA], year: Y + 1 })).toBe(false);
    expect(can(v, "duty.review", { unitIds: [ids.unitB], year: Y + 1 })).toBe(true);
    expect(forYear(v, Y).supervisedUnitIds).toEqual([ids.unitA]);
  });

  it("on 31 December of Y the working year is Y even though Y+1 is prepared", async () => {
    const v = await viewerOn(`${Y}-12-31`);
    expect(v.year).toBe(Y);
    expect(v.roles).toContain("committee_chair");
  });
});
