import { describe, expect, it } from "vitest";
import { cascade, edge } from "./test-fixture";
import { listState, pledgeState, rowState } from "./status";

const rows = cascade();
const byName = (n: string) => rows.find((e) => e.bName === n)!;

describe("who blocks a pledge", () => {
  it("未生成 without a pledge; B signs first; A countersigns after B; complete is done", () => {
    expect(pledgeState(byName("钱"))).toEqual({ state: "none" });
    expect(pledgeState(byName("徐"))).toEqual({ state: "waiting", waiting: { name: "徐", act: "sign" } });
    expect(pledgeState(byName("安"))).toEqual({ state: "waiting", waiting: { name: "杜", act: "countersign" } });
    expect(pledgeState(byName("齐"))).toEqual({ state: "waiting", waiting: { name: "齐", act: "sign" } });
    expect(pledgeState(byName("沈"))).toEqual({ state: "complete" });
  });
  it("a superseded pledge counts as none", () => {
    expect(pledgeState(edge({ level: 3, bId: 1, bName: "x", pledgeId: 9, pledgeStatus: "superseded" })).state).toBe("none");
  });
});

describe("who blocks a list confirmation", () => {
  it("follows the workflow: editor, reviewer, then party B; a stale signature asks for a new one", () => {
    expect(listState(byName("王"))).toEqual({ state: "waiting", waiting: { name: null, act: "submit" } });
    expect(listState(byName("钱"))).toEqual({ state: "waiting", waiting: { name: "安", act: "review" } });
    expect(listState(byName("齐"))).toEqual({ state: "waiting", waiting: { name: "齐", act: "confirm" } });
    expect(listState(byName("徐"))).toEqual({ state: "resign", waiting: { name: "徐", act: "resign" } });
    expect(listState(byName("沈"))).toEqual({ state: "signed" });
    expect(listState(edge({ level: 3, bId: 1, bName: "x" }))).toEqual({ state: "none" });
  });
});

describe("overdue", () => {
  it("is a row not done after the deadline; the 局长's own row needs only his list", () => {
    expect(rowState(byName("沈"), true).isOverdue).toBe(false);
    expect(rowState(byName("安"), true).isOverdue).toBe(true);
    expect(rowState(byName("安"), false).isOverdue).toBe(false);
    expect(rowState(byName("杜"), true)).toMatchObject({ hasPledge: false, isPledgeDone: true, isOverdue: false });
    expect(rowState(byName("李"), true).isOverdue).toBe(false);
  });
});
