"use client";
// The accident form: facts, the two reporting hops with their rule, and the office's findings. The level is
// shown as derived after saving; field errors appear beside each field; success opens the accident (before
// JavaScript runs, the form posts itself and the saved message links to it).
import Link from "next/link";
import { useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";

export type AccidentFormValues = {
  accidentId?: number;
  version?: number;
  title: string;
  description: string;
  occurredAt: string;
  domain: string;
  unitId: string;
  deaths: string;
  seriousInjuries: string;
  directLoss: string;
  reportedUnit: string;
  reportedBureau: string;
  isFalse: boolean;
  isConcealed: boolean;
};

type Field = {
  name: keyof AccidentFormValues;
  label: string;
  type?: "text" | "textarea" | "datetime-local" | "number" | "select" | "checkbox";
  options?: { value: string; label: string }[];
  required?: boolean;
  help?: string;
};

export function AccidentForm({
  action,
  values,
  units,
}: {
  action: FormAction<{ id: number }>;
  values: AccidentFormValues;
  units: { id: number; name: string }[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const formId = useId();
  const { state, formAction, onSubmit, pending, fieldErrors: errors, valueOf, checkedOf } = useFormAction(action, {
    onResult: (r) => {
      if (!r.ok) return;
      router.push(`/accidents/${r.data.id}`);
      router.refresh();
    },
  });
  const hop = (h: "unit_to_bureau" | "bureau_to_superior") => ({
    hop: t(`accidents.hop.${h}`),
    rule: t(`accidents.hopRule.${h}`),
  });

  const facts: Field[] = [
    { name: "title", label: t("accidents.form.title"), required: true },
    { name: "occurredAt", label: t("accidents.form.occurredAt"), type: "datetime-local", required: true },
    {
      name: "domain",
      label: t("accidents.form.domain"),
      type: "select",
      required: true,
      options: (["internal", "supervised"] as const).map((d) => ({ value: d, label: t(`accidents.domain.${d}`) })),
    },
    {
      name: "unitId",
      label: t("accidents.form.unit"),
      type: "select",
      required: true,
      options: units.map((u) => ({ value: String(u.id), label: u.name })),
    },
    { name: "deaths", label: t("accidents.form.deaths"), type: "number", required: true },
    { name: "seriousInjuries", label: t("accidents.form.seriousInjuries"), type: "number", required: true },
    { name: "directLoss", label: t("accidents.form.directLoss"), type: "number", required: true },
    { name: "description", label: t("accidents.form.description"), type: "textarea" },
  ];
  const reports: Field[] = [
    { name: "reportedUnit", label: t("accidents.form.reportedAt", hop("unit_to_bureau")), type: "datetime-local" },
    {
      name: "reportedBureau",
      label: t("accidents.form.reportedAt", hop("bureau_to_superior")),
      type: "datetime-local",
    },
  ];
  const findings: (Field & { reason: string })[] = [
    { name: "isFalse", label: t("accidents.form.isFalse"), type: "checkbox", reason: "falseReason" },
    { name: "isConcealed", label: t("accidents.form.isConcealed"), type: "checkbox", reason: "concealedReason" },
  ];

  function control(f: Field) {
    const id = `${formId}-${f.name}`;
    const err = errors[f.name];
    const common = { id, name: f.name, ...fieldAria(id, err) } as const;
    const dv = valueOf(f.name, String(values[f.name] ?? ""));
    return (
      <div key={f.name}>
        <label htmlFor={id} className="mb-1 block text-sm font-medium">
          {f.label}
          {f.required && <span aria-hidden="true"> *</span>}
        </label>
        {f.type === "select" ? (
          <select {...common} className="input" defaultValue={dv}>
            <option value="">—</option>
            {f.options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : f.type === "textarea" ? (
          <textarea {...common} className="input" rows={3} defaultValue={dv} />
        ) : (
          <input
            {...common}
            className="input"
            type={f.type === "datetime-local" ? "datetime-local" : "text"}
            inputMode={f.type === "number" ? "decimal" : undefined}
            defaultValue={dv}
          />
        )}
        <FieldError fieldId={id} error={err} />
      </div>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {/* Empty for a new accident (the schema wants both keys, empty or set). */}
      <input type="hidden" name="accidentId" value={values.accidentId ?? ""} />
      <input type="hidden" name="version" value={values.version ?? ""} />
      <p className="text-sm text-slate-600">{t("accidents.form.levelNote")}</p>
      <div className="grid gap-3 sm:grid-cols-2">{facts.map(control)}</div>
      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 font-medium">{t("accidents.form.reports")}</legend>
        <p className="text-sm text-slate-600">{t("accidents.form.reportedHelp")}</p>
        {reports.map(control)}
      </fieldset>
      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 font-medium">{t("accidents.form.findings")}</legend>
        {findings.map((f) => {
          const id = `${formId}-${f.name}`;
          const rid = `${formId}-${f.reason}`;
          const err = errors[f.reason];
          return (
            <div key={f.name} className="space-y-1">
              <div className="flex items-center gap-2">
                <input id={id} name={f.name} type="checkbox" defaultChecked={checkedOf(f.name, !!values[f.name])} />
                <label htmlFor={id} className="text-sm">
                  {f.label}
                </label>
              </div>
              <label htmlFor={rid} className="block text-sm font-medium">
                {t(`accidents.form.${f.reason}`)}
              </label>
              <textarea
                id={rid}
                name={f.reason}
                className="input"
                rows={2}
                defaultValue={valueOf(f.reason, "")}
                {...fieldAria(rid, err)}
              />
              <FieldError fieldId={rid} error={err} />
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t("common.loading") : t("accidents.form.submit")}
      </button>
      <div aria-live="polite">
        {state && !state.ok && (
          <p role="alert" className="text-sm text-red-700">
            {t(state.error)}
          </p>
        )}
        {state?.ok && (
          <p role="status" className="text-sm text-green-700">
            {t("accidents.form.saved")}{" "}
            <Link href={`/accidents/${state.data.id}`} className="text-blue-700 underline">
              {t("accidents.form.openSaved")}
            </Link>
          </p>
        )}
      </div>
    </form>
  );
}
