"use client";
// A row's buttons, each bound to a defineAction server action with the row's fixed input. One status line
// per row, kept across the refresh that follows success (a button may disappear, its message stays).
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";

export type RowButton = {
  key: string;
  label: string;
  action: (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  /** A message key; the object the action returns fills its placeholders. */
  successKey: string;
  /** What the button acts on (a grant's name), shown before it and linked to it for screen readers. */
  caption?: string;
};

export function RowActions({ id, buttons, className }: { id: string; buttons: RowButton[]; className?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<{ result: ActionResult<unknown>; successKey: string } | null>(null);
  const run = (b: RowButton) =>
    start(async () => {
      setState(null);
      const result = await b.action(b.input);
      setState({ result, successKey: b.successKey });
      if (result.ok) router.refresh();
    });
  const r = state?.result;
  const values = r?.ok && r.data && typeof r.data === "object" ? (r.data as Record<string, string>) : {};
  const failure = r && !r.ok ? (Object.values(r.fieldErrors ?? {})[0] ?? r.error) : undefined;
  return (
    <div className={className ?? "space-y-1"}>
      <ul className={buttons.some((b) => b.caption) ? "space-y-1" : "flex flex-wrap gap-2"}>
        {buttons.map((b) => {
          const captionId = `${id}-${b.key}`;
          return (
            <li key={b.key} className="flex flex-wrap items-center gap-2">
              {b.caption && <span id={captionId}>{b.caption}</span>}
              <button
                type="button"
                className="btn-secondary"
                disabled={pending}
                onClick={() => run(b)}
                aria-describedby={b.caption ? captionId : undefined}
              >
                {b.label}
              </button>
            </li>
          );
        })}
      </ul>
      <div aria-live="polite" className="text-xs">
        {failure && (
          <p role="alert" className="text-red-700">
            {t(failure)}
          </p>
        )}
        {r?.ok && state && (
          <p role="status" className="break-all text-green-800">
            {t(state.successKey, values)}
          </p>
        )}
      </div>
    </div>
  );
}
