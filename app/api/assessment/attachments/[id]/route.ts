// GET /api/assessment/attachments/:id — one evidence file, for whoever may read the unit's assessment (the
// unit itself, the office and chairs, supervising leaders, the assessment team). Always a download, never
// rendered inline, with the type fixed at upload from the bytes; every download and refusal is audited.
import { recordAudit } from "@/db/audited";
import { getAttachmentForDownload, isNamedReviewer } from "@/db/queries/assessment-unit";
import { canReadUnitAssessment } from "@/components/assessment/unit-access";
import { fileResponse, startDownload } from "@/lib/files/download";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const AUDIT = { action: "assessment.evidence.download", objectType: "attachment" };

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const start = await startDownload((await params).id, AUDIT);
  if (start.response) return start.response;
  const { viewer, db, actor, id, deny } = start;
  const file = await getAttachmentForDownload(db, id);
  // Unknown ids and files out of reach get the same answer, so ids cannot be probed.
  if (!file) return deny(403);
  const isReviewer = await isNamedReviewer(db, file.schemeId, viewer.personId);
  if (!canReadUnitAssessment(viewer, file.unitId, isReviewer)) return deny(403);
  await recordAudit(db, actor, {
    ...AUDIT,
    objectId: file.id,
    after: { assessmentId: file.assessmentId, filename: file.filename, sha256: file.sha256, size: file.size },
  });
  return fileResponse(file);
}
