// The evidence of the year (issue 7): work records (履职记录), hazards (隐患) with 挂牌督办 and 销号,
// accidents (事故) with their level and reporting hops, and accountability cases (问责).
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
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { bytea, timestamps } from "./columns";
import { users } from "./auth";
import { responsibilityLists } from "./duties";
import { assessments, schemeItems } from "./assessment";
import { people, units } from "./org";



export const recordKind = pgEnum("record_kind", ["meeting", "inspection", "training", "drill", "hazard_check", "report"]);
export const recordRole = pgEnum("record_role", ["lead", "participant"]);
export const hazardLevel = pgEnum("hazard_level", ["general", "major"]);
export const hazardStatus = pgEnum("hazard_status", ["open", "rectifying", "awaiting_acceptance", "closed"]);
export const accidentDomain = pgEnum("accident_domain", ["internal", "supervised"]);
export const accidentLevel = pgEnum("accident_level", ["general", "larger", "major", "especially_major"]);
export const accountabilitySituation = pgEnum("accountability_situation", [
  "duty_not_fulfilled",
  "obstruction",
  "reporting_failure",
  "accident_leadership",
  "other",
]);
export const accountabilityForm = pgEnum("accountability_form", [
  "notice",
  "admonition",
  "suspension",
  "reassignment",
  "ordered_resignation",
  "demotion",
  "dismissal",
  "sanction",
]);
export const accountabilityLeniency = pgEnum("accountability_leniency", ["none", "lighter", "heavier", "exempt"]);
export const accountabilityTrigger = pgEnum("accountability_trigger", ["accident", "hazard", "inspection"]);

/** A work record (履职记录): what was done, when, by whom, for which units and which duties. */
export const workRecords = pgTable(
  "work_records",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: recordKind("kind").notNull(),
    title: text("title").notNull(),
    occurredOn: date("occurred_on").notNull(),
    summary: text("summary").notNull().default(""),
    /** The unit that owns the record (entered by or for it). */
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    recordedBy: integer("recorded_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("work_records_unit_idx").on(t.unitId),
    index("work_records_date_idx").on(t.occurredOn),
    index("work_records_kind_idx").on(t.kind),
    index("work_records_recorded_by_idx").on(t.recordedBy),
  ],
);

export const recordPeople = pgTable(
  "record_people",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    recordId: integer("record_id")
      .notNull()
      .references(() => workRecords.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    role: recordRole("role").notNull().default("participant"),
    ...timestamps,
  },
  (t) => [uniqueIndex("record_people_uq").on(t.recordId, t.personId), index("record_people_person_idx").on(t.personId)],
);

/** Units the record concerns (the units inspected, trained, met with). */
export const recordUnits = pgTable(
  "record_units",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    recordId: integer("record_id")
      .notNull()
      .references(() => workRecords.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    ...timestamps,
  },
  (t) => [uniqueIndex("record_units_uq").on(t.recordId, t.unitId), index("record_units_unit_idx").on(t.unitId)],
);

/** Duty items the record fulfils: a list and the item's stable key (items keep their key across versions). */
export const recordDutyItems = pgTable(
  "record_duty_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    recordId: integer("record_id")
      .notNull()
      .references(() => workRecords.id),
    listId: integer("list_id")
      .notNull()
      .references(() => responsibilityLists.id),
    itemKey: text("item_key").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("record_duty_items_uq").on(t.recordId, t.listId, t.itemKey),
    index("record_duty_items_list_idx").on(t.listId, t.itemKey),
  ],
);

export const recordSchemeItems = pgTable(
  "record_scheme_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    recordId: integer("record_id")
      .notNull()
      .references(() => workRecords.id),
    schemeItemId: integer("scheme_item_id")
      .notNull()
      .references(() => schemeItems.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("record_scheme_items_uq").on(t.recordId, t.schemeItemId),
    index("record_scheme_items_item_idx").on(t.schemeItemId),
  ],
);

/** Files behind records, hazards and accidents (size-capped, type checked by content). Immutable. */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** record, hazard or accident */
    ownerType: text("owner_type").notNull(),
    ownerId: integer("owner_id").notNull(),
    filename: text("filename").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    data: bytea("data").notNull(),
    uploadedBy: integer("uploaded_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [index("evidence_files_owner_idx").on(t.ownerType, t.ownerId), index("evidence_files_uploaded_by_idx").on(t.uploadedBy)],
);

/** 五到位: measures, funds, deadline, responsible person, emergency plan. */
export type HazardPlanJson = { measures: string; funds: string; deadline: string; responsible: string; emergencyPlan: string };

export const hazards = pgTable(
  "hazards",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** The unit responsible for rectification (and whose assessment a deduction or veto concerns). */
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    level: hazardLevel("level").notNull(),
    foundOn: date("found_on").notNull(),
    /** The inspection or check that found it, when recorded. */
    recordId: integer("record_id").references(() => workRecords.id),
    deadline: date("deadline").notNull(),
    ownerPersonId: integer("owner_person_id").references(() => people.id),
    status: hazardStatus("status").notNull().default("open"),
    /** 挂牌督办 (major hazards only) with the 五到位 plan. */
    isSupervised: boolean("is_supervised").notNull().default(false),
    supervisingLeaderId: integer("supervising_leader_id").references(() => people.id),
    plan: jsonb("plan").$type<HazardPlanJson>(),
    rectifiedOn: date("rectified_on"),
    acceptedBy: integer("accepted_by").references(() => users.id),
    closedOn: date("closed_on"),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("hazards_unit_idx").on(t.unitId),
    index("hazards_status_idx").on(t.status),
    index("hazards_deadline_idx").on(t.deadline),
    index("hazards_record_idx").on(t.recordId),
    index("hazards_owner_idx").on(t.ownerPersonId),
    index("hazards_leader_idx").on(t.supervisingLeaderId),
    index("hazards_accepted_by_idx").on(t.acceptedBy),
    index("hazards_created_by_idx").on(t.createdBy),
  ],
);

export const hazardEvents = pgTable(
  "hazard_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    hazardId: integer("hazard_id")
      .notNull()
      .references(() => hazards.id),
    step: text("step").notNull(),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
    actorUserId: integer("actor_user_id").references(() => users.id),
    comment: text("comment"),
    ...timestamps,
  },
  (t) => [index("hazard_events_hazard_idx").on(t.hazardId), index("hazard_events_actor_idx").on(t.actorUserId)],
);

/** One hop of an accident report (事故单位 → 局 → 市政府 …): when it was due and when it was made. */
export type AccidentReportHopJson = { hop: string; dueAt: string; reportedAt: string | null };

export const accidents = pgTable(
  "accidents",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    domain: accidentDomain("domain").notNull(),
    /** The unit responsible (for an internal accident, where it happened; supervised: the supervising unit). */
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    deaths: integer("deaths").notNull().default(0),
    seriousInjuries: integer("serious_injuries").notNull().default(0),
    /** Direct economic loss in 万元. */
    directLoss: numeric("direct_loss", { precision: 12, scale: 2, mode: "number" }).notNull().default(0),
    /** Derived from the State Council thresholds (国务院令第493号) and stored for queries. */
    level: accidentLevel("level").notNull(),
    reports: jsonb("reports").$type<AccidentReportHopJson[]>().notNull().default([]),
    isLate: boolean("is_late").notNull().default(false),
    isOmitted: boolean("is_omitted").notNull().default(false),
    isFalse: boolean("is_false").notNull().default(false),
    isConcealed: boolean("is_concealed").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("accidents_unit_idx").on(t.unitId),
    index("accidents_occurred_idx").on(t.occurredAt),
    index("accidents_created_by_idx").on(t.createdBy),
  ],
);

/** 问责 (《地方党政领导干部安全生产责任制规定》2018): one of five situations, a form, leniency with reason. */
export const accountabilityCases = pgTable(
  "accountability_cases",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    /** The person's unit at the time. */
    unitId: integer("unit_id").references(() => units.id),
    triggerKind: accountabilityTrigger("trigger_kind").notNull(),
    accidentId: integer("accident_id").references(() => accidents.id),
    hazardId: integer("hazard_id").references(() => hazards.id),
    recordId: integer("record_id").references(() => workRecords.id),
    situation: accountabilitySituation("situation").notNull(),
    form: accountabilityForm("form").notNull(),
    leniency: accountabilityLeniency("leniency").notNull().default("none"),
    leniencyReason: text("leniency_reason").notNull().default(""),
    summary: text("summary").notNull(),
    decidedBy: text("decided_by").notNull(),
    decidedOn: date("decided_on").notNull(),
    restrictedUntil: date("restricted_until"),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("accountability_cases_person_idx").on(t.personId),
    index("accountability_cases_unit_idx").on(t.unitId),
    index("accountability_cases_accident_idx").on(t.accidentId),
    index("accountability_cases_hazard_idx").on(t.hazardId),
    index("accountability_cases_record_idx").on(t.recordId),
    index("accountability_cases_decided_idx").on(t.decidedOn),
    index("accountability_cases_created_by_idx").on(t.createdBy),
  ],
);

export const proposalStatus = pgEnum("proposal_status", ["proposed", "accepted", "rejected"]);

/** A deduction an event proposes for a unit's assessment (an overdue 挂牌督办 hazard): the review accepts
 * it (one more occurrence of the rule) or rejects it, with the decision kept. Veto proposals go to
 * veto_hits with status 'proposed' and source 'accident' or 'hazard'. */
export const deductionProposals = pgTable(
  "deduction_proposals",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id),
    schemeItemId: integer("scheme_item_id")
      .notNull()
      .references(() => schemeItems.id),
    ruleKey: text("rule_key").notNull(),
    /** hazard or accident */
    sourceType: text("source_type").notNull(),
    sourceId: integer("source_id").notNull(),
    reason: text("reason").notNull(),
    status: proposalStatus("status").notNull().default("proposed"),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("deduction_proposals_uq").on(t.assessmentId, t.sourceType, t.sourceId, t.schemeItemId),
    index("deduction_proposals_item_idx").on(t.schemeItemId),
    index("deduction_proposals_decided_by_idx").on(t.decidedBy),
  ],
);

/** The editable 一岗双责 section of a leader's year-end report (述职), first generated from the records. */
export const dutyStatements = pgTable(
  "duty_statements",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    year: integer("year").notNull(),
    body: text("body").notNull(),
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex("duty_statements_uq").on(t.personId, t.year), index("duty_statements_updated_by_idx").on(t.updatedBy)],
);

export type WorkRecord = typeof workRecords.$inferSelect;
export type Hazard = typeof hazards.$inferSelect;
export type Accident = typeof accidents.$inferSelect;
export type AccountabilityCase = typeof accountabilityCases.$inferSelect;
export type EvidenceFile = typeof evidenceFiles.$inferSelect;
