// GET /api/records/files/:id — an evidence file of a work record, for whoever may read the record (its
// unit's readers, the people on it). Always a download (attachment, nosniff), never cached; audited.
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { getRecordFile } from "@/db/queries/records";
import { can } from "@/lib/authz";
import { actorOf, getViewer } from "@/lib/auth/viewer";
import { attachmentDisposition } from "@/lib/assessment/attachments";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: NO_STORE });

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  const db = await getDb();
  const actor = await actorOf(viewer);
  const objectId = /^\d{1,9}$/.test(id) ? id : null;
  const deny = async (status: number) => {
    await recordAudit(db, actor, { action: "record.file.download", objectType: "evidence_file", objectId, result: "denied" });
    return refuse(status, status === 401 ? "signedOut" : "forbidden");
  };
  if (!viewer) return deny(401);
  if (viewer.mustChangePassword) return deny(403);
  if (!objectId) return refuse(400, "invalid");
  const file = await getRecordFile(db, Number(id));
  if (!file) return refuse(404, "notFound");
  const onRecord = viewer.personId != null && file.personIds.includes(viewer.personId);
  if (!can(viewer, "record.view", { unitIds: [file.unitId, ...file.unitIds], personId: onRecord ? viewer.personId : null })) return deny(403);
  await recordAudit(db, actor, {
    action: "record.file.download",
    objectType: "evidence_file",
    objectId: file.id,
    after: { recordId: file.recordId, filename: file.filename, sha256: file.sha256 },
  });
  return new Response(new Uint8Array(file.data), {
    headers: {
      ...NO_STORE,
      "Content-Type": file.mime,
      "Content-Length": String(file.data.length),
      "Content-Disposition": attachmentDisposition(file.filename, file.id),
    },
  });
}
