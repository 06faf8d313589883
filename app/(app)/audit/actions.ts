"use server";
// 验证哈希链: the audit administrator recomputes the whole chain; the outcome is itself an audit entry.
import { z } from "zod";
import { verifyAuditChain } from "@/db/queries/audit";
import { lockAuditHead } from "@/db/queries/audit";
import { defineAction } from "@/server/action";

export const verifyChainAction = defineAction({
  name: "audit.verify",
  permission: "audit.verify",
  schema: z.strictObject({}),
  run: async ({ tx }) => {
    // Unlocked first, so writers are not held up. A head mismatch may be an entry appended while the chain
    // was read: re-read with the head locked, which tells that race from a truncated chain for certain.
    let result = await verifyAuditChain(tx);
    if (!result.ok && result.reason === "head") {
      await lockAuditHead(tx);
      result = await verifyAuditChain(tx);
    }
    return {
      value: result,
      audit: { action: "audit.verify", objectType: "audit_log", after: result, result: result.ok ? "ok" : "failed" },
    };
  },
});
