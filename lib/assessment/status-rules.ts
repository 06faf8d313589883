// What a unit's assessment status allows: which results may be shown (DESIGN §3: the team reviews, the
// committee decides grades, publicity makes them public) and which units the office may send back for
// re-review.
export type AssessmentStatus =
  "open" | "self_assessed" | "submitted" | "reviewed" | "decided" | "publicised" | "objection" | "final";

/** The assessment team has finished its review: the review total means something. */
const REVIEWED: AssessmentStatus[] = ["reviewed", "decided", "publicised", "objection", "final"];
/** The committee has decided the result: its grade exists. */
const DECIDED: AssessmentStatus[] = ["decided", "publicised", "objection", "final"];
/** The result has been made public (公示 and after). */
const PUBLIC: AssessmentStatus[] = ["publicised", "objection", "final"];

/**
 * Whether the review total (考核得分) is shown: once the team has finished reviewing. Before that the only
 * score there is is the unit's own (自评分): the engine would show full points for every unreviewed item.
 */
export function showsReviewTotal(status: AssessmentStatus): boolean {
  return REVIEWED.includes(status);
}

/** Whether the grade (等次) is shown: once the committee has decided it — to the unit itself only once the
 * result is publicised, as the results page does. */
export function showsGrade(status: AssessmentStatus, isOwnUnit: boolean): boolean {
  return (isOwnUnit ? PUBLIC : DECIDED).includes(status);
}

/** Results the committee has decided (decided, in publicity or final): the office may send such a unit back
 * for re-review with a reason. A unit in objection is re-reviewed through its objection. */
export const REOPENABLE: AssessmentStatus[] = ["decided", "publicised", "final"];
