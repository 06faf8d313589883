// GET /api/records/files/:id — an evidence file of a work record, for whoever may read the record (its
// unit's readers, the people on it). Always a download (attachment, nosniff), never cached; audited.
import { recordAudit } from "@/db/audited";
import { getRecordFile } from "@/db/queries/records";
import { can } from "@/lib/authz";
import { fileResponse, refuse, startDownload } from "@/lib/files/download";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const AUDIT = { action: "record.file.download", objectType: "evidence_file" };

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const start = await startDownload((await params).id, AUDIT);
  if (start.response) return start.response;
  const { viewer, db, actor, id, deny } = start;
  const file = await getRecordFile(db, id);
  if (!file) return refuse(404, "notFound");
  const onRecord = viewer.personId != null && file.personIds.includes(viewer.personId);
  if (!can(viewer, "record.view", { unitIds: [file.unitId, ...file.unitIds], personId: onRecord ? viewer.personId : null })) return deny(403);
  await recordAudit(db, actor, {
    ...AUDIT,
    objectId: file.id,
    after: { recordId: file.recordId, filename: file.filename, sha256: file.sha256 },
  });
  return fileResponse(file);
}
