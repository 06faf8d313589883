import { index, integer, pgEnum, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { responsibilityLists } from "./duties";
import { people, units } from "./org";

export const listStep = pgEnum("list_step", ["submit", "review", "confirm", "approve", "publish", "return"]);
export const signatureRole = pgEnum("signature_role", ["confirm", "approve"]);

/** Every step of a list's workflow, with who took it and the comment (a return must say why). */
export const listEvents = pgTable(
  "list_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    listId: integer("list_id")
      .notNull()
      .references(() => responsibilityLists.id),
    step: listStep("step").notNull(),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
    actorUserId: integer("actor_user_id").references(() => users.id),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("list_events_list_idx").on(t.listId), index("list_events_actor_idx").on(t.actorUserId)],
);

/**
 * A signature binds to exactly the content signed: the canonical text itself is kept with its SHA-256,
 * so a later change to the list, or to the stored text, is detectable. Rows are immutable (trigger).
 */
export const listSignatures = pgTable(
  "list_signatures",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    listId: integer("list_id")
      .notNull()
      .references(() => responsibilityLists.id),
    role: signatureRole("role").notNull(),
    signerUserId: integer("signer_user_id")
      .notNull()
      .references(() => users.id),
    signerPersonId: integer("signer_person_id").references(() => people.id),
    /** The signer's post(s) at that moment, as text. */
    signerPost: text("signer_post"),
    content: text("content").notNull(),
    contentHash: text("content_hash").notNull(),
    method: text("method").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("list_signatures_once_uq").on(t.listId, t.role, t.signerUserId, t.contentHash),
    index("list_signatures_list_idx").on(t.listId),
    index("list_signatures_signer_idx").on(t.signerUserId),
    index("list_signatures_person_idx").on(t.signerPersonId),
  ],
);

export type ListSignature = typeof listSignatures.$inferSelect;
export type ListEvent = typeof listEvents.$inferSelect;

export const pledgeKind = pgEnum("pledge_kind", ["responsibility", "commitment"]);
export const pledgeStatus = pgEnum("pledge_status", ["pending", "signed_b", "signed_a", "complete", "superseded"]);
export const pledgeParty = pgEnum("pledge_party", ["a", "b"]);

/**
 * 责任书 (a superior with a subordinate leader or head) and 承诺书 (a head with each staff member), per year,
 * generated from party B's list and the year's targets. Party A is the superior. A pledge's text is fixed
 * when generated; a change of duties supersedes it with a new pledge.
 */
export const pledges = pgTable(
  "pledges",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    kind: pledgeKind("kind").notNull(),
    /** 1: 局长 ↔ leaders; 2: leaders ↔ heads of supervised units; 3: heads ↔ staff. */
    level: integer("level").notNull(),
    partyAId: integer("party_a_id")
      .notNull()
      .references(() => people.id),
    partyBId: integer("party_b_id")
      .notNull()
      .references(() => people.id),
    unitId: integer("unit_id").references(() => units.id),
    listId: integer("list_id").references(() => responsibilityLists.id),
    title: text("title").notNull(),
    targets: text("targets"),
    content: text("content").notNull(),
    contentHash: text("content_hash").notNull(),
    status: pledgeStatus("status").notNull().default("pending"),
    /** The pledge this one replaces (a successor after a handover, or new content). */
    replacesId: integer("replaces_id"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("pledges_year_idx").on(t.year),
    index("pledges_party_a_idx").on(t.partyAId),
    index("pledges_party_b_idx").on(t.partyBId),
    index("pledges_unit_idx").on(t.unitId),
    index("pledges_list_idx").on(t.listId),
    index("pledges_status_idx").on(t.status),
  ],
);

export const pledgeSignatures = pgTable(
  "pledge_signatures",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    pledgeId: integer("pledge_id")
      .notNull()
      .references(() => pledges.id),
    party: pledgeParty("party").notNull(),
    signerUserId: integer("signer_user_id")
      .notNull()
      .references(() => users.id),
    signerPersonId: integer("signer_person_id").references(() => people.id),
    signerPost: text("signer_post"),
    contentHash: text("content_hash").notNull(),
    method: text("method").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("pledge_signatures_once_uq").on(t.pledgeId, t.party),
    index("pledge_signatures_pledge_idx").on(t.pledgeId),
    index("pledge_signatures_signer_idx").on(t.signerUserId),
    index("pledge_signatures_person_idx").on(t.signerPersonId),
  ],
);

export type Pledge = typeof pledges.$inferSelect;
export type PledgeSignature = typeof pledgeSignatures.$inferSelect;
