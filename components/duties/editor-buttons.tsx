"use client";
// Row buttons of the list editor: move up/down and delete, each a server action, then refresh.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";

type Act = (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;

export function EditorRowButtons({
  itemId,
  version,
  label,
  moveAction,
  deleteAction,
}: {
  itemId: number;
  version: number;
  label: string;
  moveAction: Act;
  deleteAction: Act;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      const r = await fn();
      setError(r.ok ? null : r.error);
      if (r.ok) router.refresh();
    });
  return (
    <div className="flex flex-wrap gap-1">
      <button
        type="button"
        className="btn-secondary"
        disabled={pending}
        aria-label={t("common.labelled", { label: t("duties.editor.moveUp"), value: label })}
        onClick={() => run(() => moveAction({ itemId, direction: "up" }))}
      >
        ↑
      </button>
      <button
        type="button"
        className="btn-secondary"
        disabled={pending}
        aria-label={t("common.labelled", { label: t("duties.editor.moveDown"), value: label })}
        onClick={() => run(() => moveAction({ itemId, direction: "down" }))}
      >
        ↓
      </button>
      <button
        type="button"
        className="btn-secondary text-red-700"
        disabled={pending}
        aria-label={t("common.labelled", { label: t("duties.editor.delete"), value: label })}
        onClick={() => {
          if (window.confirm(t("duties.editor.confirmDelete"))) run(() => deleteAction({ itemId, version }));
        }}
      >
        {t("duties.editor.delete")}
      </button>
      {error && (
        <p role="alert" className="field-error w-full">
          {t(error)}
        </p>
      )}
    </div>
  );
}
