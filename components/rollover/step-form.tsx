"use client";
// One rollover step: a button (and, for the deadline, a date field) that runs the step's action for the
// year, then says what it did with the counts the action returns — or, translated, why it did not. It
// posts without JavaScript too: the page then comes back with the same message.
import { useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";

export type StepResult = { message: string; values: Record<string, number | string> };

export function StepForm({
  action,
  year,
  submitLabel,
  isDisabled = false,
  dateField,
}: {
  action: FormAction<StepResult>;
  year: number;
  submitLabel: string;
  isDisabled?: boolean;
  dateField?: { name: string; label: string; defaultValue: string };
}) {
  const t = useTranslations();
  const router = useRouter();
  const fieldId = useId();
  const { state, formAction, onSubmit, pending, fieldErrors, valueOf } = useFormAction(action, {
    onResult: (r) => {
      if (r.ok) router.refresh();
    },
  });
  const fieldError = dateField ? fieldErrors[dateField.name] : undefined;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label={submitLabel} className="no-print space-y-2">
      <input type="hidden" name="year" value={year} />
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
              defaultValue={valueOf(dateField.name, dateField.defaultValue)}
              {...fieldAria(fieldId, fieldError)}
            />
          </div>
        )}
        <button type="submit" className="btn" disabled={pending || isDisabled}>
          {pending ? t("common.loading") : submitLabel}
        </button>
      </div>
      <FieldError fieldId={fieldId} error={fieldError} />
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
