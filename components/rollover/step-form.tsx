"use client";
// One rollover step: a button (and, for the deadline, a date field) that runs the step's action for the
// year, then says what it did with the counts the action returns — or, translated, why it did not.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ActionResult } from "@/server/action";

export type StepResult = { message: string; values: Record<string, number | string> };

export function StepForm({
  action,
  year,
  submitLabel,
  isDisabled = false,
  dateField,
}: {
  action: (input: Record<string, unknown>) => Promise<ActionResult<StepResult>>;
  year: number;
  submitLabel: string;
  isDisabled?: boolean;
  dateField?: { name: string; label: string; defaultValue: string };
}) {
  const t = useTranslations();
  const router = useRouter();
  const fieldId = useId();
  const hydrated = useHydrated();
  const [pending, start] = useTransition();
  const [state, setState] = useState<ActionResult<StepResult> | null>(null);
  const fieldError = dateField && state && !state.ok ? state.fieldErrors?.[dateField.name] : undefined;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const input: Record<string, unknown> = { year };
    if (dateField) input[dateField.name] = fd.get(dateField.name) ?? "";
    start(async () => {
      const r = await action(input);
      setState(r);
      if (r.ok) router.refresh();
    });
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={submitLabel} className="no-print space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        {dateField && (
          <div>
            <label htmlFor={fieldId} className="mb-1 block text-sm font-medium">
              {dateField.label}
            </label>
            <input
              id={fieldId}
              name={dateField.name}
              type="date"
              className="input"
              defaultValue={dateField.defaultValue}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? `${fieldId}-error` : undefined}
            />
          </div>
        )}
        <button type="submit" className="btn" disabled={pending || !hydrated || isDisabled}>
          {pending ? t("common.loading") : submitLabel}
        </button>
      </div>
      {fieldError && (
        <p id={`${fieldId}-error`} className="field-error">
          {t(fieldError)}
        </p>
      )}
      <div aria-live="polite">
        {state && !state.ok && !fieldError && (
          <p role="alert" className="text-sm text-red-700">
            {t(state.error)}
          </p>
        )}
        {state?.ok && (
          <p role="status" className="text-sm text-green-700">
            {t(state.data.message, state.data.values)}
          </p>
        )}
      </div>
    </form>
  );
}
