// GET /api/pledges/:id?format=docx|pdf — a pledge as Word or PDF (A4, Chinese), for whoever may view it
// (as the page: the parties, the unit's head, the supervising leader of the pledge's year, the committee).
import { z } from "zod";
import { getPledge } from "@/db/queries/pledges";
import { defineRoute } from "@/server/route";
import { pledgeDocument } from "@/lib/pledges/document";
import { partyOf } from "@/lib/pledges/signing";
import { routeId } from "@/lib/validation";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

export const GET = defineRoute({
  name: "pledge.download",
  objectType: "pledge",
  permission: "duty.view",
  params: z.strictObject({ id: routeId }),
  query: z.strictObject({ format: z.enum(["docx", "pdf"]) }),
  load: async (tx, { params }, viewer) => {
    const pledge = await getPledge(tx, params.id);
    if (!pledge) return undefined;
    return {
      object: pledge,
      objectId: pledge.id,
      target: { unitIds: pledge.unitId != null ? [pledge.unitId] : [], personId: partyOf(pledge, viewer.personId) ? viewer.personId : null, year: pledge.year },
    };
  },
  respond: async ({ object: pledge, query }) => {
    const doc = pledgeDocument(pledge);
    // Loaded on demand: the writers (and the 8 MB font for PDF) are only needed here.
    const bytes =
      query.format === "docx"
        ? await (await import("@/lib/pledges/docx")).pledgeDocxBuffer(doc)
        : await (await import("@/lib/pledges/pdf")).pledgePdfBuffer(doc);
    return {
      file: { bytes, type: TYPES[query.format], name: `${doc.fileName}.${query.format}`, fallback: `pledge-${pledge.id}.${query.format}` },
      audit: { after: { format: query.format, contentHash: pledge.contentHash, status: pledge.status } },
    };
  },
});
