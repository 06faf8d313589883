// Committee seats held by at most one active member: the chair, the executive vice chair and the office
// director. The admin committee page and the rollover's member edits check the same rule.
export const SINGLE_SEAT_ROLES: ReadonlySet<string> = new Set(["chair", "executive_vice_chair", "office_director"]);

/** Every seat on the committee, in rank order (the schema's enum is built from it). */
export const COMMITTEE_ROLES = ["chair", "executive_vice_chair", "vice_chair", "member", "office_director", "liaison"] as const;
