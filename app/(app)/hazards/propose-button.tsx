"use client";
// The office's button that proposes deductions (and vetoes) for hazards overdue today, with the counts made.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";

type Counts = { deductions: number; vetoes: number };

export function ProposeButton({
  year,
  action,
}: {
  year: number;
  action: (input: { year: number }) => Promise<ActionResult<Counts>>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<Counts> | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        className="btn"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await action({ year });
            setResult(r);
            if (r.ok) router.refresh();
          })
        }
      >
        {pending ? t("common.loading") : t("hazards.generate.submit")}
      </button>
      <div aria-live="polite">
        {result?.ok && (
          <p role="status" className="text-sm text-green-700">
            {t("hazards.generate.result", result.data)}
          </p>
        )}
        {result && !result.ok && (
          <p role="alert" className="text-sm text-red-700">
            {t(result.error)}
          </p>
        )}
      </div>
    </div>
  );
}
