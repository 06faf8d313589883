// The duty categories (DESIGN §2), in display order: the one list the schema's enum, coverage and forms share.
export const DUTY_CATEGORIES = [
  "leadership",
  "implementation",
  "supervision",
  "hazard",
  "training",
  "emergency",
  "accident",
  "investment",
  "internal",
] as const;

export type DutyCategory = (typeof DUTY_CATEGORIES)[number];
