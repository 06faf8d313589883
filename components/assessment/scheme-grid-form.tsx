"use client";
// A form bound to a scheme action whose fields come in groups: plain labelled fields, or a table of rows
// (deduction rules, bands, tiers, the points table) where every cell keeps its own accessible label.
// Field errors (message keys) show beside the field; the page refreshes after a save. It posts without
// JavaScript too (useFormAction).
import { useId, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";

export type GridField = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "checkbox" | "number";
  options?: { value: string; label: string }[];
  defaultValue?: string | number | boolean | null;
  required?: boolean;
  hint?: string;
};

export type GridGroup =
  | { kind: "fields"; legend?: string; fields: GridField[] }
  | { kind: "table"; legend: string; columns: string[]; rows: { label: string; fields: GridField[] }[]; note?: string };

type Props = {
  action: FormAction;
  hidden: Record<string, string | number>;
  groups: GridGroup[];
  submitLabel: string;
  successMessage?: string;
  resetOnSuccess?: boolean;
};

export function SchemeGridForm({ action, hidden, groups, submitLabel, successMessage, resetOnSuccess = false }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, formAction, onSubmit, pending, fieldErrors, valueOf, checkedOf } = useFormAction(action, {
    onResult: (r) => {
      if (!r.ok) return;
      if (resetOnSuccess) formRef.current?.reset();
      router.refresh();
    },
  });
  const all = groups.flatMap((g) => (g.kind === "fields" ? g.fields : g.rows.flatMap((r) => r.fields)));
  const shown = new Set(all.map((f) => f.name));
  const elsewhere = Object.entries(fieldErrors).filter(([name]) => !shown.has(name));

  const control = (f: GridField, srLabel: boolean) => {
    const id = `${formId}-${f.name}`;
    const err = fieldErrors[f.name];
    const common = { id, name: f.name, ...fieldAria(id, err, f.hint ? `${id}-hint` : undefined) } as const;
    const value = valueOf(f.name, f.defaultValue == null || typeof f.defaultValue === "boolean" ? "" : String(f.defaultValue));
    const label = (
      <label
        htmlFor={id}
        className={srLabel ? "sr-only" : f.type === "checkbox" ? "text-sm" : "mb-1 block text-sm font-medium"}
      >
        {f.label}
        {f.required && !srLabel && <span aria-hidden="true"> *</span>}
      </label>
    );
    const input =
      f.type === "checkbox" ? (
        <input {...common} type="checkbox" defaultChecked={checkedOf(f.name, f.defaultValue === true)} />
      ) : f.type === "select" ? (
        <select {...common} className="input" defaultValue={value}>
          <option value="">—</option>
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : f.type === "textarea" ? (
        <textarea {...common} className="input" rows={3} defaultValue={value} />
      ) : (
        <input
          {...common}
          className="input"
          type="text"
          inputMode={f.type === "number" ? "decimal" : undefined}
          defaultValue={value}
        />
      );
    return (
      <div className={f.type === "checkbox" && !srLabel ? "flex items-center gap-2" : undefined}>
        {f.type === "checkbox" && !srLabel ? (
          <>
            {input}
            {label}
          </>
        ) : (
          <>
            {label}
            {input}
          </>
        )}
        {f.hint && (
          <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
            {f.hint}
          </p>
        )}
        <FieldError fieldId={id} error={err} />
      </div>
    );
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {groups.map((g, n) =>
        g.kind === "fields" ? (
          <fieldset key={n} className="space-y-3">
            {g.legend && <legend className="mb-1 font-medium">{g.legend}</legend>}
            {g.fields.map((f) => (
              <div key={f.name}>{control(f, false)}</div>
            ))}
          </fieldset>
        ) : (
          <fieldset key={n} className="overflow-x-auto">
            <legend className="mb-1 font-medium">{g.legend}</legend>
            {g.note && <p className="mb-1 text-xs text-slate-600">{g.note}</p>}
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{g.legend}</th>
                  {g.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row" className="font-normal">
                      {r.label}
                    </th>
                    {r.fields.map((f) => (
                      <td key={f.name}>{control(f, true)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
        ),
      )}
      <div>
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t("common.loading") : submitLabel}
        </button>
      </div>
      <div aria-live="polite">
        {state && !state.ok && (
          <p role="alert" className="text-sm text-red-700">
            {t(state.error)}
            {elsewhere.map(([name, key]) => ` ${t("common.labelled", { label: name, value: t(key) })}`).join("")}
          </p>
        )}
        {state?.ok && successMessage && (
          <p role="status" className="text-sm text-green-700">
            {successMessage}
          </p>
        )}
      </div>
    </form>
  );
}
