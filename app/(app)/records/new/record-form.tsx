"use client";
// The new-record form: plain controls (checkbox groups and multi-selects for the many-valued fields), posted
// as a form (evidence files with it) to the server action, also before JavaScript runs; field errors from
// the action shown beside each field. Saved: the record opens (the saved message links to it without JS).
import Link from "next/link";
import { useId } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult, FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";

type Option = { value: string; label: string };
export type DutyGroup = { listId: number; heading: string; items: (Option & { note: string })[] };
export type PersonGroup = { unitName: string; people: Option[] };

type Props = {
  action: FormAction<{ id: number }>;
  kinds: Option[];
  ownerUnits: Option[];
  concernedUnits: Option[];
  people: PersonGroup[];
  dutyGroups: DutyGroup[];
  schemeItems: Option[];
  defaults: { unitId: string; leadId: string; date: string };
};

export const MAX_BATCH_BYTES = 5 * 1024 * 1024;

/** More files than one request may carry (the server refuses larger bodies before the action runs). */
export function batchRefusal<T>(form: FormData): ActionResult<T> | null {
  const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length <= 3 && files.reduce((n, f) => n + f.size, 0) <= MAX_BATCH_BYTES) return null;
  return { ok: false, error: "validation.fix", fieldErrors: { files: "records.errors.batchTooLarge" } };
}

export function RecordForm({ action, kinds, ownerUnits, concernedUnits, people, dutyGroups, schemeItems, defaults }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const uid = useId();
  const { state, formAction, onSubmit, pending, fieldErrors: errors, valueOf, checkedOf, valuesOf } = useFormAction(action, {
    check: batchRefusal,
    onResult: (r) => {
      if (r.ok) router.push(`/records/${r.data.id}`);
    },
  });
  const idOf = (name: string) => `${uid}-${name}`;
  const errorOf = (name: string) => <FieldError fieldId={idOf(name)} error={errors[name]} />;
  const aria = (name: string) => ({ id: idOf(name), ...fieldAria(idOf(name), errors[name]) });
  const unitId = valueOf("unitId", defaults.unitId);

  const label = (name: string, text: string, required = false) => (
    <label htmlFor={idOf(name)} className="mb-1 block text-sm font-medium">
      {text}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid gap-3 md:grid-cols-3">
        <div>
          {label("kind", t("records.field.kind"), true)}
          <select {...aria("kind")} name="kind" className="input" defaultValue={valueOf("kind", "inspection")}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
          {errorOf("kind")}
        </div>
        <div className="md:col-span-2">
          {label("title", t("records.field.title"), true)}
          <input {...aria("title")} name="title" className="input" maxLength={400} defaultValue={valueOf("title", "")} />
          {errorOf("title")}
        </div>
        <div>
          {label("occurredOn", t("records.field.date"), true)}
          <input {...aria("occurredOn")} name="occurredOn" type="text" inputMode="numeric" placeholder="2026-01-31" className="input" defaultValue={valueOf("occurredOn", defaults.date)} />
          {errorOf("occurredOn")}
        </div>
        <div>
          {label("unitId", t("records.field.unit"), true)}
          <select
            {...aria("unitId")}
            name="unitId"
            className="input"
            defaultValue={unitId}
            onChange={(e) => router.replace(`/records/new?unit=${encodeURIComponent(e.target.value)}`)}
          >
            {ownerUnits.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
          {errorOf("unitId")}
        </div>
        <div>
          {label("leadId", t("records.field.lead"), true)}
          <select {...aria("leadId")} name="leadId" className="input" defaultValue={valueOf("leadId", defaults.leadId)}>
            {people.map((g) => (
              <optgroup key={g.unitName} label={g.unitName}>
                {g.people.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {errorOf("leadId")}
        </div>
      </div>

      <fieldset className="space-y-1" aria-describedby={fieldAria(idOf("unitIds"), errors.unitIds)["aria-describedby"]}>
        <legend className="text-sm font-medium">{t("records.field.units")}</legend>
        <p className="text-xs text-slate-600">{t("records.help.units")}</p>
        <div className="flex max-h-40 flex-wrap gap-x-4 gap-y-1 overflow-y-auto rounded border border-slate-200 p-2">
          {concernedUnits.map((u) => (
            <label key={u.value} className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="unitIds" value={u.value} defaultChecked={checkedOf("unitIds", u.value === defaults.unitId, u.value)} />
              {u.label}
            </label>
          ))}
        </div>
        {errorOf("unitIds")}
      </fieldset>

      <div>
        {label("participantIds", t("records.field.participants"))}
        <select {...aria("participantIds")} name="participantIds" multiple size={6} className="input" defaultValue={valuesOf("participantIds", [])}>
          {people.map((g) => (
            <optgroup key={g.unitName} label={g.unitName}>
              {g.people.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <p className="mt-1 text-xs text-slate-600">{t("records.help.multiple")}</p>
        {errorOf("participantIds")}
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("records.field.dutyItems")}</legend>
        {dutyGroups.length === 0 && <p className="text-sm text-slate-600">{t("records.help.noDutyItems")}</p>}
        <div className="max-h-96 space-y-3 overflow-y-auto rounded border border-slate-200 p-2">
          {dutyGroups.map((g) => (
            <fieldset key={g.listId} className="space-y-1">
              <legend className="text-sm font-semibold text-slate-800">{g.heading}</legend>
              {g.items.map((i) => (
                <label key={i.value} className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="dutyItems" value={i.value} className="mt-1" defaultChecked={checkedOf("dutyItems", false, i.value)} />
                  <span>
                    {i.label} <span className="text-xs text-slate-500">（{i.note}）</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        {errorOf("dutyItems")}
      </fieldset>

      {schemeItems.length > 0 && (
        <div>
          {label("schemeItemIds", t("records.field.schemeItems"))}
          <select {...aria("schemeItemIds")} name="schemeItemIds" multiple size={5} className="input" defaultValue={valuesOf("schemeItemIds", [])}>
            {schemeItems.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
          {errorOf("schemeItemIds")}
        </div>
      )}

      <div>
        {label("summary", t("records.field.summary"))}
        <textarea {...aria("summary")} name="summary" rows={4} className="input" defaultValue={valueOf("summary", "")} />
        {errorOf("summary")}
      </div>

      <div>
        {label("files", t("records.field.files"))}
        <input {...aria("files")} name="files" type="file" multiple accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx" className="text-sm" />
        <p className="mt-1 text-xs text-slate-600">{t("records.help.files")}</p>
        {errorOf("files")}
      </div>

      <div className="flex items-center gap-3">
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t("common.loading") : t("records.submit")}
        </button>
      </div>
      <div aria-live="polite">
        {state && !state.ok && (
          <p role="alert" className="text-sm text-red-700">
            {t(state.error)}
          </p>
        )}
        {state?.ok && (
          <p role="status" className="text-sm text-green-700">
            {t("records.saved")}{" "}
            <Link href={`/records/${state.data.id}`} className="text-blue-700 underline">
              {t("records.openSaved")}
            </Link>
          </p>
        )}
      </div>
    </form>
  );
}
