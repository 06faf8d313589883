"use client";
// One cell of the indicator table for the office: a unit's target and actual for one indicator, saved with
// the version it was read at (a stale save is refused; the refreshed page shows the current values).
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";
import { useHydrated } from "@/components/ui/use-hydrated";

export function SchemeIndicatorCell({
  action,
  indicatorId,
  unitId,
  version,
  target,
  actual,
  label,
}: {
  action: (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
  indicatorId: number;
  unitId: number;
  version: number | null;
  target: number | null;
  actual: number | null;
  /** Unit and indicator, for the controls' accessible names. */
  label: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const err = errors.target ?? errors.actual ?? (state && !state.ok && !state.fieldErrors ? state.error : null);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    start(async () => {
      const r = await action({
        indicatorId,
        unitId,
        version: version ?? "",
        target: fd.get("target") ?? "",
        actual: fd.get("actual") ?? "",
      });
      setState(r);
      // Refresh on success, and on a stale save too, so the current values are what the page shows.
      if (r.ok || r.fieldErrors?.target === "indicators.errors.stale") router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex min-w-44 flex-wrap items-end gap-1">
      <div>
        <label htmlFor={`${id}-t`} className="block text-xs text-slate-600">
          {t("indicators.target")}
        </label>
        <input
          key={`t${version}`}
          id={`${id}-t`}
          name="target"
          className="input w-20"
          inputMode="decimal"
          defaultValue={target ?? ""}
          aria-label={t("indicators.targetOf", { label })}
          aria-invalid={errors.target ? true : undefined}
        />
      </div>
      <div>
        <label htmlFor={`${id}-a`} className="block text-xs text-slate-600">
          {t("indicators.actual")}
        </label>
        <input
          key={`a${version}`}
          id={`${id}-a`}
          name="actual"
          className="input w-20"
          inputMode="decimal"
          defaultValue={actual ?? ""}
          aria-label={t("indicators.actualOf", { label })}
          aria-invalid={errors.actual ? true : undefined}
        />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending || !hydrated} aria-label={t("indicators.saveOf", { label })}>
        {t("indicators.save")}
      </button>
      <div aria-live="polite" className="w-full">
        {err && (
          <p role="alert" className="field-error">
            {t(err)}
          </p>
        )}
        {state?.ok && (
          <p role="status" className="text-xs text-green-700">
            {t("indicators.saved")}
          </p>
        )}
      </div>
    </form>
  );
}
