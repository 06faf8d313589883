// Integration: freezing the annual report (the editions' queries, db/queries/reports.ts, and the approval
// use-case beside this file). Approval stores the data with its SHA-256; a record changed afterwards leaves
// the approved edition byte-identical while a new draft shows the change; stale edits and approvals are
// refused, and an approved row cannot be changed at all.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit, type AuditedTx } from "@/db/audited";
import { seedDemoIfEmpty } from "@/db/scripts/seed";
import { people, recordPeople, reports, units, users, workRecords } from "@/db/schema";
import { canonicalJson } from "@/lib/audit/chain";
import { isSnapshotIntact, snapshotHash } from "@/lib/reports/hash";
import { getReportEdition, listReportEditions, listReportYears, startReportDraft, updateReportTexts } from "@/db/queries/reports";
import { getAnnualReportData } from "@/db/queries/report-data";
import { ActionError } from "@/server/action";
import { approveReport } from "./approve";
import { calendarYear, now } from "@/lib/clock";

/** The demo's years on the clock (DUALDUTY_NOW moves it): this year in progress, last year closed. */
const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;
let officeUserId: number;
const run = <T>(fn: (tx: AuditedTx) => Promise<T>) =>
  withAudit(h.db, SYSTEM, async (tx) => ({ value: await fn(tx), audit: { action: "test.report" } }));
const approve = (id: number, version: number, at: Date) =>
  withAudit(h.db, SYSTEM, (tx) => approveReport(tx, { id, version }, { userId: officeUserId, now: at }));
/** The message key an approval is refused with. */
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ActionError) return e.key;
    throw e;
  }
  throw new Error("expected a refusal");
};

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
  officeUserId = (await h.db.select({ id: users.id }).from(users).where(eq(users.username, "office")))[0].id;
});
afterAll(async () => {
  await h?.cleanup();
});

describe("report editions", () => {
  let draftId: number;
  let approvedId: number;
  let approvedHash: string;
  let approvedJson: string;

  it("starts one draft per year and edits its texts with a version check", async () => {
    const draft = (await run((tx) => startReportDraft(tx, LAST, officeUserId)))!;
    draftId = draft.id;
    expect(draft.status).toBe("draft");
    expect(await run((tx) => startReportDraft(tx, LAST, officeUserId))).toBeUndefined();
    const edited = await run((tx) => updateReportTexts(tx, { id: draftId, version: 1, problems: "部分单位隐患整改超期。", plans: `${Y}年推进清单动态更新。` }));
    expect(edited?.version).toBe(2);
    // Stale: someone saved in between.
    expect(await run((tx) => updateReportTexts(tx, { id: draftId, version: 1, problems: "x", plans: "y" }))).toBeUndefined();
    expect(await listReportYears(h.db)).toEqual(expect.arrayContaining([Y, LAST]));
  });

  it("approval freezes the data with its hash in one guarded update; a stale approval is refused", async () => {
    expect(await refusal(approve(draftId, 1, now()))).toBe("reports.errors.stale");
    const at = now();
    expect(await approve(draftId, 2, at)).toEqual({ id: draftId });
    const edition = (await getReportEdition(h.db, draftId))!;
    expect(edition.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    expect(edition.status).toBe("approved");
    expect(edition.approverName).toBe("欧阳晓雯");
    expect(edition.snapshot!.problems).toBe("部分单位隐患整改超期。");
    expect(edition.snapshot!.generatedAt).toBe(at.toISOString());
    // The hash is over the canonical JSON, so the snapshot read back from jsonb still matches it.
    expect(snapshotHash(edition.snapshot)).toBe(edition.snapshotHash);
    expect(isSnapshotIntact(edition.snapshot, edition.snapshotHash)).toBe(true);
    approvedId = draftId;
    approvedHash = edition.snapshotHash!;
    approvedJson = canonicalJson(edition.snapshot);
    // Approving again: no longer a draft.
    expect(await refusal(approve(draftId, 3, at))).toBe("reports.errors.notDraft");
  });

  it("an approved row is immutable", async () => {
    await expect(h.db.update(reports).set({ problems: "改" }).where(eq(reports.id, approvedId))).rejects.toThrow();
    await expect(h.db.delete(reports).where(eq(reports.id, approvedId))).rejects.toThrow();
  });

  it("after a record changes, the approved edition is byte-identical and a new draft shows the change", async () => {
    const special = (await h.db.select({ id: units.id }).from(units).where(eq(units.code, "SEC-SPECIAL")))[0].id;
    const bai = (await h.db.select({ id: people.id }).from(people).where(eq(people.name, "白文涛")))[0].id;
    const before = await getAnnualReportData(h.db, LAST, { problems: "", plans: "" });
    await run(async (tx) => {
      const [r] = await tx
        .insert(workRecords)
        .values({ kind: "inspection", title: "年终安全生产大检查", occurredOn: `${LAST}-12-28`, unitId: special })
        .returning({ id: workRecords.id });
      await tx.insert(recordPeople).values({ recordId: r.id, personId: bai, role: "lead" });
    });
    const frozen = (await getReportEdition(h.db, approvedId))!;
    expect(frozen.snapshotHash).toBe(approvedHash);
    expect(canonicalJson(frozen.snapshot)).toBe(approvedJson);
    expect(snapshotHash(frozen.snapshot)).toBe(approvedHash);

    const next = (await run((tx) => startReportDraft(tx, LAST, officeUserId)))!;
    // Texts carried over from the approved edition.
    expect(next.problems).toBe("部分单位隐患整改超期。");
    const live = await getAnnualReportData(h.db, LAST, { problems: next.problems, plans: next.plans });
    const inspections = (d: typeof live) => d.work.find((w) => w.kind === "inspection")!.count;
    expect(inspections(live)).toBe(inspections(before) + 1);
    expect(live.leaders.find((l) => l.name === "白文涛")!.inspectionsLed).toBe(
      before.leaders.find((l) => l.name === "白文涛")!.inspectionsLed + 1,
    );
    expect(inspections(frozen.snapshot!)).toBe(inspections(before));

    const editions = await listReportEditions(h.db, LAST);
    expect(editions.map((e) => e.status)).toEqual(["draft", "approved"]);
  });
});
