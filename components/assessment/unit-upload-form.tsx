"use client";
// Uploads one evidence file to the unit's assessment (optionally for one item). The server reads the type
// from the bytes; the size is also checked here first, so a file too large to send gets the same message.
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";
import { useHydrated } from "@/components/ui/use-hydrated";

const MAX_BYTES = 5 * 1024 * 1024;

export function UnitUploadForm({
  action,
  assessmentId,
  label,
  items,
}: {
  action: (input: FormData) => Promise<ActionResult<unknown>>;
  assessmentId: number;
  label: string;
  items: { id: number; label: string }[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setState({ ok: false, error: "validation.fix", fieldErrors: { file: "assessment.errors.fileRequired" } });
      return;
    }
    if (file.size > MAX_BYTES) {
      setState({ ok: false, error: "validation.fix", fieldErrors: { file: "assessment.errors.fileTooLarge" } });
      return;
    }
    const fd = new FormData();
    fd.set("assessmentId", String(assessmentId));
    fd.set("itemId", String(form.get("itemId") ?? ""));
    fd.set("file", file);
    start(async () => {
      try {
        const r = await action(fd);
        setState(r);
        if (r.ok) {
          formRef.current?.reset();
          router.refresh();
        }
      } catch {
        setState({ ok: false, error: "errors.internal" });
      }
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={label} className="flex flex-wrap items-end gap-3">
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
        <label htmlFor={`${uid}-file`} className="mb-1 block text-sm font-medium">
          {t("assessUnit.evidence.file")}
        </label>
        <input
          id={`${uid}-file`}
          name="file"
          type="file"
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,application/pdf,image/png,image/jpeg"
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={errors.file ? `${uid}-file-error` : undefined}
        />
        {errors.file && (
          <p id={`${uid}-file-error`} className="field-error">
            {t(errors.file)}
          </p>
        )}
      </div>
      <button type="submit" className="btn" disabled={pending || !hydrated}>
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
