// Integration: the hazard use-cases beside this file on a small org (factories, no demo) — entering a hazard
// (dates, unit, owner), its workflow steps (state, version, return needs a comment) and 挂牌督办 (major and
// open only, by a bureau leader), each with the proposals it ran and its audit entry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, SYSTEM } from "@/db/test-utils";
import { withAudit, type AuditedTx } from "@/db/audited";
import type { AuditRecord } from "@/db/queries/audit";
import { users } from "@/db/schema";
import { makeHolder, makeUnit } from "@/db/factories/cascade";
import type { Viewer } from "@/lib/authz";
import { today } from "@/lib/clock";
import { ActionError } from "@/server/action";
import { enterHazard, type HazardInput } from "./create";
import { takeHazardStep } from "./step";
import { placeUnderSupervision } from "./supervise";

let h: Awaited<ReturnType<typeof openTestDb>>;
let viewer: Viewer;
const ids = { bureau: 0, section: 0, owner: 0, leader: 0, outsider: 0 };
const TODAY = today();

beforeAll(async () => {
  h = await openTestDb();
  await withAudit(h.db, SYSTEM, async (tx) => {
    const bureau = await makeUnit(tx, { name: "示例局", kind: "bureau" });
    ids.bureau = bureau;
    const team = await makeUnit(tx, { name: "局领导", kind: "leadership", parentId: bureau });
    ids.section = await makeUnit(tx, { name: "甲科", kind: "section", parentId: bureau });
    const other = await makeUnit(tx, { name: "乙科", kind: "section", parentId: bureau });
    const start = "2000-01-01";
    ids.owner = (await makeHolder(tx, { unitId: ids.section, post: "科员", kind: "staff", person: "甲科员", startDate: start })).personId;
    ids.outsider = (await makeHolder(tx, { unitId: other, post: "科员", kind: "staff", person: "乙科员", startDate: start })).personId;
    ids.leader = (await makeHolder(tx, { unitId: team, post: "副局长", kind: "deputy_director", person: "甲副局长", startDate: start })).personId;
    const [office] = await tx.insert(users).values({ username: "hazard-office", passwordHash: "x" }).returning({ id: users.id });
    viewer = {
      userId: office.id,
      username: "hazard-office",
      personId: null,
      personName: null,
      roles: ["committee_office"],
      locale: "zh",
      headedUnitIds: [],
      liaisonUnitIds: [],
      supervisedUnitIds: [],
      ownUnitIds: [],
      mustChangePassword: false,
      sessionId: "s",
      year: Number(TODAY.slice(0, 4)),
      baseRoles: ["committee_office"],
      byYear: {},
    };
    return { value: null, audit: { action: "test.seed" } };
  });
});
afterAll(async () => {
  await h?.cleanup();
});

/** Runs a use-case in an audited transaction and returns its whole step (value and audit entry). */
const run = <S extends { value: unknown; audit: AuditRecord }>(fn: (tx: AuditedTx) => Promise<S>) =>
  withAudit(h.db, SYSTEM, async (tx) => {
    const step = await fn(tx);
    return { value: step, audit: step.audit };
  });
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof ActionError) return [e.key, e.field];
    throw e;
  }
  throw new Error("expected a refusal");
};
const hazard = (over: Partial<HazardInput> = {}): HazardInput => ({
  unitId: ids.section,
  title: "配电箱门锁损坏",
  description: null,
  level: "general",
  foundOn: TODAY,
  deadline: TODAY,
  ownerPersonId: ids.owner,
  recordId: null,
  ...over,
});
const later = (days: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("hazard use-cases", () => {
  it("enters a hazard for an assessed unit, owned by one of its people; refuses bad dates, units and owners", async () => {
    expect(await refusal(run((tx) => enterHazard(tx, hazard({ foundOn: later(1), deadline: later(2) }), viewer)))).toEqual(["hazards.errors.foundInFuture", "foundOn"]);
    expect(await refusal(run((tx) => enterHazard(tx, hazard({ deadline: later(-1) }), viewer)))).toEqual(["hazards.errors.deadlineBeforeFound", "deadline"]);
    // The bureau itself is not assessed: only sections, affiliated units and branches own hazards.
    expect(await refusal(run((tx) => enterHazard(tx, hazard({ unitId: ids.bureau }), viewer)))).toEqual(["validation.choice", "unitId"]);
    expect(await refusal(run((tx) => enterHazard(tx, hazard({ ownerPersonId: ids.outsider }), viewer)))).toEqual(["hazards.errors.ownerNotInUnit", "ownerPersonId"]);
    const r = await run((tx) => enterHazard(tx, hazard(), viewer));
    expect(r.audit).toMatchObject({ action: "hazard.create", objectId: r.value.id, after: { title: "配电箱门锁损坏", proposed: { deductions: 0, vetoes: 0 } } });
  });

  it("moves through its steps by state and version; a return needs a comment", async () => {
    const { value } = await run((tx) => enterHazard(tx, hazard({ title: "消防通道堆物" }), viewer));
    const step = (s: Parameters<typeof takeHazardStep>[2], version: number, comment: string | null = null) =>
      run((tx) => takeHazardStep(tx, { hazardId: value.id, version, comment, rectifiedOn: null }, s, viewer.userId));
    expect(await refusal(step("accept", 1))).toEqual(["hazards.errors.wrongState", undefined]);
    expect((await step("start", 1)).value).toEqual({ status: "rectifying" });
    expect(await refusal(step("submit", 1))).toEqual(["errors.conflict", undefined]);
    expect((await step("submit", 2)).value).toEqual({ status: "awaiting_acceptance" });
    expect(await refusal(step("return", 3))).toEqual(["validation.required", "comment"]);
    const back = await step("return", 3, "整改照片不清晰");
    expect(back.audit).toMatchObject({ action: "hazard.return", before: { status: "awaiting_acceptance" }, after: { status: "rectifying", comment: "整改照片不清晰" } });
  });

  it("puts an open major hazard under a bureau leader's supervision, and nothing else", async () => {
    const general = await run((tx) => enterHazard(tx, hazard({ title: "一般隐患" }), viewer));
    const major = await run((tx) => enterHazard(tx, hazard({ title: "重大隐患", level: "major", deadline: later(30) }), viewer));
    const plan = { measures: "停用整改", funds: "2万元", planDeadline: later(20), responsible: "甲科员", emergencyPlan: "应急预案" };
    const supervise = (hazardId: number, leaderId: number) =>
      run((tx) => placeUnderSupervision(tx, { hazardId, version: 1, leaderId, ...plan }, viewer.userId));
    expect(await refusal(supervise(general.value.id, ids.leader))).toEqual(["hazards.errors.notMajor", undefined]);
    expect(await refusal(supervise(major.value.id, ids.owner))).toEqual(["hazards.errors.notLeader", "leaderId"]);
    const r = await supervise(major.value.id, ids.leader);
    expect(r.audit).toMatchObject({ action: "hazard.supervise", before: { isSupervised: false }, after: { leaderId: ids.leader, plan: { deadline: plan.planDeadline } } });
  });
});
