// Post kinds that make their holder a bureau leader (局领导): one list for roles, pledges, boards and reports.
export const LEADER_POST_KINDS = ["director", "party_secretary", "deputy_director", "chief_engineer"] as const;
export type LeaderPostKind = (typeof LEADER_POST_KINDS)[number];

export const isLeaderPostKind = (kind: string): kind is LeaderPostKind => (LEADER_POST_KINDS as readonly string[]).includes(kind);
