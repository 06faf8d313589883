// Who signs with whom in the 层层签订 cascade (DESIGN §3), as data the queries build their SQL from:
// level 1 the 局长 ↔ each other leader; level 2 each 主管 leader ↔ the head(s) of each unit they supervise;
// level 3 the unit's principal head ↔ each deputy and staff member, per post. Only active people on active
// posts of active units are expected to sign: a person who left (inactive) signs nothing, and where the
// primary holder of the 局长's or a head's post is gone, its acting holder (代理) signs for the post.
import type { LeaderPostKind } from "@/lib/org/post-kinds";

/** The post whose holder is party A of every level-1 pledge. */
export const DIRECTOR_POST_KIND: LeaderPostKind = "director";
/** A unit's head post: party B at level 2, party A (the principal one) at level 3. */
export const HEAD_POST_KIND = "head";
/** The posts whose holders sign a 承诺书 with their unit's principal head. */
export const MEMBER_POST_KINDS = ["deputy_head", "staff"] as const;

/** Which holding counts first when a person or a post has several in force: the post's own holder
 * (primary), then the acting one (代理), then a concurrent one (兼任). */
export const HOLDING_PRECEDENCE = ["primary", "acting", "concurrent"] as const;
export type HoldingType = (typeof HOLDING_PRECEDENCE)[number];
