// Integration: publishing makes an immutable, hashed version; a new year starts from the last one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit } from "../audited";
import { seedDemoIfEmpty } from "../scripts/seed";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import { createYearFromPrevious, publishList, updateItem } from "./duty-writes";
import { getListHeader, listResponsibilityLists, listVersionItemsOf, listVersionsOf, listWorkingItems } from "./duties";
import { calendarYear, now } from "@/lib/clock";

/** The demo's year in progress on the clock (DUALDUTY_NOW moves it). */
const Y = calendarYear();

let h: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  h = await openTestDb();
  await seedDemoIfEmpty(h);
});
afterAll(async () => {
  await h?.cleanup();
});

const audited = <T>(fn: Parameters<typeof withAudit<T>>[2]) => withAudit(h.db, SYSTEM, fn);

describe("publishing", () => {
  it("snapshots the working copy with the hash of its canonical content; versions cannot change", async () => {
    const [list] = await listResponsibilityLists(h.db, { year: Y, ownerType: "unit" });
    const items = await listWorkingItems(h.db, list.id);
    await audited(async (tx) => ({ value: await updateItem(tx, items[0].id, items[0].version, { scope: "全局" }), audit: { action: "t" } }));
    const header = (await getListHeader(h.db, list.id))!;
    const r = await audited(async (tx) => ({ value: await publishList(tx, list.id, header.version, null, now()), audit: { action: "t" } }));
    expect(r).not.toBeNull();
    const published = await listVersionItemsOf(h.db, list.id, r!.version.versionNo);
    expect(published.find((i) => i.itemKey === items[0].itemKey)?.scope).toBe("全局");
    expect(r!.version.contentHash).toBe(contentHash(canonicalListContent(header, published)));
    await expect(h.query(`update list_version_items set text = 'x' where version_id = ${r!.version.id}`)).rejects.toThrow(/immutable/);
    await expect(h.query(`delete from list_versions where id = ${r!.version.id}`)).rejects.toThrow(/immutable/);
  });

  it("refuses a stale publish (version check)", async () => {
    const [list] = await listResponsibilityLists(h.db, { year: Y, ownerType: "post" });
    const r = await audited(async (tx) => ({ value: await publishList(tx, list.id, list.version - 1, null, now()), audit: { action: "t" } }));
    expect(r).toBeNull();
    expect((await listVersionsOf(h.db, list.id)).length).toBe(list.publishedVersionNo ?? 0);
  });
});

describe("new year", () => {
  it("starts next year from this year in one step, keeping item keys, and does it once", async () => {
    const before = await listResponsibilityLists(h.db, { year: Y });
    const published = before.filter((l) => l.publishedVersionNo);
    const n = await audited(async (tx) => ({ value: await createYearFromPrevious(tx, Y, Y + 1), audit: { action: "t" } }));
    expect(n).toBe(published.length);
    const next = await listResponsibilityLists(h.db, { year: Y + 1 });
    expect(next.every((l) => l.status === "draft")).toBe(true);
    const src = published[0];
    const dst = next.find((l) => l.ownerType === src.ownerType && l.unitId === src.unitId && l.postId === src.postId && l.leaderId === src.leaderId)!;
    const srcKeys = (await listVersionItemsOf(h.db, src.id, src.publishedVersionNo!)).map((i) => i.itemKey).sort();
    expect((await listWorkingItems(h.db, dst.id)).map((i) => i.itemKey).sort()).toEqual(srcKeys);
    const again = await audited(async (tx) => ({ value: await createYearFromPrevious(tx, Y, Y + 1), audit: { action: "t" } }));
    expect(again).toBe(0);
  });
});
