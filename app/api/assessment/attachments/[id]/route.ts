// GET /api/assessment/attachments/:id — one evidence file, for whoever may read the unit's assessment (the
// unit itself, the office and chairs, supervising leaders, the assessment team). Always a download, never
// rendered inline, with the type fixed at upload from the bytes; every download and refusal is audited.
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { getAttachmentForDownload, isNamedReviewer } from "@/db/queries/assessment-unit";
import { canReadUnitAssessment } from "@/components/assessment/unit-access";
import { attachmentDisposition } from "@/lib/assessment/attachments";
import { actorOf, getViewer } from "@/lib/auth/viewer";

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
    await recordAudit(db, actor, { action: "assessment.evidence.download", objectType: "attachment", objectId, result: "denied" });
    return refuse(status, status === 401 ? "signedOut" : "forbidden");
  };
  if (!viewer) return deny(401);
  if (viewer.mustChangePassword) return deny(403);
  if (!objectId) return refuse(400, "invalid");

  const file = await getAttachmentForDownload(db, Number(objectId));
  // Unknown ids and files out of reach get the same answer, so ids cannot be probed.
  if (!file) return deny(403);
  const isReviewer = await isNamedReviewer(db, file.schemeId, viewer.personId);
  if (!canReadUnitAssessment(viewer, file.unitId, isReviewer)) return deny(403);

  await recordAudit(db, actor, {
    action: "assessment.evidence.download",
    objectType: "attachment",
    objectId: file.id,
    after: { assessmentId: file.assessmentId, filename: file.filename, sha256: file.sha256, size: file.size },
  });
  return new Response(new Uint8Array(file.data), {
    headers: {
      ...NO_STORE,
      "Content-Type": file.mime,
      "Content-Length": String(file.data.length),
      "Content-Disposition": attachmentDisposition(file.filename, file.id),
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
