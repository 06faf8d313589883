// The one way a field shows its error: the translated message under the control, with the id the control
// names in aria-describedby (so a screen reader reads it with the field) and aria-invalid on the control.
import { useTranslations } from "next-intl";

/** The id of a field's error message, given the control's id. */
export const errorIdOf = (fieldId: string) => `${fieldId}-error`;

/** aria-invalid and aria-describedby for a control: its error when it has one, else its hint (if any). */
export function fieldAria(fieldId: string, error: string | null | undefined, hintId?: string) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorIdOf(fieldId) : hintId,
  } as const;
}

/** The field's error message (a message key), translated; nothing when there is none. */
export function FieldError({ fieldId, error, className }: { fieldId: string; error: string | null | undefined; className?: string }) {
  const t = useTranslations();
  if (!error) return null;
  return (
    <p id={errorIdOf(fieldId)} className={className ? `field-error ${className}` : "field-error"}>
      {t(error)}
    </p>
  );
}
