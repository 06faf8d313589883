// Page-level permission check: the viewer, or null after recording the denied visit in the audit log. When the
// target names a year, the viewer returned is resolved for that year (its roles are that year's).
import "server-only";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { can, forYear, type Permission, type Target, type Viewer } from "@/lib/authz";
import { actorOf, requireViewer } from "@/server/auth/viewer";

export async function guardPage(
  permission: Permission,
  path: string,
  target?: (viewer: Viewer) => Promise<Target | undefined> | Target | undefined,
): Promise<{ viewer: Viewer; allowed: boolean }> {
  const signedIn = await requireViewer();
  const t = target ? await target(signedIn) : undefined;
  const viewer = t?.year !== undefined ? forYear(signedIn, t.year) : signedIn;
  const allowed = can(viewer, permission, t);
  if (!allowed) {
    await recordAudit(await getDb(), await actorOf(viewer), { action: "page.view", objectType: "page", objectId: path, result: "denied" });
  }
  return { viewer, allowed };
}
