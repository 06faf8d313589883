// Integration: a list signature binds to its text; tampering is found; a double submit is one signature.
// On a unit made here: its head (with a login), a member of staff and a former head, and the unit's list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit } from "../audited";
import { build, makeList, makeMember, makeUnit, makeUser } from "../factories";
import { getListHeader, listWorkingItems } from "./duties";
import { createSignature, listSignaturesOf, listSignerIds } from "./signoff";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import { checkSignature } from "@/lib/duties/workflow";
import { calendarYear, now, today } from "@/lib/clock";

/** This year on the clock (DUALDUTY_NOW moves it). */
const Y = calendarYear();

let h: Awaited<ReturnType<typeof openTestDb>>;
let f: { listId: number; chief: { id: number; personId: number | null } };
beforeAll(async () => {
  h = await openTestDb();
  f = await build(h.db, async (tx) => {
    const unit = await makeUnit(tx, { name: "质量监督科" });
    const head = await makeMember(tx, { unitId: unit.id, kind: "head", post: "科长" });
    // The head before him, and a member of staff: neither signs the unit's list.
    await makeMember(tx, { unitId: unit.id, postId: head.postId, endDate: `${Y - 1}-12-31` });
    await makeMember(tx, { unitId: unit.id, post: "质量监督员" });
    const { list } = await makeList(tx, {
      year: Y,
      unitId: unit.id,
      items: [{ text: "组织开展产品质量监督抽查", kind: "business" }, { text: "督促质量监督对象落实安全生产主体责任", kind: "safety", category: "supervision" }],
      publishedAt: `${Y}-01-05T10:00:00+08:00`,
    });
    const chief = await makeUser(tx, { personId: head.personId });
    return { listId: list.id, chief };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

const qualityList = async () => (await getListHeader(h.db, f.listId))!;

describe("list signatures", () => {
  it("the head of the unit is the signer of its unit list", async () => {
    const list = await qualityList();
    expect(await listSignerIds(h.db, list, today())).toEqual([f.chief.personId]);
  });

  it("two submits at once make one signature; altering the stored text is detected", async () => {
    const list = await qualityList();
    const chief = f.chief;
    const content = canonicalListContent(list, await listWorkingItems(h.db, list.id));
    const sig = {
      listId: list.id,
      role: "confirm" as const,
      signerUserId: chief.id,
      signerPersonId: chief.personId,
      signerPost: "科长",
      content,
      contentHash: contentHash(content),
      method: "password",
      signedAt: now(),
    };
    const sign = () => withAudit(h.db, SYSTEM, async (tx) => ({ value: await createSignature(tx, sig), audit: { action: "duty.list.sign" } }));
    const [a, b] = await Promise.all([sign(), sign()]);
    expect(a.signature.id).toBe(b.signature.id);
    expect([a.isNew, b.isNew].sort()).toEqual([false, true]);
    const [stored] = await listSignaturesOf(h.db, list.id);
    expect(checkSignature(stored, sig.contentHash)).toEqual({ intact: true, current: true });

    await expect(h.query(`update list_signatures set content = 'x' where id = ${stored.id}`)).rejects.toThrow(/immutable/);
    await h.query("alter table list_signatures disable trigger list_signatures_immutable");
    await h.query(`update list_signatures set content = replace(content, '质量', '数量') where id = ${stored.id}`);
    await h.query("alter table list_signatures enable trigger list_signatures_immutable");
    const [tampered] = await listSignaturesOf(h.db, list.id);
    expect(checkSignature(tampered, sig.contentHash).intact).toBe(false);
  });
});
