// Committee seats held by at most one active member: the chair, the executive vice chair and the office
// director. The admin committee page and the rollover's member edits check the same rule.
export const SINGLE_SEAT_ROLES: ReadonlySet<string> = new Set(["chair", "executive_vice_chair", "office_director"]);
