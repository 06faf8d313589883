// GET /api/assessment/attachments/:id — one evidence file, for whoever may read the unit's assessment (the
// unit itself, the office and chairs, supervising leaders of the year, the assessment team). Always a
// download with the type fixed at upload from the bytes; every download and refusal is audited.
import { z } from "zod";
import { getAttachmentForDownload, isNamedReviewer } from "@/db/queries/assessment-unit";
import { canReadUnitAssessment } from "@/components/assessment/unit-access";
import { defineRoute } from "@/server/route";
import { routeId } from "@/lib/validation";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = defineRoute({
  name: "assessment.evidence.download",
  objectType: "attachment",
  permission: "assessment.view",
  params: z.strictObject({ id: routeId }),
  load: async (tx, { params }) => {
    const file = await getAttachmentForDownload(tx, params.id);
    return file ? { object: file, objectId: file.id, target: { year: file.year } } : undefined;
  },
  allow: async (viewer, file, tx) => canReadUnitAssessment(viewer, file.unitId, await isNamedReviewer(tx, file.schemeId, viewer.personId)),
  respond: async ({ object: file }) => ({
    file: { bytes: file.data, type: file.mime, name: file.filename, fallback: `attachment-${file.id}`, sandbox: true },
    audit: { after: { assessmentId: file.assessmentId, filename: file.filename, sha256: file.sha256, size: file.size } },
  }),
});
