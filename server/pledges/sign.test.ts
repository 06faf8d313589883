// Integration: signing a pledge (the use-case beside this file) on a small org — party B then party A, a
// double submit absorbed as one signature, someone else refused, a text changed in the database never signed.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit } from "@/db/audited";
import { users } from "@/db/schema";
import { makeHolder, makePublishedLists, makeUnit } from "@/db/factories/cascade";
import { getPledge, listPledgesOfYear } from "@/db/queries/pledges";
import { ActionError } from "@/server/action";
import { generatePledges } from "./generate";
import { signPledge } from "./sign";

const Y = 2031;
const AT = new Date(`${Y}-03-20T02:00:00Z`);
let h: Awaited<ReturnType<typeof openTestDb>>;
const who: Record<string, { userId: number; personId: number }> = {};

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    const bureau = await makeUnit(tx, { name: "示例局", kind: "bureau" });
    const team = await makeUnit(tx, { name: "局领导", kind: "leadership", parentId: bureau });
    const people = {
      director: await makeHolder(tx, { unitId: team, post: "局长", kind: "director", person: "甲局长", startDate: `${Y}-01-01` }),
      deputy: await makeHolder(tx, { unitId: team, post: "副局长", kind: "deputy_director", person: "乙副局长", startDate: `${Y}-01-01`, sortOrder: 1 }),
      engineer: await makeHolder(tx, { unitId: team, post: "总工程师", kind: "chief_engineer", person: "丙总工", startDate: `${Y}-01-01`, sortOrder: 2 }),
    };
    for (const [name, p] of Object.entries(people)) {
      const [u] = await tx.insert(users).values({ username: `sign-${name}`, passwordHash: "x", personId: p.personId }).returning({ id: users.id });
      who[name] = { userId: u.id, personId: p.personId };
    }
    const leaderList = (leaderId: number) => ({ year: Y, ownerType: "leader" as const, unitId: team, postId: null, leaderId });
    await makePublishedLists(tx, [leaderList(people.deputy.personId), leaderList(people.engineer.personId)], AT);
    await generatePledges(tx, Y, AT);
    return { value: null, audit: { action: "test.seed" } };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

const pledgeOf = async (bName: string) => (await listPledgesOfYear(h.db, Y)).find((p) => p.partyBName === bName)!;
const sign = (pledgeId: number, signer: { userId: number; personId: number }) =>
  withAudit(h.db, SYSTEM, (tx) => signPledge(tx, pledgeId, signer, AT));
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ActionError) return e.key;
    throw e;
  }
  throw new Error("expected a refusal");
};

describe("signing a pledge", () => {
  it("party B signs, a double submit finds the first signature, party A completes it", async () => {
    const p = await pledgeOf("乙副局长");
    const first = await sign(p.id, who.deputy);
    expect(first.status).toBe("signed_b");
    expect(await sign(p.id, who.deputy)).toEqual({ signatureId: first.signatureId, status: "signed_b" });
    expect((await sign(p.id, who.director)).status).toBe("complete");
    const full = (await getPledge(h.db, p.id))!;
    expect(full.signatures.map((s) => [s.party, s.signerName, s.signerPost, s.contentHash])).toEqual([
      ["b", "乙副局长", "副局长", full.contentHash],
      ["a", "甲局长", "局长", full.contentHash],
    ]);
  });

  it("refuses someone who is not a party, and a text changed after generation", async () => {
    const p = await pledgeOf("丙总工");
    expect(await refusal(sign(p.id, who.deputy))).toBe("errors.forbidden");
    await h.db.execute(sql`update pledges set content = content || '。' where id = ${p.id}`);
    expect(await refusal(sign(p.id, who.engineer))).toBe("pledges.tampered");
    expect((await getPledge(h.db, p.id))!.signatures).toEqual([]);
  });
});
