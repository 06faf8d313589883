// GET /api/pledges/:id?format=docx|pdf — a pledge as Word or PDF (A4, Chinese), for whoever may view it
// (as the page: the parties, the unit's head, the supervising leader, the committee). Downloads are audited.
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { getPledge } from "@/db/queries/pledges";
import { can } from "@/lib/authz";
import { actorOf, getViewer } from "@/lib/auth/viewer";
import { contentDisposition, pledgeDocument } from "@/lib/pledges/document";
import { partyOf } from "@/lib/pledges/signing";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NO_STORE = { "Cache-Control": "no-store" };
const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: NO_STORE });

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const format = new URL(req.url).searchParams.get("format");
  const viewer = await getViewer();
  const db = await getDb();
  const actor = await actorOf(viewer);
  const deny = async (status: number, objectId: string | null) => {
    await recordAudit(db, actor, { action: "pledge.download", objectType: "pledge", objectId, result: "denied" });
    return refuse(status, status === 401 ? "signedOut" : "forbidden");
  };
  if (!viewer) return deny(401, /^\d{1,9}$/.test(id) ? id : null);
  if (viewer.mustChangePassword) return deny(403, /^\d{1,9}$/.test(id) ? id : null);
  if (!/^\d{1,9}$/.test(id) || (format !== "docx" && format !== "pdf")) return refuse(400, "invalid");

  const pledge = await getPledge(db, Number(id));
  if (!pledge) return refuse(404, "notFound");
  const target = {
    unitIds: pledge.unitId != null ? [pledge.unitId] : [],
    personId: partyOf(pledge, viewer.personId) ? viewer.personId : null,
  };
  if (!can(viewer, "duty.view", target)) return deny(403, id);

  const doc = pledgeDocument(pledge);
  // Loaded on demand: the writers (and the 8 MB font for PDF) are only needed here.
  const bytes =
    format === "docx"
      ? await (await import("@/lib/pledges/docx")).pledgeDocxBuffer(doc)
      : await (await import("@/lib/pledges/pdf")).pledgePdfBuffer(doc);
  await recordAudit(db, actor, {
    action: "pledge.download",
    objectType: "pledge",
    objectId: pledge.id,
    after: { format, contentHash: pledge.contentHash, status: pledge.status },
  });
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...NO_STORE,
      "Content-Type": TYPES[format],
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(doc.fileName, format, pledge.id),
    },
  });
}
