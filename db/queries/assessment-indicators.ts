// Control indicators (控制指标) of a scheme: the units × indicators table (a fixed number of queries), one
// unit's value, and the writes — a new indicator, a unit's target and actual with a version check.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { AuditedTx } from "../audited";
import type { Db } from "../client";
import { assessmentSchemes, indicators, indicatorValues, units } from "../schema";
import { ASSESSED_KINDS, listAssessedUnits, listIndicators } from "./assessment-scheme";
import { now as clockNow } from "@/lib/clock";

/** The indicator table: indicators × assessed units, with the stored target and actual. Three queries. */
export async function getIndicatorTable(db: Db, schemeId: number) {
  const [inds, unitRows, values] = await Promise.all([
    listIndicators(db, schemeId),
    listAssessedUnits(db),
    db
      .select({
        id: indicatorValues.id,
        indicatorId: indicatorValues.indicatorId,
        unitId: indicatorValues.unitId,
        target: indicatorValues.target,
        actual: indicatorValues.actual,
        version: indicatorValues.version,
      })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .where(eq(indicators.schemeId, schemeId)),
  ]);
  return { indicators: inds, units: unitRows, values };
}

export async function getIndicator(db: Db, indicatorId: number) {
  const [row] = await db
    .select({ indicator: indicators, schemeStatus: assessmentSchemes.status, year: assessmentSchemes.year })
    .from(indicators)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, indicators.schemeId))
    .where(eq(indicators.id, indicatorId));
  return row;
}

export async function isAssessedUnit(db: Db, unitId: number) {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.isActive, true), inArray(units.kind, [...ASSESSED_KINDS])));
  return !!row;
}

/** A new indicator after the scheme's others; undefined when its code is taken. */
export async function createIndicator(tx: AuditedTx, row: Omit<typeof indicators.$inferInsert, "sortOrder">) {
  const sortOrder = sql`(select coalesce(max(x.sort_order), 0) + 1 from ${indicators} x where x.scheme_id = ${row.schemeId})`;
  const [created] = await tx
    .insert(indicators)
    .values({ ...row, sortOrder })
    .onConflictDoNothing()
    .returning();
  return created;
}

/**
 * Sets one unit's target and actual for an indicator. A first value is an insert (refused when someone
 * stored one meanwhile); later ones are guarded by the version the form carried. Undefined when stale.
 */
export async function upsertIndicatorValue(
  tx: AuditedTx,
  v: {
    indicatorId: number;
    unitId: number;
    target: number;
    actual: number | null;
    version: number | null;
    userId: number | null;
  },
) {
  const now = clockNow();
  if (v.version == null) {
    const [row] = await tx
      .insert(indicatorValues)
      .values({ indicatorId: v.indicatorId, unitId: v.unitId, target: v.target, actual: v.actual, updatedBy: v.userId })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await tx
    .update(indicatorValues)
    .set({
      target: v.target,
      actual: v.actual,
      updatedBy: v.userId,
      version: sql`${indicatorValues.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(indicatorValues.indicatorId, v.indicatorId),
        eq(indicatorValues.unitId, v.unitId),
        eq(indicatorValues.version, v.version),
      ),
    )
    .returning();
  return row;
}

export async function getIndicatorValue(db: Db, indicatorId: number, unitId: number) {
  const [row] = await db
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.unitId, unitId)));
  return row;
}
