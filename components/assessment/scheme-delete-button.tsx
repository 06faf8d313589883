"use client";
// A delete button for a scheme row (category, item, veto rule): asks to confirm, calls the action, refreshes;
// a refusal (e.g. a category that still has items) is shown beside it.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";

export function SchemeDeleteButton({
  action,
  input,
  label,
}: {
  action: (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
  input: Record<string, number>;
  label: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        className="btn-secondary text-red-700"
        disabled={pending}
        aria-label={label}
        onClick={() => {
          if (!window.confirm(t("scheme.edit.confirmDelete"))) return;
          start(async () => {
            const r = await action(input);
            setError(r.ok ? null : r.error);
            if (r.ok) router.refresh();
          });
        }}
      >
        {t("scheme.edit.delete")}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {t(error)}
        </span>
      )}
    </span>
  );
}
