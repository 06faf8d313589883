// The annual assessment (年度考核): scheme, control indicators, per-unit assessments with self and review
// scores, bonuses, veto hits, objections, evidence attachments and the rewards and sanctions that follow.
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { bytea, timestamps } from "./columns";
import { users } from "./auth";
import { people, units } from "./org";


/** Scores are kept as numeric(6,1) and read as numbers (one decimal, as shown). */
const score = (name: string) => numeric(name, { precision: 6, scale: 1, mode: "number" });
const amount = (name: string) => numeric(name, { precision: 14, scale: 2, mode: "number" });


export const schemeStatus = pgEnum("scheme_status", ["draft", "approved", "published", "locked"]);
export const bonusMode = pgEnum("bonus_mode", ["sum", "highest"]);
export const vetoEffect = pgEnum("veto_effect", ["force_grade", "zero_score", "cap_grade"]);
export const indicatorDirection = pgEnum("indicator_direction", ["higher_better", "lower_better"]);
export const assessmentStatus = pgEnum("assessment_status", [
  "open",
  "self_assessed",
  "submitted",
  "reviewed",
  "decided",
  "publicised",
  "objection",
  "final",
]);
export const vetoHitStatus = pgEnum("veto_hit_status", ["proposed", "confirmed", "dismissed"]);
export const objectionStatus = pgEnum("objection_status", ["open", "upheld", "rejected"]);
export const attachmentPurpose = pgEnum("attachment_purpose", ["self", "review", "bonus", "veto", "objection"]);
export const sanctionKind = pgEnum("sanction_kind", [
  "lose_honours",
  "no_excellent",
  "rectification",
  "commendation",
]);
export const sanctionStatus = pgEnum("sanction_status", ["proposed", "confirmed"]);

/** One per deduction rule of an item. per_percent_shortfall reads the unit's indicator (a rate in %). */
export type DeductionRuleJson = {
  key: string;
  label: string;
  kind: "per_occurrence" | "per_percent_shortfall";
  points: number;
  indicator?: string;
};
export type BonusTierJson = { key: string; label: string; points: number };
/** Ordered from the best grade down; the last band is the catch-all (min 0, inclusive). */
export type GradeBandJson = { key: string; label: string; min: number; inclusive: boolean };
export type VetoAppliesJson = { groups: string[]; kinds: string[] };

export const assessmentSchemes = pgTable(
  "assessment_schemes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    status: schemeStatus("status").notNull().default("draft"),
    totalPoints: score("total_points").notNull().default(100),
    bonusCap: score("bonus_cap").notNull().default(5),
    bonusMode: bonusMode("bonus_mode").notNull().default("sum"),
    bonusTiers: jsonb("bonus_tiers").$type<BonusTierJson[]>().notNull().default([]),
    gradeBands: jsonb("grade_bands").$type<GradeBandJson[]>().notNull().default([]),
    /** Days the decided results are publicised before they can be finalised. */
    publicityDays: integer("publicity_days").notNull().default(5),
    version: integer("version").notNull().default(1),
    approvedBy: integer("approved_by").references(() => users.id),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("assessment_schemes_year_uq").on(t.year), index("assessment_schemes_approved_by_idx").on(t.approvedBy)],
);

export const schemeCategories = pgTable(
  "scheme_categories",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => assessmentSchemes.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    points: score("points").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex("scheme_categories_code_uq").on(t.schemeId, t.code), index("scheme_categories_scheme_idx").on(t.schemeId)],
);

export const schemeItems = pgTable(
  "scheme_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => assessmentSchemes.id),
    categoryId: integer("category_id")
      .notNull()
      .references(() => schemeCategories.id),
    code: text("code").notNull(),
    content: text("content").notNull(),
    maxPoints: score("max_points").notNull(),
    /** 评分标准 as shown on the score sheet. */
    scoringRule: text("scoring_rule").notNull(),
    deductionRules: jsonb("deduction_rules").$type<DeductionRuleJson[]>().notNull().default([]),
    sortOrder: integer("sort_order").notNull().default(0),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("scheme_items_code_uq").on(t.schemeId, t.code),
    index("scheme_items_scheme_idx").on(t.schemeId),
    index("scheme_items_category_idx").on(t.categoryId),
  ],
);

export const schemeVetoRules = pgTable(
  "scheme_veto_rules",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => assessmentSchemes.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** The rule's basis (依据), e.g. the article it implements. */
    basis: text("basis").notNull(),
    effect: vetoEffect("effect").notNull().default("force_grade"),
    /** Grade key the effect forces or caps to; default the lowest band. */
    effectGrade: text("effect_grade"),
    /** Consequence keys: lose_honours, no_excellent, rectification. */
    consequences: jsonb("consequences").$type<string[]>().notNull().default([]),
    /** Empty lists mean every unit. */
    appliesTo: jsonb("applies_to").$type<VetoAppliesJson>().notNull().default({ groups: [], kinds: [] }),
    sortOrder: integer("sort_order").notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex("scheme_veto_rules_code_uq").on(t.schemeId, t.code), index("scheme_veto_rules_scheme_idx").on(t.schemeId)],
);

/** Named members of the assessment team (考核组) besides the committee office. */
export const assessmentReviewers = pgTable(
  "assessment_reviewers",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => assessmentSchemes.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    ...timestamps,
  },
  (t) => [uniqueIndex("assessment_reviewers_uq").on(t.schemeId, t.personId), index("assessment_reviewers_person_idx").on(t.personId)],
);

/** 控制指标: per scheme; targets and actuals per unit in indicator_values. */
export const indicators = pgTable(
  "indicators",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => assessmentSchemes.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    measure: text("measure").notNull(),
    direction: indicatorDirection("direction").notNull().default("higher_better"),
    sortOrder: integer("sort_order").notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex("indicators_code_uq").on(t.schemeId, t.code), index("indicators_scheme_idx").on(t.schemeId)],
);

export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicators.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    target: amount("target").notNull(),
    actual: amount("actual"),
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("indicator_values_uq").on(t.indicatorId, t.unitId),
    index("indicator_values_unit_idx").on(t.unitId),
    index("indicator_values_updated_by_idx").on(t.updatedBy),
  ],
);

/** The result of the engine at the committee's decision, kept so the published result never drifts. */
export type AssessmentResultJson = {
  itemsTotal: number;
  bonus: number;
  baseTotal: number;
  total: number;
  grade: string;
  vetoed: boolean;
  categories: { code: string; score: number; points: number }[];
  trace: { rule: string; name: string; effect: string; basis: string; confirmedBy: string | null; before: { total: number; grade: string }; after: { total: number; grade: string } }[];
};

export const assessments = pgTable(
  "assessments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => assessmentSchemes.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    status: assessmentStatus("status").notNull().default("open"),
    version: integer("version").notNull().default(1),
    selfTotal: score("self_total"),
    total: score("total"),
    grade: text("grade"),
    rank: integer("rank"),
    isVetoed: boolean("is_vetoed").notNull().default(false),
    result: jsonb("result").$type<AssessmentResultJson>(),
    submittedBy: integer("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedBy: integer("reviewed_by").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    publicisedUntil: date("publicised_until"),
    finalisedBy: integer("finalised_by").references(() => users.id),
    finalisedAt: timestamp("finalised_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("assessments_uq").on(t.schemeId, t.unitId),
    index("assessments_unit_idx").on(t.unitId),
    index("assessments_status_idx").on(t.status),
    index("assessments_submitted_by_idx").on(t.submittedBy),
    index("assessments_reviewed_by_idx").on(t.reviewedBy),
    index("assessments_decided_by_idx").on(t.decidedBy),
    index("assessments_finalised_by_idx").on(t.finalisedBy),
  ],
);

export const selfScores = pgTable(
  "self_scores",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id),
    itemId: integer("item_id")
      .notNull()
      .references(() => schemeItems.id),
    score: score("score").notNull(),
    reason: text("reason").notNull().default(""),
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("self_scores_uq").on(t.assessmentId, t.itemId),
    index("self_scores_item_idx").on(t.itemId),
    index("self_scores_updated_by_idx").on(t.updatedBy),
  ],
);

/** The assessment team's score of one item: occurrences per deduction rule, the resulting deduction. */
export const reviewScores = pgTable(
  "review_scores",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id),
    itemId: integer("item_id")
      .notNull()
      .references(() => schemeItems.id),
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default({}),
    deduction: score("deduction").notNull().default(0),
    score: score("score").notNull(),
    reason: text("reason").notNull().default(""),
    version: integer("version").notNull().default(1),
    reviewerUserId: integer("reviewer_user_id").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("review_scores_uq").on(t.assessmentId, t.itemId),
    index("review_scores_item_idx").on(t.itemId),
    index("review_scores_reviewer_idx").on(t.reviewerUserId),
  ],
);

export const bonusAwards = pgTable(
  "bonus_awards",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id),
    tierKey: text("tier_key").notNull(),
    reason: text("reason").notNull(),
    awardedBy: integer("awarded_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [index("bonus_awards_assessment_idx").on(t.assessmentId), index("bonus_awards_by_idx").on(t.awardedBy)],
);

export const vetoHits = pgTable(
  "veto_hits",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id),
    ruleId: integer("rule_id")
      .notNull()
      .references(() => schemeVetoRules.id),
    /** What happened and on what evidence (事实依据). */
    basis: text("basis").notNull(),
    status: vetoHitStatus("status").notNull().default("proposed"),
    /** manual, accident or hazard: where the proposal came from. */
    source: text("source").notNull().default("manual"),
    sourceRef: integer("source_ref"),
    proposedBy: integer("proposed_by").references(() => users.id),
    confirmedBy: integer("confirmed_by").references(() => users.id),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("veto_hits_assessment_idx").on(t.assessmentId),
    index("veto_hits_rule_idx").on(t.ruleId),
    index("veto_hits_proposed_by_idx").on(t.proposedBy),
    index("veto_hits_confirmed_by_idx").on(t.confirmedBy),
  ],
);

/** Every step of a unit's assessment: submit, review, decide, publicise, objection, finalise, reopen. */
export const assessmentEvents = pgTable(
  "assessment_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id),
    step: text("step").notNull(),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
    actorUserId: integer("actor_user_id").references(() => users.id),
    comment: text("comment"),
    ...timestamps,
  },
  (t) => [index("assessment_events_assessment_idx").on(t.assessmentId), index("assessment_events_actor_idx").on(t.actorUserId)],
);

export const objections = pgTable(
  "objections",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id),
    itemId: integer("item_id").references(() => schemeItems.id),
    text: text("text").notNull(),
    status: objectionStatus("status").notNull().default("open"),
    filedBy: integer("filed_by").references(() => users.id),
    decision: text("decision"),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("objections_assessment_idx").on(t.assessmentId),
    index("objections_item_idx").on(t.itemId),
    index("objections_filed_by_idx").on(t.filedBy),
    index("objections_decided_by_idx").on(t.decidedBy),
  ],
);

/** Evidence files, stored in the database (size-capped, type checked by content). Immutable. */
export const attachments = pgTable(
  "attachments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id),
    purpose: attachmentPurpose("purpose").notNull(),
    itemId: integer("item_id").references(() => schemeItems.id),
    /** The bonus award, veto hit or objection the file supports, when there is one. */
    refId: integer("ref_id"),
    filename: text("filename").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    data: bytea("data").notNull(),
    uploadedBy: integer("uploaded_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("attachments_assessment_idx").on(t.assessmentId),
    index("attachments_item_idx").on(t.itemId),
    index("attachments_uploaded_by_idx").on(t.uploadedBy),
  ],
);

/** 奖惩兑现: derived from the final results and the veto rules; the committee confirms each. */
export const sanctions = pgTable(
  "sanctions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id),
    kind: sanctionKind("kind").notNull(),
    unitId: integer("unit_id").references(() => units.id),
    personId: integer("person_id").references(() => people.id),
    status: sanctionStatus("status").notNull().default("proposed"),
    dueDate: date("due_date"),
    note: text("note").notNull().default(""),
    vetoHitId: integer("veto_hit_id").references(() => vetoHits.id),
    confirmedBy: integer("confirmed_by").references(() => users.id),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    unique("sanctions_uq").on(t.assessmentId, t.kind, t.unitId, t.personId).nullsNotDistinct(),
    index("sanctions_year_idx").on(t.year),
    index("sanctions_unit_idx").on(t.unitId),
    index("sanctions_person_idx").on(t.personId),
    index("sanctions_veto_hit_idx").on(t.vetoHitId),
    index("sanctions_confirmed_by_idx").on(t.confirmedBy),
  ],
);

export type AssessmentScheme = typeof assessmentSchemes.$inferSelect;
export type SchemeCategory = typeof schemeCategories.$inferSelect;
export type SchemeItem = typeof schemeItems.$inferSelect;
export type SchemeVetoRule = typeof schemeVetoRules.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;
export type IndicatorValue = typeof indicatorValues.$inferSelect;
export type Assessment = typeof assessments.$inferSelect;
export type SelfScore = typeof selfScores.$inferSelect;
export type ReviewScore = typeof reviewScores.$inferSelect;
export type BonusAward = typeof bonusAwards.$inferSelect;
export type VetoHit = typeof vetoHits.$inferSelect;
export type Objection = typeof objections.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
export type Sanction = typeof sanctions.$inferSelect;
