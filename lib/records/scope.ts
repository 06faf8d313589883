// Which units a viewer reaches for work records, from the permission table's scopes (lib/authz): the list
// and due pages put this in their WHERE; the record form offers only these units and people.
import { PERMISSIONS, type Permission, type Role, type Scope, type Viewer } from "@/lib/authz";

export type UnitScope = "all" | number[];

type ScopeViewer = Pick<Viewer, "roles" | "headedUnitIds" | "liaisonUnitIds" | "supervisedUnitIds" | "ownUnitIds">;

const union = (...lists: number[][]) => [...new Set(lists.flat())].sort((a, b) => a - b);

/** Units reached through a permission: "all", or those of the viewer's supervised/unit scopes. A "self"
 * scope adds no unit (the query adds the records the viewer is on). */
export function unitScopeOf(viewer: ScopeViewer, permission: Permission): UnitScope {
  const grants = PERMISSIONS[permission] as Partial<Record<Role, Scope>>;
  const lists: number[][] = [];
  for (const role of viewer.roles) {
    const scope = grants[role];
    if (scope === "all") return "all";
    if (scope === "supervised") lists.push(viewer.supervisedUnitIds);
    if (scope === "unit") lists.push(viewer.headedUnitIds, viewer.liaisonUnitIds);
  }
  return union(...lists);
}

/** Units that may own a record the viewer enters: any for the office; else the units they head or liaise
 * for and the units of their own posts (staff and leaders record their own work). */
export function recordOwnerUnits(viewer: ScopeViewer): UnitScope {
  if (unitScopeOf(viewer, "record.edit") === "all") return "all";
  return union(viewer.ownUnitIds, viewer.headedUnitIds, viewer.liaisonUnitIds);
}

/** Units a record the viewer enters may concern: any for the office; else their own, headed, liaised and
 * supervised (分管) units. */
export function recordConcernedUnits(viewer: ScopeViewer): UnitScope {
  if (unitScopeOf(viewer, "record.edit") === "all") return "all";
  return union(viewer.ownUnitIds, viewer.headedUnitIds, viewer.liaisonUnitIds, viewer.supervisedUnitIds);
}

/** May the viewer link a unit's own lists (unit and post lists) to a record: the office, or its head or
 * liaison. Others link the lists that apply to them. */
export function mayUseUnitLists(viewer: ScopeViewer, unitId: number): boolean {
  const scope = unitScopeOf(viewer, "record.edit");
  return scope === "all" || viewer.headedUnitIds.includes(unitId) || viewer.liaisonUnitIds.includes(unitId);
}

export const inScope = (scope: UnitScope, unitId: number) => scope === "all" || scope.includes(unitId);
