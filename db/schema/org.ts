
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { COMMITTEE_ROLES } from "@/lib/org/committee-seats";


export const unitKind = pgEnum("unit_kind", ["bureau", "leadership", "section", "affiliated", "branch"]);
export const unitGroup = pgEnum("unit_group", ["general", "regulatory", "technical", "field"]);
export const postKind = pgEnum("post_kind", [
  "director",
  "party_secretary",
  "deputy_director",
  "chief_engineer",
  "head",
  "deputy_head",
  "staff",
]);
export const holdingType = pgEnum("holding_type", ["primary", "concurrent", "acting"]);
export const supervisionKind = pgEnum("supervision_kind", ["primary", "assist"]);
export const committeeRole = pgEnum("committee_role", COMMITTEE_ROLES);

export const units = pgTable(
  "units",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    parentId: integer("parent_id").references((): AnyPgColumn => units.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: unitKind("kind").notNull(),
    group: unitGroup("group"),
    sortOrder: integer("sort_order").notNull().default(0),
    isActive: boolean("is_active").notNull().default(true),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("units_code_uq").on(t.code),
    index("units_parent_idx").on(t.parentId),
    index("units_kind_idx").on(t.kind),
  ],
);

export const posts = pgTable(
  "posts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    name: text("name").notNull(),
    kind: postKind("kind").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    isActive: boolean("is_active").notNull().default(true),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [index("posts_unit_idx").on(t.unitId), index("posts_kind_idx").on(t.kind)],
);

export const people = pgTable(
  "people",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    staffNo: text("staff_no").notNull(),
    name: text("name").notNull(),
    phone: text("phone"),
    isActive: boolean("is_active").notNull().default(true),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [uniqueIndex("people_staff_no_uq").on(t.staffNo), index("people_name_idx").on(t.name)],
);

export const postHoldings = pgTable(
  "post_holdings",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id),
    type: holdingType("type").notNull().default("primary"),
    startDate: date("start_date").notNull(),
    endDate: date("end_date"),
    ...timestamps,
  },
  (t) => [
    index("post_holdings_person_idx").on(t.personId),
    index("post_holdings_post_idx").on(t.postId),
    index("post_holdings_dates_idx").on(t.startDate, t.endDate),
  ],
);

export const supervisions = pgTable(
  "supervisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    leaderId: integer("leader_id")
      .notNull()
      .references(() => people.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    kind: supervisionKind("kind").notNull().default("primary"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("supervisions_year_leader_unit_uq").on(t.year, t.leaderId, t.unitId),
    index("supervisions_leader_idx").on(t.leaderId),
    index("supervisions_unit_idx").on(t.unitId),
    index("supervisions_year_idx").on(t.year),
  ],
);

export const committees = pgTable(
  "committees",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    name: text("name").notNull(),
    officeUnitId: integer("office_unit_id")
      .notNull()
      .references(() => units.id),
    ...timestamps,
  },
  (t) => [uniqueIndex("committees_year_uq").on(t.year), index("committees_office_unit_idx").on(t.officeUnitId)],
);

export const committeeMembers = pgTable(
  "committee_members",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    committeeId: integer("committee_id")
      .notNull()
      .references(() => committees.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    role: committeeRole("role").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("committee_members_uq").on(t.committeeId, t.personId),
    index("committee_members_person_idx").on(t.personId),
  ],
);


export type Unit = typeof units.$inferSelect;
export type NewUnit = typeof units.$inferInsert;
export type Post = typeof posts.$inferSelect;
export type NewPost = typeof posts.$inferInsert;
export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
export type PostHolding = typeof postHoldings.$inferSelect;
export type Supervision = typeof supervisions.$inferSelect;
export type Committee = typeof committees.$inferSelect;
export type CommitteeMember = typeof committeeMembers.$inferSelect;
