// GET /api/audit/head — the audit administrator downloads the latest chain head, so truncation is detectable.
import { z } from "zod";
import { appendAudit } from "@/db/queries/audit";
import { now as clockNow } from "@/lib/clock";
import { defineRoute } from "@/server/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  name: "audit.export",
  objectType: "audit_head",
  permission: "audit.export",
  params: z.strictObject({}),
  load: async () => ({ object: null, target: {} }),
  respond: async ({ tx, actor }) => {
    // The export is itself the newest entry, so the head handed out is exactly the one that records it.
    const now = clockNow();
    const { seq, hash } = await appendAudit(tx, actor, { action: "audit.export", objectType: "audit_head", after: { format: "json" } }, now);
    const body = JSON.stringify({ lastSeq: seq, lastHash: hash, at: now.toISOString() }, null, 2) + "\n";
    return { file: { bytes: body, type: "application/json; charset=utf-8", name: `audit-head-${seq}.json`, fallback: `audit-head-${seq}.json` }, audit: null };
  },
});
