"use client";
// One cell of the indicator table for the office: a unit's target and actual for one indicator, saved with
// the version it was read at (a stale save is refused; the refreshed page shows the current values).
import { useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";

export function SchemeIndicatorCell({
  action,
  indicatorId,
  unitId,
  version,
  target,
  actual,
  label,
}: {
  action: FormAction;
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
  // Refresh on success, and on a stale save too, so the current values are what the page shows (the inputs
  // are keyed by the version, so they start again from the values now stored).
  const { state, formAction, onSubmit, pending, fieldErrors: errors } = useFormAction(action, {
    onResult: (r) => {
      if (r.ok || r.fieldErrors?.target === "indicators.errors.stale") router.refresh();
    },
  });
  const formError = state && !state.ok && !errors.target && !errors.actual ? state.error : null;
  const targetId = `${id}-t`;
  const actualId = `${id}-a`;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex min-w-44 flex-wrap items-end gap-1">
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="version" value={version ?? ""} />
      <div>
        <label htmlFor={targetId} className="block text-xs text-slate-600">
          {t("indicators.target")}
        </label>
        <input
          key={`t${version}`}
          id={targetId}
          name="target"
          className="input w-20"
          inputMode="decimal"
          defaultValue={target ?? ""}
          aria-label={t("indicators.targetOf", { label })}
          {...fieldAria(targetId, errors.target)}
        />
      </div>
      <div>
        <label htmlFor={actualId} className="block text-xs text-slate-600">
          {t("indicators.actual")}
        </label>
        <input
          key={`a${version}`}
          id={actualId}
          name="actual"
          className="input w-20"
          inputMode="decimal"
          defaultValue={actual ?? ""}
          aria-label={t("indicators.actualOf", { label })}
          {...fieldAria(actualId, errors.actual)}
        />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending} aria-label={t("indicators.saveOf", { label })}>
        {t("indicators.save")}
      </button>
      <div aria-live="polite" className="w-full">
        <FieldError fieldId={targetId} error={errors.target} />
        <FieldError fieldId={actualId} error={errors.actual} />
        {formError && (
          <p role="alert" className="field-error">
            {t(formError)}
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
