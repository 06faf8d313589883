"use client";
// Uploads one evidence file to the unit's assessment (optionally for one item). The server reads the type
// from the bytes; the size is also checked here first, so a file too large to send gets the same message.
import { useId, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult, FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";

const MAX_BYTES = 5 * 1024 * 1024;

/** No file, or one too large to send (the server's own messages). */
function fileRefusal(form: FormData): ActionResult<unknown> | null {
  const file = form.get("file");
  const error = !(file instanceof File) || file.size === 0 ? "assessment.errors.fileRequired" : file.size > MAX_BYTES ? "assessment.errors.fileTooLarge" : null;
  return error ? { ok: false, error: "validation.fix", fieldErrors: { file: error } } : null;
}

export function UnitUploadForm({
  action,
  assessmentId,
  label,
  items,
}: {
  action: FormAction;
  assessmentId: number;
  label: string;
  items: { id: number; label: string }[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, formAction, onSubmit, pending, fieldErrors: errors } = useFormAction(action, {
    check: fileRefusal,
    onResult: (r) => {
      if (!r.ok) return;
      formRef.current?.reset();
      router.refresh();
    },
  });
  const fileId = `${uid}-file`;

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={label} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <div>
        <label htmlFor={`${uid}-item`} className="mb-1 block text-sm font-medium">
          {t("assessUnit.evidence.item")}
        </label>
        <select id={`${uid}-item`} name="itemId" className="input max-w-72">
          <option value="">{t("assessUnit.evidence.whole")}</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={fileId} className="mb-1 block text-sm font-medium">
          {t("assessUnit.evidence.file")}
        </label>
        <input
          id={fileId}
          name="file"
          type="file"
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,application/pdf,image/png,image/jpeg"
          {...fieldAria(fileId, errors.file)}
        />
        <FieldError fieldId={fileId} error={errors.file} />
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t("common.loading") : t("assessUnit.evidence.upload")}
      </button>
      <div aria-live="polite" className="text-sm">
        {state && !state.ok && !Object.keys(errors).length && (
          <p role="alert" className="text-red-700">
            {t(state.error)}
          </p>
        )}
        {state?.ok && (
          <p role="status" className="text-green-700">
            {t("assessUnit.evidence.uploaded")}
          </p>
        )}
      </div>
    </form>
  );
}
