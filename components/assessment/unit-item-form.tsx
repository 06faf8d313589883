"use client";
// One item's score form: the unit's self score and reason, or the team's occurrences per deduction rule and
// reason. It carries the version the page showed; a stale save comes back as a conflict at the score, the
// page refreshes, and the form shows the value now stored (who saved it, when) so nothing is overwritten
// unseen. Saving again after that is a deliberate choice over the current value.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";
import { useHydrated } from "@/components/ui/use-hydrated";

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
  action: (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
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
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const isConflict = errors.score === "errors.conflict";

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const input: Record<string, unknown> = { assessmentId, itemId, version, reason: fd.get("reason") ?? "" };
    if (kind === "self") input.score = fd.get("score") ?? "";
    else input.counts = Object.fromEntries(rules.map((r) => [r.key, String(fd.get(`count-${r.key}`) ?? "").trim() || "0"]));
    start(async () => {
      const r = await action(input);
      setState(r);
      // After a conflict too: the page then shows (and the form carries) the value now stored.
      if (r.ok || r.fieldErrors?.score === "errors.conflict") router.refresh();
    });
  }

  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`${uid}-${name}-error`} className="field-error">
        {t(errors[name])}
      </p>
    ) : null;
  const scoreError = errors.score ?? errors.counts;
  const described = (name: string) => (errors[name] ? `${uid}-${name}-error` : undefined);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(kind === "self" ? "assessUnit.selfForm" : "assessUnit.reviewForm", { code })} className="mt-2 space-y-2">
      {kind === "self" ? (
        <div>
          <label htmlFor={`${uid}-score`} className="block text-xs font-medium">
            {t("assessUnit.scoreLabel", { max })}
          </label>
          <input
            id={`${uid}-score`}
            name="score"
            className="input w-24"
            inputMode="decimal"
            defaultValue={defaults.score ?? ""}
            aria-invalid={errors.score ? true : undefined}
            aria-describedby={described("score")}
          />
          {fieldError("score")}
        </div>
      ) : (
        <fieldset aria-describedby={scoreError ? `${uid}-score-error` : undefined}>
          <legend className="text-xs font-medium">{t("assessUnit.countsLegend")}</legend>
          {rules.map((r) => (
            <div key={r.key} className="mt-1">
              <label htmlFor={`${uid}-c-${r.key}`} className="block text-xs">
                {t("assessUnit.countLabel", { label: r.label, points: r.points })}
              </label>
              <input
                id={`${uid}-c-${r.key}`}
                name={`count-${r.key}`}
                className="input w-20"
                inputMode="numeric"
                defaultValue={defaults.counts?.[r.key] ?? 0}
                aria-invalid={scoreError ? true : undefined}
              />
            </div>
          ))}
          {scoreError && (
            <p id={`${uid}-score-error`} className="field-error">
              {t(scoreError)}
            </p>
          )}
        </fieldset>
      )}
      {isConflict && current && (
        <p className="rounded bg-amber-50 p-1 text-xs text-amber-900" role="note">
          {t("assessUnit.current", { value: current })}
        </p>
      )}
      <div>
        <label htmlFor={`${uid}-reason`} className="block text-xs font-medium">
          {t(kind === "self" ? "assessUnit.selfReason" : "assessUnit.reviewReason")}
          <span aria-hidden="true"> *</span>
        </label>
        <textarea
          id={`${uid}-reason`}
          name="reason"
          rows={2}
          className="input w-full min-w-48"
          defaultValue={defaults.reason ?? ""}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={described("reason")}
        />
        {fieldError("reason")}
      </div>
      <div className="flex items-center gap-2">
        <button type="submit" className="btn" disabled={pending || !hydrated}>
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
