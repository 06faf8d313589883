// GET /api/audit/head — the audit administrator downloads the latest chain head, so truncation is detectable.
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { can } from "@/lib/authz";
import { actorOf, getViewer } from "@/lib/auth/viewer";
import { now as clockNow } from "@/lib/clock";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET() {
  const viewer = await getViewer();
  const db = await getDb();
  const actor = await actorOf(viewer);
  if (!viewer || viewer.mustChangePassword || !can(viewer, "audit.export")) {
    await recordAudit(db, actor, { action: "audit.export", objectType: "audit_head", result: "denied" });
    return Response.json({ error: "forbidden" }, { status: viewer ? 403 : 401, headers: NO_STORE });
  }
  // The export is itself the newest entry, so the head handed out is exactly the one that records it.
  const now = clockNow();
  const { seq, hash } = await recordAudit(db, actor, { action: "audit.export", objectType: "audit_head", after: { format: "json" } }, now);
  const body = JSON.stringify({ lastSeq: seq, lastHash: hash, at: now.toISOString() }, null, 2) + "\n";
  return new Response(body, {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-head-${seq}.json"`,
    },
  });
}
