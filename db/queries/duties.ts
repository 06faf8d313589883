// Reads for the duty-list pages: the lists of a year, one list with its working copy and versions, a
// version's items, and the templates. Each is one query (a list page is three).
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { signsList } from "./signoff";
import {
  dutyTemplates,
  listItems,
  listVersionItems,
  listVersions,
  people,
  posts,
  responsibilityLists,
  units,
} from "../schema";

const ownerUnit = alias(units, "owner_unit");

const listColumns = {
  id: responsibilityLists.id,
  year: responsibilityLists.year,
  ownerType: responsibilityLists.ownerType,
  unitId: responsibilityLists.unitId,
  postId: responsibilityLists.postId,
  leaderId: responsibilityLists.leaderId,
  status: responsibilityLists.status,
  publishedVersionNo: responsibilityLists.publishedVersionNo,
  version: responsibilityLists.version,
  updatedAt: responsibilityLists.updatedAt,
  unitName: ownerUnit.name,
  unitKind: ownerUnit.kind,
  postName: posts.name,
  postKind: posts.kind,
  leaderName: people.name,
};

export type ListFilter = {
  year: number;
  unitId?: number;
  leaderId?: number;
  ownerType?: "unit" | "post" | "leader";
  /** What the viewer may read, when not everything: the lists of these units, and the lists the person
   * signs on `onDate` (a post they hold, their unit as its head, their own leader list). */
  scope?: { unitIds: number[]; personId: number | null; onDate: string };
};

export async function listResponsibilityLists(db: Db, f: ListFilter) {
  const where: SQL[] = [eq(responsibilityLists.year, f.year)];
  if (f.unitId) where.push(eq(responsibilityLists.unitId, f.unitId));
  if (f.ownerType) where.push(eq(responsibilityLists.ownerType, f.ownerType));
  if (f.leaderId) where.push(eq(responsibilityLists.leaderId, f.leaderId));
  if (f.scope) {
    const { unitIds, personId, onDate } = f.scope;
    const readable = [
      ...(unitIds.length ? [inArray(responsibilityLists.unitId, unitIds)] : []),
      ...(personId != null ? [signsList(personId, onDate)] : []),
    ];
    where.push(readable.length ? or(...readable)! : sql`false`);
  }
  return db
    .select({
      ...listColumns,
      itemCount: sql<number>`(select count(*) from list_items li where li.list_id = ${responsibilityLists.id})`.mapWith(Number),
    })
    .from(responsibilityLists)
    .innerJoin(ownerUnit, eq(ownerUnit.id, responsibilityLists.unitId))
    .leftJoin(posts, eq(posts.id, responsibilityLists.postId))
    .leftJoin(people, eq(people.id, responsibilityLists.leaderId))
    .where(and(...where))
    .orderBy(asc(ownerUnit.sortOrder), asc(ownerUnit.id), asc(responsibilityLists.ownerType), asc(posts.sortOrder), asc(responsibilityLists.id))
    .limit(2000);
}

export async function getListHeader(db: Db, listId: number) {
  const [row] = await db
    .select(listColumns)
    .from(responsibilityLists)
    .innerJoin(ownerUnit, eq(ownerUnit.id, responsibilityLists.unitId))
    .leftJoin(posts, eq(posts.id, responsibilityLists.postId))
    .leftJoin(people, eq(people.id, responsibilityLists.leaderId))
    .where(eq(responsibilityLists.id, listId));
  return row;
}

const supervised = alias(units, "supervised_unit");

export async function listWorkingItems(db: Db, listId: number) {
  return db
    .select({
      id: listItems.id,
      itemKey: listItems.itemKey,
      pairedKey: listItems.pairedKey,
      supervisedUnitId: listItems.supervisedUnitId,
      supervisedUnitName: supervised.name,
      text: listItems.text,
      category: listItems.category,
      kind: listItems.kind,
      responsibilityType: listItems.responsibilityType,
      legalBasis: listItems.legalBasis,
      scope: listItems.scope,
      standard: listItems.standard,
      cadence: listItems.cadence,
      evidenceRequired: listItems.evidenceRequired,
      sortOrder: listItems.sortOrder,
      version: listItems.version,
    })
    .from(listItems)
    .leftJoin(supervised, eq(supervised.id, listItems.supervisedUnitId))
    .where(eq(listItems.listId, listId))
    .orderBy(asc(listItems.sortOrder), asc(listItems.id));
}

export async function listVersionsOf(db: Db, listId: number) {
  return db
    .select({
      id: listVersions.id,
      versionNo: listVersions.versionNo,
      contentHash: listVersions.contentHash,
      itemCount: listVersions.itemCount,
      publishedAt: listVersions.publishedAt,
    })
    .from(listVersions)
    .where(eq(listVersions.listId, listId))
    .orderBy(desc(listVersions.versionNo));
}

/** The content columns of a published item (what a version hash covers, plus the order). */
export const versionItemColumns = {
  itemKey: listVersionItems.itemKey,
  pairedKey: listVersionItems.pairedKey,
  supervisedUnitId: listVersionItems.supervisedUnitId,
  text: listVersionItems.text,
  category: listVersionItems.category,
  kind: listVersionItems.kind,
  responsibilityType: listVersionItems.responsibilityType,
  legalBasis: listVersionItems.legalBasis,
  scope: listVersionItems.scope,
  standard: listVersionItems.standard,
  cadence: listVersionItems.cadence,
  evidenceRequired: listVersionItems.evidenceRequired,
  sortOrder: listVersionItems.sortOrder,
};

export async function listVersionItemsOf(db: Db, listId: number, versionNo: number) {
  return db
    .select(versionItemColumns)
    .from(listVersionItems)
    .innerJoin(listVersions, eq(listVersions.id, listVersionItems.versionId))
    .where(and(eq(listVersions.listId, listId), eq(listVersions.versionNo, versionNo)))
    .orderBy(asc(listVersionItems.sortOrder), asc(listVersionItems.id));
}

export async function getWorkingItem(db: Db, itemId: number) {
  const [row] = await db
    .select({ item: listItems, list: responsibilityLists })
    .from(listItems)
    .innerJoin(responsibilityLists, eq(responsibilityLists.id, listItems.listId))
    .where(eq(listItems.id, itemId));
  return row;
}

export async function listTemplates(db: Db) {
  return db
    .select()
    .from(dutyTemplates)
    .where(eq(dutyTemplates.isActive, true))
    .orderBy(asc(dutyTemplates.templateKey), asc(dutyTemplates.sortOrder), asc(dutyTemplates.id));
}

/** Owner choices for creating a list in a unit: the unit itself and its active posts; one query. */
export async function listPostsOfUnits(db: Db, unitIds: number[] | "all") {
  return db
    .select({ id: posts.id, name: posts.name, unitId: posts.unitId, unitName: units.name, kind: posts.kind })
    .from(posts)
    .innerJoin(units, eq(units.id, posts.unitId))
    .where(and(eq(posts.isActive, true), unitIds === "all" ? sql`true` : unitIds.length ? inArray(posts.unitId, unitIds) : sql`false`))
    .orderBy(asc(units.sortOrder), asc(units.id), asc(posts.sortOrder), asc(posts.id));
}

export async function getPost(db: Db, postId: number) {
  const [row] = await db.select().from(posts).where(eq(posts.id, postId));
  return row;
}
