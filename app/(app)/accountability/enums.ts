// The choices of an accountability case, in the order of the 2018 rule's art. 18 and of severity.
export const TRIGGERS = ["accident", "hazard", "inspection"] as const;
export const SITUATIONS = [
  "duty_not_fulfilled",
  "obstruction",
  "reporting_failure",
  "accident_leadership",
  "other",
] as const;
export const FORMS = [
  "notice",
  "admonition",
  "suspension",
  "reassignment",
  "ordered_resignation",
  "demotion",
  "dismissal",
  "sanction",
] as const;
export const LENIENCIES = ["none", "lighter", "heavier", "exempt"] as const;
