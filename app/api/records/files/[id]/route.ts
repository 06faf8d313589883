// GET /api/records/files/:id — an evidence file of a work record, for whoever may read the record (its
// unit's readers, the people on it). Always a download, never cached; audited (defineRoute).
import { z } from "zod";
import { getRecordFile } from "@/db/queries/records";
import { defineRoute } from "@/server/route";
import { routeId } from "@/lib/validation";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = defineRoute({
  name: "record.file.download",
  objectType: "evidence_file",
  permission: "record.view",
  params: z.strictObject({ id: routeId }),
  load: async (tx, { params }, viewer) => {
    const file = await getRecordFile(tx, params.id);
    if (!file) return undefined;
    const onRecord = viewer.personId != null && file.personIds.includes(viewer.personId);
    return { object: file, objectId: file.id, target: { unitIds: [file.unitId, ...file.unitIds], personId: onRecord ? viewer.personId : null } };
  },
  respond: async ({ object: file }) => ({
    file: { bytes: file.data, type: file.mime, name: file.filename, fallback: `evidence-${file.id}`, sandbox: true },
    audit: { after: { recordId: file.recordId, filename: file.filename, sha256: file.sha256 } },
  }),
});
