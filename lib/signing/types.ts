// The plain inputs of the signing board (层层签订): one row per signing relation, as the board query shapes
// them. No database, no React.

/** 0: the 局长's own list (no pledge); 1: 局长 ↔ leaders; 2: leaders ↔ heads; 3: heads ↔ staff. */
export type EdgeLevel = 0 | 1 | 2 | 3;
export type PledgeStatus = "pending" | "signed_b" | "signed_a" | "complete" | "superseded";
export type ListStatus = "draft" | "submitted" | "reviewed" | "confirmed" | "approved" | "published" | "archived";
/** Party B's confirm signature on their list: current, signed an older content (内容已变更), or none. */
export type SignatureState = "current" | "stale" | "none";

export type BoardEdge = {
  level: EdgeLevel;
  /** Party A (the superior); null for level 0. */
  aId: number | null;
  aName: string | null;
  bId: number;
  bName: string;
  bPost: string | null;
  unitId: number | null;
  unitName: string | null;
  unitOrder: number;
  postOrder: number;
  /** The relation follows from today's org; false for a pledge whose pair the org no longer has. */
  isExpected: boolean;
  pledgeId: number | null;
  pledgeStatus: PledgeStatus | null;
  /** The list party B confirms: their leader list (levels 0–1), the unit's list (2), their post's (3). */
  listId: number | null;
  listStatus: ListStatus | null;
  signature: SignatureState;
  /** The unit's 主管 leader, who reviews a submitted list. */
  reviewerName: string | null;
};

export type BoardData = {
  year: number;
  /** The org was read on this date (today, or the year's last or first day). */
  orgDate: string;
  /** The year's `signing_deadline_month_day:YYYY`, else the general `signing_deadline_month_day`, as stored (validated by the rules). */
  deadlineMonthDay: string | null;
  /** Pledges of the year in any status: zero means none generated yet. */
  pledgeCount: number;
  edges: BoardEdge[];
};

export type HandoverSignature = {
  kind: "list" | "pledge";
  /** The list or the pledge signed. */
  targetId: number;
  signedAt: string;
  /** For a list signature: still covers the published text. */
  isCurrent: boolean | null;
  pledgeStatus: PledgeStatus | null;
};

export type HandoverRow = {
  postId: number;
  postName: string;
  unitId: number;
  unitName: string;
  previousId: number;
  previousName: string;
  previousEnd: string;
  successorId: number;
  successorName: string;
  successorStart: string;
  listId: number | null;
  /** The successor's confirm signature on the post's list covers its current version. */
  hasListSignature: boolean;
  /** A pledge of the year with the successor as party B, and B's signature on it. */
  pledgeId: number | null;
  hasPledgeSignature: boolean;
  /** The previous holder's signatures (kept as history). */
  history: HandoverSignature[];
};
