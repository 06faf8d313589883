import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { DUTY_CATEGORIES } from "@/lib/duties/categories";
import { timestamps } from "./columns";
import { people, posts, units } from "./org";
import { users } from "./auth";

// The categories are a rule of the domain (lib/), the enum their storage.
export { DUTY_CATEGORIES };
export const dutyCategory = pgEnum("duty_category", DUTY_CATEGORIES);
export const dutyKind = pgEnum("duty_kind", ["business", "safety"]);
export const responsibilityType = pgEnum("responsibility_type", ["first", "leadership", "direct", "post"]);
export const cadence = pgEnum("cadence", ["once", "monthly", "quarterly", "yearly", "on_event"]);
export const listOwnerType = pgEnum("list_owner_type", ["unit", "post", "leader"]);
export const listStatus = pgEnum("list_status", [
  "draft",
  "submitted",
  "reviewed",
  "confirmed",
  "approved",
  "published",
  "archived",
]);
export const TEMPLATE_KEYS = [
  "director",
  "party_secretary",
  "deputy_safety",
  "deputy_other",
  "chief_engineer",
  "head_general",
  "head_regulatory",
  "head_technical",
  "head_branch",
  "unit",
  "staff",
] as const;
export const templateKey = pgEnum("template_key", TEMPLATE_KEYS);


/** The fields of a duty item, shared by templates, working copies and published versions. */
const itemFields = {
  text: text("text").notNull(),
  category: dutyCategory("category").notNull(),
  kind: dutyKind("kind").notNull(),
  responsibilityType: responsibilityType("responsibility_type").notNull(),
  legalBasis: text("legal_basis"),
  scope: text("scope"),
  standard: text("standard"),
  cadence: cadence("cadence").notNull().default("yearly"),
  evidenceRequired: text("evidence_required"),
  sortOrder: integer("sort_order").notNull().default(0),
};

export const dutyTemplates = pgTable(
  "duty_templates",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    templateKey: templateKey("template_key").notNull(),
    /** Template-local reference: a safety item names the business item it belongs to by `ref`. */
    ref: text("ref").notNull(),
    pairedRef: text("paired_ref"),
    ...itemFields,
    isActive: boolean("is_active").notNull().default(true),
    ...timestamps,
  },
  (t) => [index("duty_templates_key_idx").on(t.templateKey), unique("duty_templates_ref_uq").on(t.templateKey, t.ref)],
);

/** One list per year per owner: a unit, a post, or a leader (person). */
export const responsibilityLists = pgTable(
  "responsibility_lists",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    ownerType: listOwnerType("owner_type").notNull(),
    /** The owner's unit (for a post, its unit; for a leader, the leadership team) — the scope of the list. */
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    postId: integer("post_id").references(() => posts.id),
    leaderId: integer("leader_id").references(() => people.id),
    status: listStatus("status").notNull().default("draft"),
    /** Latest published version number; null until first published. */
    publishedVersionNo: integer("published_version_no"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique("responsibility_lists_owner_uq").on(t.year, t.ownerType, t.unitId, t.postId, t.leaderId).nullsNotDistinct(),
    index("responsibility_lists_year_idx").on(t.year),
    index("responsibility_lists_unit_idx").on(t.unitId),
    index("responsibility_lists_post_idx").on(t.postId),
    index("responsibility_lists_leader_idx").on(t.leaderId),
    index("responsibility_lists_status_idx").on(t.status),
  ],
);

/** The editable working copy of a list's items. */
export const listItems = pgTable(
  "list_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    listId: integer("list_id")
      .notNull()
      .references(() => responsibilityLists.id),
    /** Stable across versions and years: what the diff and the history follow. */
    itemKey: text("item_key").notNull(),
    /** For a safety item: the item_key of the business item it belongs to (管业务必须管安全). */
    pairedKey: text("paired_key"),
    /** For a leader's oversight item: the supervised unit it covers. */
    supervisedUnitId: integer("supervised_unit_id").references(() => units.id),
    ...itemFields,
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index("list_items_list_idx").on(t.listId),
    uniqueIndex("list_items_key_uq").on(t.listId, t.itemKey),
    index("list_items_supervised_unit_idx").on(t.supervisedUnitId),
  ],
);

/** An immutable published version with the SHA-256 of its canonical content. */
export const listVersions = pgTable(
  "list_versions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    listId: integer("list_id")
      .notNull()
      .references(() => responsibilityLists.id),
    versionNo: integer("version_no").notNull(),
    contentHash: text("content_hash").notNull(),
    itemCount: integer("item_count").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    publishedBy: integer("published_by").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    unique("list_versions_no_uq").on(t.listId, t.versionNo),
    index("list_versions_list_idx").on(t.listId),
    index("list_versions_published_by_idx").on(t.publishedBy),
    index("list_versions_published_at_idx").on(t.publishedAt),
  ],
);

export const listVersionItems = pgTable(
  "list_version_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    versionId: integer("version_id")
      .notNull()
      .references(() => listVersions.id),
    itemKey: text("item_key").notNull(),
    pairedKey: text("paired_key"),
    supervisedUnitId: integer("supervised_unit_id").references(() => units.id),
    ...itemFields,
    ...timestamps,
  },
  (t) => [
    index("list_version_items_version_idx").on(t.versionId),
    index("list_version_items_key_idx").on(t.itemKey),
    index("list_version_items_category_idx").on(t.category),
    index("list_version_items_supervised_unit_idx").on(t.supervisedUnitId),
  ],
);

export type DutyTemplate = typeof dutyTemplates.$inferSelect;
export type ResponsibilityList = typeof responsibilityLists.$inferSelect;
export type ListItem = typeof listItems.$inferSelect;
export type NewListItem = typeof listItems.$inferInsert;
export type ListVersion = typeof listVersions.$inferSelect;
export type ListVersionItem = typeof listVersionItems.$inferSelect;
export type DutyCategory = (typeof DUTY_CATEGORIES)[number];
