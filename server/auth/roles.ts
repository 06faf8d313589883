// Roles and scopes from the org: granted roles plus what posts give (base roles), and per year what 分管 and
// committee seats give. The viewer's roles are those of the working year; `forYear` (lib/authz.ts) gives
// those of any other year an object belongs to.
import "server-only";
import type { getSessionViewerRow } from "@/db/queries/auth";
import { yearRoles, type Role, type Viewer, type YearFacts } from "@/lib/authz";
import { isLeaderPostKind } from "@/lib/org/post-kinds";
import { workingYearOf } from "@/lib/years/working-year";

type ViewerRow = NonNullable<Awaited<ReturnType<typeof getSessionViewerRow>>>;

const SEAT_RANK = ["chair", "executive_vice_chair", "vice_chair", "office_director", "member", "liaison"];

/** Per year: supervised units and the highest seat held on that year's committee. */
export function yearFactsOf(row: Pick<ViewerRow, "supervised" | "seats">): Record<number, YearFacts> {
  const byYear: Record<number, YearFacts> = {};
  const of = (y: number) => (byYear[y] ??= { supervisedUnitIds: [], committeeSeat: null });
  for (const s of row.supervised) {
    const f = of(s.year);
    if (!f.supervisedUnitIds.includes(s.unitId)) f.supervisedUnitIds.push(s.unitId);
  }
  const rank = (seat: string | null) => (seat === null ? Infinity : SEAT_RANK.indexOf(seat) === -1 ? SEAT_RANK.length : SEAT_RANK.indexOf(seat));
  for (const m of row.seats) {
    const f = of(m.year);
    if (rank(m.seat) < rank(f.committeeSeat)) f.committeeSeat = m.seat;
  }
  return byYear;
}

export function buildViewer(row: ViewerRow, passwordExpired: boolean, calendarYear: number): Viewer {
  const base = new Set<Role>();
  const liaisonUnitIds: number[] = [];
  for (const g of row.granted) {
    base.add(g.role as Role);
    if (g.role === "safety_liaison" && g.unitId) liaisonUnitIds.push(g.unitId);
  }
  const headedUnitIds = row.holdings.filter((h) => h.postKind === "head").map((h) => h.unitId);
  const ownUnitIds = [...new Set(row.holdings.map((h) => h.unitId))];
  if (row.holdings.length > 0) base.add("staff");
  if (headedUnitIds.length) base.add("unit_head");
  if (row.holdings.some((h) => isLeaderPostKind(h.postKind))) base.add("leader");
  const byYear = yearFactsOf(row);
  const year = workingYearOf(row.preparedYears.map(Number), calendarYear);
  const facts = byYear[year] ?? { supervisedUnitIds: [], committeeSeat: null };
  const baseRoles = [...base];
  return {
    userId: row.userId,
    username: row.username,
    personId: row.personId,
    personName: row.personName,
    roles: yearRoles(baseRoles, facts),
    locale: row.locale,
    headedUnitIds: [...new Set(headedUnitIds)],
    liaisonUnitIds,
    supervisedUnitIds: facts.supervisedUnitIds,
    ownUnitIds,
    mustChangePassword: row.mustChangePassword || passwordExpired,
    sessionId: row.sessionId,
    year,
    baseRoles,
    byYear,
  };
}
