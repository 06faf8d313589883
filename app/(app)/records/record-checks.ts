// What a viewer may put on a record, shared by the form (to offer it) and the action (to check it): the
// owner unit, the units concerned, the people, and the duty items — the published items of the lists that
// apply to the viewer (my duties) and, for the office or the unit's head/liaison, the unit's own lists.
import type { Db } from "@/db/client";
import { getDutiesForPerson } from "@/db/queries/my-duties";
import { activeUnitIds, listPeopleChoices, listUnitDutyChoices, type DutyChoiceList } from "@/db/queries/record-choices";
import type { Target, Viewer } from "@/lib/authz";
import { inScope, mayUseUnitLists, recordConcernedUnits, recordOwnerUnits } from "@/lib/records/scope";
import { orgDateOf, today } from "@/lib/clock";

/** The duty items a viewer may link on a record of `unitId` in `year`, list by list (no list twice). */
export async function loadDutyChoices(db: Db, viewer: Viewer, unitId: number, year: number): Promise<DutyChoiceList[]> {
  const asOf = orgDateOf(year, today());
  const [mine, unitLists] = await Promise.all([
    viewer.personId != null ? getDutiesForPerson(db, viewer.personId, year, asOf) : undefined,
    mayUseUnitLists(viewer, unitId) ? listUnitDutyChoices(db, unitId, year) : Promise.resolve([]),
  ]);
  const lists: DutyChoiceList[] = (mine?.lists ?? [])
    .filter((l) => l.version && l.items.length)
    .map((l) => ({
      listId: l.listId,
      ownerType: l.ownerType,
      unitName: l.unitName,
      postName: l.postName,
      leaderName: l.leaderName,
      items: l.items.map((i) => ({ itemKey: i.itemKey, text: i.text, category: i.category, cadence: i.cadence, kind: i.kind })),
    }));
  const seen = new Set(lists.map((l) => l.listId));
  return [...lists, ...unitLists.filter((l) => !seen.has(l.listId))];
}

export type RecordScopeInput = { unitId: number; unitIds: number[]; leadId: number; participantIds: number[] };

/**
 * The authorization target of a new record, or undefined (refused) when anything named is out of the
 * viewer's reach: an owner unit they may not record for, a unit concerned outside their scope, a unit that
 * does not exist, or a person outside the units in reach. The target is the owner unit, and the viewer
 * when they are on the record (staff and leaders record only work they took part in).
 */
export async function recordCreateTarget(db: Db, input: RecordScopeInput, viewer: Viewer, today: string): Promise<Target | undefined> {
  const owners = recordOwnerUnits(viewer);
  const concerned = recordConcernedUnits(viewer);
  if (!inScope(owners, input.unitId)) return undefined;
  if (!input.unitIds.every((u) => inScope(concerned, u))) return undefined;
  const unitIds = [...new Set([input.unitId, ...input.unitIds])];
  if ((await activeUnitIds(db, unitIds)).length !== unitIds.length) return undefined;
  const personIds = [...new Set([input.leadId, ...input.participantIds])];
  const reachable = await listPeopleChoices(db, concerned, today, personIds);
  if (reachable.length !== personIds.length) return undefined;
  return { unitIds: [input.unitId], personId: viewer.personId != null && personIds.includes(viewer.personId) ? viewer.personId : null };
}
