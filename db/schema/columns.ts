// Column helpers every domain schema shares.
import { customType, timestamp } from "drizzle-orm/pg-core";

/** created_at / updated_at on every table. */
export const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** Files kept in the database (evidence, attachments), read as bytes on both drivers. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});
