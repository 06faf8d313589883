"use client";
// The 验证哈希链 button: runs the audit.verify action and says whether the chain is whole or where it breaks.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";
import type { VerifyResult } from "@/lib/audit/chain";

export function VerifyChain({ action }: { action: (input: Record<string, unknown>) => Promise<ActionResult<VerifyResult>> }) {
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<VerifyResult> | null>(null);
  const onClick = () =>
    start(async () => {
      setResult(null);
      setResult(await action({}));
    });
  const data = result?.ok ? result.data : undefined;
  return (
    <div className="space-y-2">
      <button type="button" className="btn" onClick={onClick} disabled={pending}>
        {pending ? t("common.loading") : t("audit.verify")}
      </button>
      <div aria-live="polite">
        {result && !result.ok && (
          <p role="alert" className="text-sm text-red-700">
            {t(result.error)}
          </p>
        )}
        {data?.ok === true && (
          <p role="status" className="break-all text-sm text-green-800">
            {t("audit.verifyOk", { count: data.count, hash: data.lastHash })}
          </p>
        )}
        {data?.ok === false && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {t("audit.verifyBroken", { seq: data.brokenSeq })}
            {t("audit.verifyReason", { reason: t(`audit.reasons.${data.reason}`) })}
          </p>
        )}
      </div>
    </div>
  );
}
