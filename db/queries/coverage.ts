// The inputs of the coverage rules for a year, in six queries whatever the size of the organisation:
// units, posts, holdings in force, 分管, the year's lists, and the items of each list's latest published
// version (only the columns the rules read).
import { and, asc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { CoverageInput, CoverageItem } from "@/lib/coverage/types";
import { rowsOf, type Db } from "../client";
import { people, postHoldings, posts, responsibilityLists, supervisions, units } from "../schema";

/** Number of statements `getCoverageData` runs (the bench prints it; a test may hold it to this). */
export const COVERAGE_QUERY_COUNT = 6;

/** Holdings are taken as of today, or as of 31 December for a past year. */
export function coverageAsOf(year: number, today: string): string {
  return Number(today.slice(0, 4)) > year ? `${year}-12-31` : today;
}

export async function getCoverageData(db: Db, year: number, today: string): Promise<CoverageInput> {
  const asOf = coverageAsOf(year, today);
  const [unitRows, postRows, holdingRows, supervisionRows, listRows, itemResult] = await Promise.all([
    db
      .select({ id: units.id, name: units.name, kind: units.kind, parentId: units.parentId, sortOrder: units.sortOrder })
      .from(units)
      .where(eq(units.isActive, true)),
    db
      .select({ id: posts.id, unitId: posts.unitId, name: posts.name, kind: posts.kind, sortOrder: posts.sortOrder })
      .from(posts)
      .innerJoin(units, eq(units.id, posts.unitId))
      .where(and(eq(posts.isActive, true), eq(units.isActive, true))),
    db
      .select({ personId: postHoldings.personId, personName: people.name, postId: postHoldings.postId, type: postHoldings.type })
      .from(postHoldings)
      .innerJoin(people, eq(people.id, postHoldings.personId))
      .innerJoin(posts, eq(posts.id, postHoldings.postId))
      .where(
        and(
          eq(people.isActive, true),
          eq(posts.isActive, true),
          lte(postHoldings.startDate, asOf),
          or(isNull(postHoldings.endDate), gte(postHoldings.endDate, asOf)),
        ),
      )
      .orderBy(asc(postHoldings.personId), asc(postHoldings.id)),
    // A departed leader no longer supervises anything: the unit shows as without a leader.
    db
      .select({ leaderId: supervisions.leaderId, leaderName: people.name, unitId: supervisions.unitId, kind: supervisions.kind })
      .from(supervisions)
      .innerJoin(people, eq(people.id, supervisions.leaderId))
      .where(and(eq(supervisions.year, year), eq(people.isActive, true)))
      .orderBy(asc(supervisions.unitId), asc(supervisions.kind), asc(supervisions.id)),
    db
      .select({
        id: responsibilityLists.id,
        ownerType: responsibilityLists.ownerType,
        unitId: responsibilityLists.unitId,
        postId: responsibilityLists.postId,
        leaderId: responsibilityLists.leaderId,
        status: responsibilityLists.status,
        publishedVersionNo: responsibilityLists.publishedVersionNo,
        leaderName: people.name,
      })
      .from(responsibilityLists)
      .leftJoin(people, eq(people.id, responsibilityLists.leaderId))
      .where(eq(responsibilityLists.year, year))
      .orderBy(asc(responsibilityLists.id)),
    // Raw rows with camelCase aliases: at 100k items the builder's per-row mapping is the slow part.
    db.execute(sql`
      select v.list_id as "listId", i.item_key as "itemKey", i.kind, i.category, i.paired_key as "pairedKey",
        i.supervised_unit_id as "supervisedUnitId",
        (i.scope is not null and i.scope <> '') as "hasScope",
        (i.standard is not null and i.standard <> '') as "hasStandard"
      from responsibility_lists l
      join list_versions v on v.list_id = l.id and v.version_no = l.published_version_no
      join list_version_items i on i.version_id = v.id
      where l.year = ${year}
    `),
  ]);
  return {
    year,
    units: unitRows,
    posts: postRows,
    holdings: holdingRows,
    supervisions: supervisionRows,
    lists: listRows,
    items: rowsOf<CoverageItem>(itemResult),
  };
}
