"use client";
// One item's score form: the unit's self score and reason, or the team's occurrences per deduction rule and
// reason. It carries the version the page showed; a stale save comes back as a conflict at the score, the
// page refreshes, and the form shows the value now stored (who saved it, when) so nothing is overwritten
// unseen. Saving again after that is a deliberate choice over the current value.
import { useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";

type Rule = { key: string; label: string; points: number };

export function UnitItemForm({
  action,
  kind,
  assessmentId,
  itemId,
  code,
  max,
  version,
  rules = [],
  defaults,
  current,
}: {
  action: FormAction;
  kind: "self" | "review";
  assessmentId: number;
  itemId: number;
  code: string;
  max: number;
  /** The stored row's version (0 when none). */
  version: number;
  /** Per-occurrence rules (review only). */
  rules?: Rule[];
  defaults: { score?: number | null; counts?: Record<string, number>; reason?: string | null };
  /** The stored value, as the page words it; shown after a conflict. */
  current: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const uid = useId();
  // After a conflict too, the page refreshes: it then shows (and the form carries) the value now stored.
  const { state, formAction, onSubmit, pending, fieldErrors: errors, valueOf } = useFormAction(action, {
    onResult: (r) => {
      if (r.ok || r.fieldErrors?.score === "errors.conflict") router.refresh();
    },
  });
  const isConflict = errors.score === "errors.conflict";
  const scoreError = errors.score ?? errors.counts;
  const scoreId = `${uid}-score`;
  const reasonId = `${uid}-reason`;

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-label={t(kind === "self" ? "assessUnit.selfForm" : "assessUnit.reviewForm", { code })}
      className="mt-2 space-y-2"
    >
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      {kind === "self" ? (
        <div>
          <label htmlFor={scoreId} className="block text-xs font-medium">
            {t("assessUnit.scoreLabel", { max })}
          </label>
          <input
            id={scoreId}
            name="score"
            className="input w-24"
            inputMode="decimal"
            defaultValue={valueOf("score", defaults.score == null ? "" : String(defaults.score))}
            {...fieldAria(scoreId, errors.score)}
          />
          <FieldError fieldId={scoreId} error={errors.score} />
        </div>
      ) : (
        <fieldset aria-describedby={fieldAria(scoreId, scoreError)["aria-describedby"]}>
          <legend className="text-xs font-medium">{t("assessUnit.countsLegend")}</legend>
          {rules.map((r) => (
            <div key={r.key} className="mt-1">
              <label htmlFor={`${uid}-c-${r.key}`} className="block text-xs">
                {t("assessUnit.countLabel", { label: r.label, points: r.points })}
              </label>
              <input
                id={`${uid}-c-${r.key}`}
                name={`counts.${r.key}`}
                className="input w-20"
                inputMode="numeric"
                defaultValue={valueOf(`counts.${r.key}`, String(defaults.counts?.[r.key] ?? 0))}
                aria-invalid={scoreError ? true : undefined}
              />
            </div>
          ))}
          <FieldError fieldId={scoreId} error={scoreError} />
        </fieldset>
      )}
      {isConflict && current && (
        <p className="rounded bg-amber-50 p-1 text-xs text-amber-900" role="note">
          {t("assessUnit.current", { value: current })}
        </p>
      )}
      <div>
        <label htmlFor={reasonId} className="block text-xs font-medium">
          {t(kind === "self" ? "assessUnit.selfReason" : "assessUnit.reviewReason")}
          <span aria-hidden="true"> *</span>
        </label>
        <textarea
          id={reasonId}
          name="reason"
          rows={2}
          className="input w-full min-w-48"
          defaultValue={valueOf("reason", defaults.reason ?? "")}
          {...fieldAria(reasonId, errors.reason)}
        />
        <FieldError fieldId={reasonId} error={errors.reason} />
      </div>
      <div className="flex items-center gap-2">
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t("common.loading") : t("assessUnit.save")}
        </button>
        <span aria-live="polite" className="text-xs">
          {state && !state.ok && !Object.keys(errors).length && (
            <span role="alert" className="text-red-700">
              {t(state.error)}
            </span>
          )}
          {state?.ok && (
            <span role="status" className="text-green-700">
              {t("assessUnit.saved")}
            </span>
          )}
        </span>
      </div>
    </form>
  );
}
