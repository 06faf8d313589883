import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { units } from "../schema";

/** Active units (id, name, kind) for selects, optionally limited to a scope; one query. */
export async function listUnitsBrief(db: Db, unitIds: number[] | "all") {
  return db
    .select({ id: units.id, name: units.name, kind: units.kind })
    .from(units)
    .where(and(eq(units.isActive, true), unitIds === "all" ? sql`true` : unitIds.length ? inArray(units.id, unitIds) : sql`false`))
    .orderBy(asc(units.sortOrder), asc(units.id));
}
