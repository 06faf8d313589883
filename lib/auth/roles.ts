// Roles and scopes from the org: granted roles plus what posts, 分管 and committee seats imply.
import type { getSessionViewerRow } from "@/db/queries/auth";
import type { Role, Viewer } from "@/lib/authz";

const LEADER_POSTS = new Set(["director", "party_secretary", "deputy_director", "chief_engineer"]);

type ViewerRow = NonNullable<Awaited<ReturnType<typeof getSessionViewerRow>>>;

export function buildViewer(row: ViewerRow, passwordExpired: boolean): Viewer {
  const roles = new Set<Role>();
  const liaisonUnitIds: number[] = [];
  for (const g of row.granted) {
    roles.add(g.role as Role);
    if (g.role === "safety_liaison" && g.unitId) liaisonUnitIds.push(g.unitId);
  }
  const headedUnitIds = row.holdings.filter((h) => h.postKind === "head").map((h) => h.unitId);
  const ownUnitIds = [...new Set(row.holdings.map((h) => h.unitId))];
  if (row.holdings.length > 0) roles.add("staff");
  if (headedUnitIds.length) roles.add("unit_head");
  if (row.holdings.some((h) => LEADER_POSTS.has(h.postKind)) || row.supervised.length) roles.add("leader");
  if (row.onCommittee) roles.add("committee_member");
  if (row.committeeSeat === "chair" || row.committeeSeat === "executive_vice_chair") roles.add("committee_chair");
  return {
    userId: row.userId,
    username: row.username,
    personId: row.personId,
    personName: row.personName,
    roles: [...roles],
    locale: row.locale,
    headedUnitIds: [...new Set(headedUnitIds)],
    liaisonUnitIds,
    supervisedUnitIds: [...new Set(row.supervised)],
    ownUnitIds,
    mustChangePassword: row.mustChangePassword || passwordExpired,
    sessionId: row.sessionId,
  };
}
