import { index, integer, pgEnum, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { responsibilityLists } from "./duties";
import { people } from "./org";

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
