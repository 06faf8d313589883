// Integration: which edition the report pages and downloads render, on the demo bureau — a live preview, the
// working draft (live records, its texts), the standing approved edition (its snapshot, unchanged after a
// record is added, rendered to the same Word text), an asked edition, a unit's sheet by the same choice, an
// unknown edition falling back to the default on a page, and a snapshot that fails its hash refused.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zipEntry } from "@/e2e/pledges/zip";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit, type AuditedTx } from "@/db/audited";
import { seedDemoIfEmpty } from "@/db/scripts/seed";
import { getReportEdition, startReportDraft, updateReportTexts } from "@/db/queries/reports";
import { approveReport } from "@/server/reports/approve";
import { people, recordPeople, reports, units, users, workRecords } from "@/db/schema";
import { annualDocxBuffer } from "@/lib/reports/annual-docx";
import {
  annualSource,
  editionSource,
  frozen,
  isTampered,
  sheetSource,
  shownSource,
  standingSource,
  type SheetSource,
  type Source,
  type Tampered,
} from "./source";
import { calendarYear } from "@/lib/clock";

/** The demo's years on the clock (DUALDUTY_NOW moves it): this year in progress, last year closed. */
const Y = calendarYear();
const LAST = Y - 1;

let h: Awaited<ReturnType<typeof openTestDb>>;
let officeUserId: number;
const run = <T>(fn: (tx: AuditedTx) => Promise<T>) =>
  withAudit(h.db, SYSTEM, async (tx) => ({ value: await fn(tx), audit: { action: "test.report" } }));
const source = <T extends Source | SheetSource>(s: T | Tampered | string | null): T => {
  if (!s || typeof s === "string" || isTampered(s)) throw new Error(`expected a source, got ${JSON.stringify(s)}`);
  return s;
};
const inspections = (s: Source) => s.data.work.find((w) => w.kind === "inspection")?.count ?? 0;

beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
  officeUserId = (await h.db.select({ id: users.id }).from(users).where(eq(users.username, "office")))[0].id;
});
afterAll(async () => {
  await h?.cleanup();
});

describe("report download source", () => {
  it("follows the year's editions: preview, draft, approved (frozen), new draft", async () => {
    const preview = source(await annualSource(h.db, LAST, null));
    expect(preview).toMatchObject({ from: "live", reportId: null, snapshotHash: null, edition: { draft: true } });
    expect(await standingSource(h.db, LAST)).toBeNull();
    const [quality] = await h.db.select({ id: units.id }).from(units).where(eq(units.code, "SEC-QUALITY"));
    const liveSheet = source(await sheetSource(h.db, LAST, quality.id, null));
    expect(liveSheet).toMatchObject({ from: "live", edition: null, reportId: null, sheet: { unitId: quality.id } });

    const draft = (await run((tx) => startReportDraft(tx, LAST, officeUserId)))!;
    await run((tx) =>
      updateReportTexts(tx, { id: draft.id, version: 1, problems: "隐患整改超期。", plans: "推进清单动态更新。" }),
    );
    const drafted = source(await annualSource(h.db, LAST, null));
    expect(drafted).toMatchObject({ from: "live", reportId: draft.id });
    expect(drafted.data.problems).toBe("隐患整改超期。");

    await withAudit(h.db, SYSTEM, (tx) =>
      approveReport(tx, { id: draft.id, version: 2 }, { userId: officeUserId, now: new Date(`${Y}-01-20T02:00:00Z`) }),
    );
    const approved = source(await annualSource(h.db, LAST, null));
    expect(approved).toMatchObject({
      from: "approved",
      reportId: draft.id,
      edition: { approvedAt: `${Y}-01-20T02:00:00.000Z` },
    });
    expect(approved.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    // The unit's sheet by the same choice: as frozen in the standing edition, with its line.
    const frozenSheet = source(await sheetSource(h.db, LAST, quality.id, null));
    expect(frozenSheet).toMatchObject({ from: "approved", reportId: draft.id, edition: approved.edition });
    expect(frozenSheet.sheet).toEqual(approved.data.scoreSheets.find((s) => s.unitId === quality.id));
    // A page asked for an unknown edition shows the default one and says so; a known one as asked.
    const unknown = await shownSource(999_999, (id) => annualSource(h.db, LAST, id));
    expect(unknown.unknownEdition).toBe(true);
    expect(source(unknown.source).reportId).toBe(draft.id);
    expect(await shownSource(draft.id, (id) => annualSource(h.db, LAST, id))).toMatchObject({ unknownEdition: false });
    const before = zipEntry(await annualDocxBuffer(approved.data, approved.edition), "word/document.xml");
    expect(before).toContain(`${Y}年1月20日审定`);

    // A record added after approval: the approved edition (and its Word text) is unchanged.
    const [unit] = await h.db.select({ id: units.id }).from(units).where(eq(units.code, "SEC-QUALITY"));
    const [person] = await h.db.select({ id: people.id }).from(people).where(eq(people.name, "钱卫东"));
    await run(async (tx) => {
      const [r] = await tx
        .insert(workRecords)
        .values({ kind: "inspection", title: "下载测试检查", occurredOn: `${LAST}-12-01`, unitId: unit.id })
        .returning({ id: workRecords.id });
      await tx.insert(recordPeople).values({ recordId: r.id, personId: person.id, role: "lead" });
    });
    const still = source(await annualSource(h.db, LAST, null));
    expect(still.snapshotHash).toBe(approved.snapshotHash);
    expect(zipEntry(await annualDocxBuffer(still.data, still.edition), "word/document.xml")).toBe(before);

    // A new draft reads the live records again, with the change; the approved edition is still asked by id.
    await run((tx) => startReportDraft(tx, LAST, officeUserId));
    const next = source(await annualSource(h.db, LAST, null));
    expect(next.from).toBe("live");
    expect(inspections(next)).toBe(inspections(approved) + 1);
    expect(await standingSource(h.db, LAST)).toBeNull();
    expect(source(await editionSource(h.db, LAST, draft.id)).snapshotHash).toBe(approved.snapshotHash);
    expect(source(await sheetSource(h.db, LAST, quality.id, null)).from).toBe("live");
    expect(source(await sheetSource(h.db, LAST, quality.id, draft.id))).toMatchObject({
      from: "approved",
      reportId: draft.id,
    });
  });

  it("refuses an edition of another year, a draft by id, and a snapshot that fails its hash", async () => {
    const approvedId = (await h.db.select({ id: reports.id }).from(reports).where(eq(reports.status, "approved")))[0]
      .id;
    const edition = await getReportEdition(h.db, approvedId);
    expect(edition?.status).toBe("approved");
    expect(await editionSource(h.db, Y, edition!.id)).toBe("notFound");
    expect(await editionSource(h.db, LAST, 999_999)).toBe("notFound");
    const draftId = source(await annualSource(h.db, LAST, null)).reportId!;
    expect(await editionSource(h.db, LAST, draftId)).toBe("notFound");
    expect(await sheetSource(h.db, Y, 1, edition!.id)).toBe("notFound");
    // A unit not in the edition: no sheet (the page says so, the download is a 404).
    expect(source(await sheetSource(h.db, LAST, 999_999, edition!.id))).toMatchObject({
      sheet: null,
      from: "approved",
    });
    const altered = { ...edition!, snapshot: { ...edition!.snapshot!, bureauName: "改过的局" } };
    expect(frozen(altered)).toMatchObject({ tampered: true, report: { id: edition!.id } });
    expect(frozen({ ...edition!, snapshot: null })).toMatchObject({ tampered: true });
    expect(source(frozen(edition!)).data.bureauName).toBe("示例市质量技术监督局");
  });
});
