// The plain inputs and outputs of the coverage rules (横向到边、纵向到底): no database, no React.
import type { DutyCategory } from "@/lib/duties/categories";
import { LEADER_POST_KINDS as LEADER_KINDS } from "@/lib/org/post-kinds";

export type UnitKind = "bureau" | "leadership" | "section" | "affiliated" | "branch";
export type PostKind =
  "director" | "party_secretary" | "deputy_director" | "chief_engineer" | "head" | "deputy_head" | "staff";
export type ListStatus = "draft" | "submitted" | "reviewed" | "confirmed" | "approved" | "published" | "archived";
export type OwnerType = "unit" | "post" | "leader";

export type CoverageUnit = { id: number; name: string; kind: UnitKind; parentId: number | null; sortOrder: number };
export type CoveragePost = { id: number; unitId: number; name: string; kind: PostKind; sortOrder: number };
/** A holding in force on the day the coverage is computed for. */
export type CoverageHolding = {
  personId: number;
  personName: string;
  postId: number;
  type: "primary" | "concurrent" | "acting";
};
export type CoverageSupervision = { leaderId: number; leaderName: string; unitId: number; kind: "primary" | "assist" };
export type CoverageList = {
  id: number;
  ownerType: OwnerType;
  unitId: number;
  postId: number | null;
  leaderId: number | null;
  status: ListStatus;
  /** Null until first published: a list without one counts as missing, whatever its status. */
  publishedVersionNo: number | null;
  /** A leader list's owner, for naming it (a leader may hold no post and supervise nothing). */
  leaderName?: string | null;
};
/** An item of a list's latest published version. */
export type CoverageItem = {
  listId: number;
  itemKey: string;
  kind: "business" | "safety";
  category: DutyCategory;
  pairedKey: string | null;
  supervisedUnitId: number | null;
  hasScope: boolean;
  hasStandard: boolean;
};

export type CoverageInput = {
  year: number;
  units: CoverageUnit[];
  posts: CoveragePost[];
  holdings: CoverageHolding[];
  supervisions: CoverageSupervision[];
  lists: CoverageList[];
  items: CoverageItem[];
};

/** In order of severity: unit-level gaps first. */
export const GAP_KINDS = [
  "unit_without_leader",
  "unit_without_published_list",
  "leader_missing_oversight",
  "post_without_list",
  "person_without_list",
  "business_without_safety",
  "item_missing_scope_or_standard",
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Who must close a gap: the committee office (安委办), the unit's head, or a leader (分管领导). */
export type Closer = { role: "office" | "unit_head" | "leader"; personId: number | null; personName: string | null };

export type Gap = {
  kind: GapKind;
  /** The unit the gap belongs to (for ordering and the unit filter). */
  unitId: number;
  unitName: string;
  /** What is missing something: a unit, post, person or leader name, or a list's owner. */
  subject: string;
  subjectType: "unit" | "post" | "person" | "leader" | "list";
  ownerType?: OwnerType;
  /** The list concerned, when one exists (a draft-only list is shown with its status). */
  listId: number | null;
  listStatus: ListStatus | null;
  supervisionKind?: "primary" | "assist";
  /** leader_missing_oversight: false when the leader has no published list at all. */
  hasPublishedList?: boolean;
  /** Item-level kinds: how many items, and the first few keys. */
  itemCount?: number;
  itemKeys?: string[];
  missingScope?: number;
  missingStandard?: number;
  /** person_without_list: the posts held. */
  postNames?: string[];
  closer: Closer;
  href: string;
};

export const UNIT_LEVEL_KINDS: readonly UnitKind[] = ["section", "affiliated", "branch"];
export const LEADER_POST_KINDS: readonly PostKind[] = LEADER_KINDS;
