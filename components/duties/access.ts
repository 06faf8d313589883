// The authorization targets of duty history: the list's unit (and, for a leader list, the units it
// covers) and the person who holds the duty. The sheet uses the same rule to decide which history
// links it shows, so a link is only shown to someone the history page will let in.
import type { Target } from "@/lib/authz";
import type { ItemHistory, PersonDutyList } from "@/db/queries/my-duties";

/** Target of a history link on a person's sheet: the subject holds the post / leads the list today. */
export function sheetListTarget(list: PersonDutyList, subjectPersonId: number, supervisedUnitIds: number[], year: number): Target {
  const isSubjectHolder = list.ownerType !== "unit" || list.isHead;
  return {
    unitIds: list.ownerType === "leader" ? [list.unitId, ...supervisedUnitIds] : [list.unitId],
    personId: isSubjectHolder ? subjectPersonId : null,
    year,
  };
}

/** Target of the history page: the viewer when they held the duty on the date, else the first holder. */
export function historyTarget(history: ItemHistory, viewerPersonId: number | null): Target {
  const holders = history.holders.map((h) => h.personId);
  return {
    unitIds: [history.list.unitId, ...history.supervisedUnitIds],
    personId: viewerPersonId != null && holders.includes(viewerPersonId) ? viewerPersonId : (holders[0] ?? null),
    year: history.list.year,
  };
}
