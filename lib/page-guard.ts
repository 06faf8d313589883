// Page-level permission check: the viewer, or null after recording the denied visit in the audit log.
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { can, type Permission, type Target, type Viewer } from "@/lib/authz";
import { actorOf, requireViewer } from "@/lib/auth/viewer";

export async function guardPage(
  permission: Permission,
  path: string,
  target?: (viewer: Viewer) => Promise<Target | undefined> | Target | undefined,
): Promise<{ viewer: Viewer; allowed: boolean }> {
  const viewer = await requireViewer();
  const t = target ? await target(viewer) : undefined;
  const allowed = can(viewer, permission, t);
  if (!allowed) {
    await recordAudit(await getDb(), await actorOf(viewer), { action: "page.view", objectType: "page", objectId: path, result: "denied" });
  }
  return { viewer, allowed };
}
