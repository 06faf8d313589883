// Integration: a list signature binds to its text; tampering is found; a double submit is one signature.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "../test-utils";
import { withAudit } from "../audited";
import { seedDemoIfEmpty } from "../scripts/seed";
import { findUserByUsername } from "./auth";
import { listResponsibilityLists, listWorkingItems } from "./duties";
import { createSignature, listSignaturesOf, listSignerIds } from "./signoff";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import { checkSignature } from "@/lib/duties/workflow";
import { calendarYear, now, today } from "@/lib/clock";

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

async function qualityList() {
  const lists = await listResponsibilityLists(h.db, { year: Y, ownerType: "unit" });
  return lists.find((l) => l.unitName === "质量监督科")!;
}

describe("list signatures", () => {
  it("the head of the unit is the signer of its unit list", async () => {
    const list = await qualityList();
    const chief = await findUserByUsername(h.db, "chief-quality");
    expect(await listSignerIds(h.db, list, today())).toEqual([chief!.personId]);
  });

  it("two submits at once make one signature; altering the stored text is detected", async () => {
    const list = await qualityList();
    const chief = (await findUserByUsername(h.db, "chief-quality"))!;
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
