// Integration: the 年度切换 pledges step (server/rollover/pledges.ts) on a small bureau made here with this
// year's lists published — refused for a past year and for a year with no published list yet; generates the
// year's pledges once (a rerun creates none and counts them as existing), audited with its counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAudit } from "@/db/audited";
import { build, makeBureau } from "@/db/factories";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { calendarYear, now } from "@/lib/clock";
import { ActionError } from "@/server/action";
import { rolloverPledges } from "./pledges";

const Y = calendarYear();
let h: Awaited<ReturnType<typeof openTestDb>>;

const step = (year: number) => withAudit(h.db, SYSTEM, (tx) => rolloverPledges(tx, year, now()));
const refusal = async (year: number) => {
  try {
    await step(year);
  } catch (e) {
    if (e instanceof ActionError) return { key: e.key, field: e.field };
    throw e;
  }
  throw new Error("expected a refusal");
};

beforeAll(async () => {
  h = await openTestDb();
  await build(h.db, (tx) =>
    makeBureau(tx, { years: [Y, Y + 1], lists: { year: Y, publishedAt: `${Y}-01-10T10:00:00+08:00` } }),
  );
});
afterAll(async () => {
  await h?.cleanup();
});

describe("the rollover's pledges step", () => {
  it("refuses a past year, and a year whose lists are not published yet", async () => {
    expect(await refusal(Y - 1)).toEqual({ key: "rollover.errors.year", field: "year" });
    expect(await refusal(Y + 1)).toEqual({ key: "rollover.errors.waitingForLists", field: undefined });
  });

  it("generates the year's pledges once: a rerun creates none", async () => {
    const first = await step(Y);
    expect(first.message).toBe("rollover.done.pledges");
    expect(first.values.created).toBeGreaterThan(0);
    expect(first.values.existing).toBe(0);
    const again = await step(Y);
    expect(again.values).toMatchObject({ created: 0, existing: first.values.created });
  });
});
