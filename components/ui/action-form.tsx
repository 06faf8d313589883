"use client";
// A labelled form bound to a server action made with defineAction: shows translated field errors beside
// each field, a form-level message, and refreshes the page on success. It posts without JavaScript too
// (useFormAction): the page then comes back with the result, the errors at their fields.
import Link from "next/link";
import { useId, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/server/action";
import { FieldError, fieldAria } from "./field-error";
import { useFormAction } from "./use-form-action";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "date" | "checkbox" | "password" | "number" | "hidden";
  options?: { value: string; label: string }[];
  defaultValue?: string | number | boolean | null;
  required?: boolean;
  placeholder?: string;
};

export function ActionForm<T = unknown>({
  action,
  onSuccess,
  successHref,
  fields,
  submitLabel,
  successMessage,
  resetOnSuccess = true,
  className,
  inline = false,
}: {
  action: FormAction<T>;
  /** After a success, in the browser (e.g. open what was created); the page is refreshed otherwise. */
  onSuccess?: (data: T) => void;
  /** What a success links to (what was created), for the page shown after a post without JavaScript. */
  successHref?: (data: T) => string;
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
  const { state, formAction, onSubmit, pending, fieldErrors, valueOf, checkedOf } = useFormAction(action, {
    onResult: (r) => {
      if (!r.ok) return;
      if (resetOnSuccess) formRef.current?.reset();
      if (onSuccess) onSuccess(r.data);
      else router.refresh();
    },
  });
  const text = (f: FieldSpec) => valueOf(f.name, f.defaultValue == null ? "" : String(f.defaultValue));

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className={className ?? (inline ? "flex flex-wrap items-end gap-3" : "space-y-3")}
    >
      {fields.map((f) => {
        const id = `${formId}-${f.name}`;
        const err = fieldErrors[f.name];
        if (f.type === "hidden") {
          return <input key={f.name} type="hidden" name={f.name} value={String(f.defaultValue ?? "")} />;
        }
        const common = { id, name: f.name, ...fieldAria(id, err) } as const;
        return (
          <div key={f.name} className={f.type === "checkbox" ? "flex items-center gap-2" : inline ? "min-w-40" : ""}>
            {f.type === "checkbox" ? (
              <>
                <input {...common} type="checkbox" defaultChecked={checkedOf(f.name, !!f.defaultValue)} />
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
                  <select {...common} className="input" defaultValue={text(f)}>
                    <option value="">—</option>
                    {f.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : f.type === "textarea" ? (
                  <textarea {...common} className="input" rows={3} defaultValue={text(f)} />
                ) : (
                  <input
                    {...common}
                    className="input"
                    type={f.type === "number" ? "text" : (f.type ?? "text")}
                    inputMode={f.type === "number" ? "numeric" : undefined}
                    placeholder={f.placeholder}
                    defaultValue={f.type === "password" ? undefined : text(f)}
                  />
                )}
              </>
            )}
            <FieldError fieldId={id} error={err} />
          </div>
        );
      })}
      <div>
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t("common.loading") : submitLabel}
        </button>
      </div>
      <div aria-live="polite">
        {state && !state.ok && (
          <p role="alert" className="text-sm text-red-700">
            {t(state.error)}
          </p>
        )}
        {state?.ok && (successMessage || successHref) && (
          <p role="status" className="text-sm text-green-700">
            {successMessage ?? t("common.saved")}
            {successHref && (
              <>
                {" "}
                <Link href={successHref(state.data)} className="text-blue-700 underline">
                  {t("common.open")}
                </Link>
              </>
            )}
          </p>
        )}
      </div>
    </form>
  );
}
