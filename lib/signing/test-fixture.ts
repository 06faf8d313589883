// A small cascade for the rule tests: 局长 D; leaders S and A; D leads unit 10 (head H1), A leads unit 20
// (head H2); staff X and Y under H1, Z under H2.
import type { BoardEdge } from "./types";

export function edge(p: Partial<BoardEdge> & Pick<BoardEdge, "level" | "bId" | "bName">): BoardEdge {
  return {
    aId: null,
    aName: null,
    bPost: null,
    unitId: null,
    unitName: null,
    unitOrder: 0,
    postOrder: 0,
    isExpected: true,
    pledgeId: null,
    pledgeStatus: null,
    listId: null,
    listStatus: null,
    signature: "none",
    reviewerName: null,
    ...p,
  };
}

export const D = 1, S = 2, A = 3, H1 = 11, H2 = 12, X = 21, Y = 22, Z = 23;

export function cascade(): BoardEdge[] {
  const lead = { unitId: 1, unitName: "局领导班子", unitOrder: 1 };
  const u10 = { unitId: 10, unitName: "办公室", unitOrder: 2 };
  const u20 = { unitId: 20, unitName: "质量监督科", unitOrder: 3 };
  return [
    edge({ level: 0, bId: D, bName: "杜", ...lead, listId: 100, listStatus: "published", signature: "current" }),
    edge({ level: 1, aId: D, aName: "杜", bId: S, bName: "沈", ...lead, pledgeId: 1, pledgeStatus: "complete", listId: 101, listStatus: "published", signature: "current" }),
    edge({ level: 1, aId: D, aName: "杜", bId: A, bName: "安", ...lead, pledgeId: 2, pledgeStatus: "signed_b", listId: 102, listStatus: "published", signature: "none" }),
    edge({ level: 2, aId: D, aName: "杜", bId: H1, bName: "徐", ...u10, pledgeId: 3, pledgeStatus: "pending", listId: 110, listStatus: "published", signature: "stale", reviewerName: "杜" }),
    edge({ level: 2, aId: A, aName: "安", bId: H2, bName: "钱", ...u20, listId: 120, listStatus: "submitted", reviewerName: "安" }),
    edge({ level: 3, aId: H1, aName: "徐", bId: X, bName: "王", ...u10, postOrder: 2, listId: 111, listStatus: "draft" }),
    edge({ level: 3, aId: H1, aName: "徐", bId: Y, bName: "李", ...u10, postOrder: 3, pledgeId: 4, pledgeStatus: "complete", listId: 112, listStatus: "published", signature: "current" }),
    edge({ level: 3, aId: H2, aName: "钱", bId: Z, bName: "齐", ...u20, postOrder: 2, pledgeId: 5, pledgeStatus: "signed_a", listId: 121, listStatus: "reviewed" }),
  ];
}
