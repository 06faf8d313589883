// What stands in the way of one signing relation: the pledge (责任书/承诺书) and party B's list confirmation,
// each with who must act next. Plain functions over one board row.
import type { BoardEdge } from "./types";

/** A person (or nobody in particular) who must act, and the act: 签署, 会签, 签字, 重新签字, 审核, 提交. */
export type Waiting = { name: string | null; act: "sign" | "countersign" | "confirm" | "resign" | "review" | "submit" };

export type PledgeState =
  | { state: "none" }
  | { state: "complete" }
  | { state: "waiting"; waiting: Waiting };

export type ListState =
  | { state: "none" }
  | { state: "signed" }
  | { state: "resign"; waiting: Waiting }
  | { state: "waiting"; waiting: Waiting };

/** 未生成; complete; else who signs next: B signs first (签署) and A countersigns (会签); A may sign first. */
export function pledgeState(e: Pick<BoardEdge, "pledgeId" | "pledgeStatus" | "aName" | "bName">): PledgeState {
  if (e.pledgeId == null || e.pledgeStatus == null || e.pledgeStatus === "superseded") return { state: "none" };
  switch (e.pledgeStatus) {
    case "complete":
      return { state: "complete" };
    case "signed_b":
      return { state: "waiting", waiting: { name: e.aName, act: "countersign" } };
    default:
      return { state: "waiting", waiting: { name: e.bName, act: "sign" } };
  }
}

/**
 * Party B's confirmation of their list: signed when a confirm signature covers the current content;
 * 需重新签字 when they signed an older content; otherwise blocked by whoever holds the workflow step:
 * the editor while draft, the 主管 leader while submitted, B from review on.
 */
export function listState(e: Pick<BoardEdge, "listId" | "listStatus" | "signature" | "bName" | "reviewerName">): ListState {
  if (e.listId == null || e.listStatus == null) return { state: "none" };
  if (e.signature === "current") return { state: "signed" };
  if (e.signature === "stale") return { state: "resign", waiting: { name: e.bName, act: "resign" } };
  if (e.listStatus === "draft") return { state: "waiting", waiting: { name: null, act: "submit" } };
  if (e.listStatus === "submitted") return { state: "waiting", waiting: { name: e.reviewerName, act: "review" } };
  return { state: "waiting", waiting: { name: e.bName, act: "confirm" } };
}

export type RowState = {
  pledge: PledgeState;
  list: ListState;
  /** The level-0 row (the 局长's own list) has no pledge. */
  hasPledge: boolean;
  isPledgeDone: boolean;
  isListDone: boolean;
  isOverdue: boolean;
};

/** Overdue: past the deadline with the pledge (where one is due) or the list confirmation not done. */
export function rowState(e: BoardEdge, pastDeadline: boolean): RowState {
  const pledge = pledgeState(e);
  const list = listState(e);
  const hasPledge = e.level !== 0;
  const isPledgeDone = !hasPledge || pledge.state === "complete";
  const isListDone = list.state === "signed";
  return { pledge, list, hasPledge, isPledgeDone, isListDone, isOverdue: pastDeadline && !(isPledgeDone && isListDone) };
}
