"use client";
// A labelled form bound to a server action made with defineAction: shows translated field errors beside
// each field, a form-level message, and refreshes the page on success.
import { useId, useRef, useState, useTransition } from "react";
import { useHydrated } from "./use-hydrated";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "date" | "checkbox" | "password" | "number" | "hidden";
  options?: { value: string; label: string }[];
  defaultValue?: string | number | boolean | null;
  required?: boolean;
  placeholder?: string;
};

export function ActionForm({
  action,
  fields,
  submitLabel,
  successMessage,
  resetOnSuccess = true,
  className,
  inline = false,
}: {
  action: (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
  fields: FieldSpec[];
  submitLabel: string;
  successMessage?: string;
  resetOnSuccess?: boolean;
  className?: string;
  inline?: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const input: Record<string, unknown> = {};
    for (const f of fields) {
      if (f.type === "checkbox") input[f.name] = fd.get(f.name) === "on";
      else input[f.name] = fd.get(f.name) ?? "";
    }
    start(async () => {
      const r = await action(input);
      setState(r);
      if (r.ok) {
        if (resetOnSuccess) formRef.current?.reset();
        router.refresh();
      }
    });
  }

  return (
    <form
      ref={formRef}
      // Before hydration a native submit would send the fields (a password too) in a GET query string.
      method="post"
      onSubmit={onSubmit}
      noValidate
      className={className ?? (inline ? "flex flex-wrap items-end gap-3" : "space-y-3")}
    >
      {fields.map((f) => {
        const id = `${formId}-${f.name}`;
        const err = fieldErrors[f.name];
        const describedBy = err ? `${id}-error` : undefined;
        if (f.type === "hidden") {
          return <input key={f.name} type="hidden" name={f.name} value={String(f.defaultValue ?? "")} />;
        }
        const common = {
          id,
          name: f.name,
          "aria-invalid": err ? true : undefined,
          "aria-describedby": describedBy,
        } as const;
        return (
          <div key={f.name} className={f.type === "checkbox" ? "flex items-center gap-2" : inline ? "min-w-40" : ""}>
            {f.type === "checkbox" ? (
              <>
                <input {...common} type="checkbox" defaultChecked={!!f.defaultValue} />
                <label htmlFor={id} className="text-sm">
                  {f.label}
                </label>
              </>
            ) : (
              <>
                <label htmlFor={id} className="mb-1 block text-sm font-medium">
                  {f.label}
                  {f.required && <span aria-hidden="true"> *</span>}
                </label>
                {f.type === "select" ? (
                  <select {...common} className="input" defaultValue={f.defaultValue == null ? "" : String(f.defaultValue)}>
                    <option value="">—</option>
                    {f.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : f.type === "textarea" ? (
                  <textarea {...common} className="input" rows={3} defaultValue={f.defaultValue == null ? "" : String(f.defaultValue)} />
                ) : (
                  <input
                    {...common}
                    className="input"
                    type={f.type === "number" ? "text" : (f.type ?? "text")}
                    inputMode={f.type === "number" ? "numeric" : undefined}
                    placeholder={f.placeholder}
                    defaultValue={f.defaultValue == null ? "" : String(f.defaultValue)}
                  />
                )}
              </>
            )}
            {err && (
              <p id={`${id}-error`} className="field-error">
                {t(err)}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <button type="submit" className="btn" disabled={pending || !hydrated}>
          {pending ? t("common.loading") : submitLabel}
        </button>
      </div>
      <div aria-live="polite">
        {state && !state.ok && (
          <p role="alert" className="text-sm text-red-700">
            {t(state.error)}
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
