// Integration: publishing makes an immutable, hashed version; a new year starts from the last one. On a
// unit made here with a unit list, two post lists (published) and a draft list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit } from "../audited";
import { build, makeList, makePost, makeUnit } from "../factories";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import { createYearFromPrevious, publishList, updateItem } from "./duty-writes";
import { getListHeader, listResponsibilityLists, listVersionItemsOf, listVersionsOf, listWorkingItems } from "./duties";
import { calendarYear, now } from "@/lib/clock";

/** This year on the clock (DUALDUTY_NOW moves it). */
const Y = calendarYear();

let h: Awaited<ReturnType<typeof openTestDb>>;
let lists: { unit: number; post: number; other: number; draft: number };
beforeAll(async () => {
  h = await openTestDb();
  lists = await build(h.db, async (tx) => {
    const unit = await makeUnit(tx, { name: "质量监督科" });
    const [a, b, c] = [await makePost(tx, { unitId: unit.id, kind: "head" }), await makePost(tx, { unitId: unit.id }), await makePost(tx, { unitId: unit.id })];
    const published = `${Y}-03-10T10:00:00+08:00`;
    return {
      unit: (await makeList(tx, { year: Y, unitId: unit.id, publishedAt: published })).list.id,
      post: (await makeList(tx, { year: Y, unitId: unit.id, postId: a.id, publishedAt: published })).list.id,
      other: (await makeList(tx, { year: Y, unitId: unit.id, postId: b.id, publishedAt: published })).list.id,
      draft: (await makeList(tx, { year: Y, unitId: unit.id, postId: c.id })).list.id,
    };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

const audited = <T>(fn: Parameters<typeof withAudit<T>>[2]) => withAudit(h.db, SYSTEM, fn);

describe("publishing", () => {
  it("snapshots the working copy with the hash of its canonical content; versions cannot change", async () => {
    const list = (await getListHeader(h.db, lists.unit))!;
    const items = await listWorkingItems(h.db, list.id);
    await audited(async (tx) => ({ value: await updateItem(tx, items[0].id, items[0].version, { scope: "全局" }), audit: { action: "t" } }));
    const header = (await getListHeader(h.db, list.id))!;
    const r = await audited(async (tx) => ({ value: await publishList(tx, list.id, header.version, null, now()), audit: { action: "t" } }));
    expect(r!.version.versionNo).toBe(2);
    const published = await listVersionItemsOf(h.db, list.id, r!.version.versionNo);
    expect(published.find((i) => i.itemKey === items[0].itemKey)?.scope).toBe("全局");
    expect(r!.version.contentHash).toBe(contentHash(canonicalListContent(header, published)));
    await expect(h.query(`update list_version_items set text = 'x' where version_id = ${r!.version.id}`)).rejects.toThrow(/immutable/);
    await expect(h.query(`delete from list_versions where id = ${r!.version.id}`)).rejects.toThrow(/immutable/);
  });

  it("refuses a stale publish (version check)", async () => {
    const list = (await getListHeader(h.db, lists.post))!;
    const r = await audited(async (tx) => ({ value: await publishList(tx, list.id, list.version - 1, null, now()), audit: { action: "t" } }));
    expect(r).toBeNull();
    expect((await listVersionsOf(h.db, list.id)).length).toBe(1);
    expect((await getListHeader(h.db, list.id))!).toMatchObject({ version: list.version, publishedVersionNo: 1 });
  });
});

describe("new year", () => {
  it("starts next year from this year in one step, keeping item keys, and does it once", async () => {
    const before = await listResponsibilityLists(h.db, { year: Y });
    const published = before.filter((l) => l.publishedVersionNo);
    // The draft list was never published: it does not carry over.
    expect(published.map((l) => l.id).sort()).toEqual(before.filter((l) => l.id !== lists.draft).map((l) => l.id).sort());
    const n = await audited(async (tx) => ({ value: await createYearFromPrevious(tx, Y, Y + 1), audit: { action: "t" } }));
    expect(n).toBe(published.length);
    const next = await listResponsibilityLists(h.db, { year: Y + 1 });
    expect(next).toHaveLength(published.length);
    expect(next.every((l) => l.status === "draft")).toBe(true);
    const src = published.find((l) => l.id === lists.unit)!;
    const dst = next.find((l) => l.ownerType === src.ownerType && l.unitId === src.unitId && l.postId === src.postId && l.leaderId === src.leaderId)!;
    const srcKeys = (await listVersionItemsOf(h.db, src.id, src.publishedVersionNo!)).map((i) => i.itemKey).sort();
    expect((await listWorkingItems(h.db, dst.id)).map((i) => i.itemKey).sort()).toEqual(srcKeys);
    const again = await audited(async (tx) => ({ value: await createYearFromPrevious(tx, Y, Y + 1), audit: { action: "t" } }));
    expect(again).toBe(0);
  });
});
