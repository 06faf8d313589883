// Integration: a fresh embedded database seeded on 1 March of a year after this one — the demo is always
// live. Staff see that year's list with business and safety duties; last year's chair acts on last year's
// decision; the year is prepared and the next is not. The clock is pinned, so this holds on any real date.
// It loads the demo on purpose: what it tests is the demo seed itself (its years follow the clock), through
// sign-in as the demo's people; the rules it goes through have their own tests on factory data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionViewerRow } from "@/db/queries/auth";
import { getDutiesForPerson } from "@/db/queries/my-duties";
import { listYearStates } from "@/db/queries/rollover";
import { getYearsInfo } from "@/db/queries/years";
import { openTestDb } from "@/db/test-utils";
import { seedDemoIfEmpty } from "@/db/scripts/seed";
import { can } from "@/lib/authz";
import { checkLogin } from "@/server/auth/login";
import { buildViewer } from "@/server/auth/roles";
import { calendarYear, now, orgDateOf, setClock, today } from "@/lib/clock";

const Y = calendarYear() + 1;
let h: Awaited<ReturnType<typeof openTestDb>>;

beforeAll(async () => {
  setClock(`${Y}-03-01T10:00:00+08:00`);
  h = await openTestDb();
  await seedDemoIfEmpty(h);
});
afterAll(async () => {
  setClock(null);
  await h?.cleanup();
});

async function viewerOf(username: string) {
  const r = await checkLogin(h.db, { username, password: "DualDuty#2026", ip: "10.0.0.9", userAgent: "vitest", now: now() });
  if (!r.ok) throw new Error(`sign-in failed for ${username}: ${r.reason}`);
  return buildViewer((await getSessionViewerRow(h.db, r.sessionId, today()))!, false, calendarYear());
}

describe(`the demo seeded on 1 March`, () => {
  it("staff see this year's list with business and safety duties", async () => {
    const staff = await viewerOf("staff-quality");
    expect(staff.mustChangePassword).toBe(false);
    const duties = await getDutiesForPerson(h.db, staff.personId!, Y, orgDateOf(Y, today()));
    const items = duties!.lists.flatMap((l) => l.items);
    expect(items.some((i) => i.kind === "business")).toBe(true);
    expect(items.some((i) => i.kind === "safety")).toBe(true);
  });

  it("the director, chair of last year's committee, may decide last year's assessment", async () => {
    const director = await viewerOf("director");
    expect(can(director, "assessment.decide", { year: Y - 1 })).toBe(true);
    expect(can(director, "report.approve", { year: Y - 1 })).toBe(false);
  });

  it("this year is prepared and the working year; next year is not", async () => {
    const info = await getYearsInfo(h.db, calendarYear());
    expect(info.workingYear).toBe(Y);
    expect(info.preparedYears).toContain(Y);
    expect(info.preparedYears).not.toContain(Y + 1);
    const [next, current] = await listYearStates(h.db, [Y, Y + 1]);
    expect(next).toMatchObject({ year: Y + 1, hasCommittee: false, lists: 0 });
    expect(current).toMatchObject({ year: Y, hasCommittee: true });
    expect(current.publishedLists).toBeGreaterThan(50);
  });
});
