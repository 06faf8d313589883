"use client";
// Adds evidence files to an existing record: the form posts them (multipart) to the server action, also
// before JavaScript runs; a batch too large to send is refused here first with the server's message.
import { useId, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";
import { batchRefusal } from "../new/record-form";

export function FileForm({ recordId, action }: { recordId: number; action: FormAction<{ count: number }> }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const { state, formAction, onSubmit, pending, fieldErrors } = useFormAction(action, {
    check: batchRefusal,
    onResult: (r) => {
      if (!r.ok) return;
      form.current?.reset();
      router.refresh();
    },
  });
  const filesId = `${id}-files`;

  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="recordId" value={recordId} />
      <div>
        <label htmlFor={filesId} className="mb-1 block text-sm font-medium">
          {t("records.field.files")}
        </label>
        <input
          id={filesId}
          name="files"
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx"
          className="text-sm"
          {...fieldAria(filesId, fieldErrors.files)}
        />
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t("common.loading") : t("records.addFiles")}
      </button>
      <div aria-live="polite" className="w-full">
        <FieldError fieldId={filesId} error={fieldErrors.files} />
        {state && !state.ok && !fieldErrors.files && (
          <p role="alert" className="field-error">
            {t(state.error)}
          </p>
        )}
        {state?.ok && (
          <p role="status" className="text-sm text-green-700">
            {t("records.filesAdded", { n: state.data.count })}
          </p>
        )}
      </div>
    </form>
  );
}
