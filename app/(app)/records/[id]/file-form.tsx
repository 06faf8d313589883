"use client";
// Adds evidence files to an existing record (FormData, so the files travel with it).
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";
import { MAX_BATCH_BYTES } from "../new/record-form";
import { useHydrated } from "@/components/ui/use-hydrated";

export function FileForm({ recordId, action }: { recordId: number; action: (input: FormData) => Promise<ActionResult<{ count: number }>> }) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const [state, setState] = useState<ActionResult<{ count: number }> | null>(null);
  const error = state && !state.ok ? (state.fieldErrors?.files ?? state.error) : null;

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData();
    fd.set("recordId", String(recordId));
    const files = new FormData(e.currentTarget).getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    if (files.length > 3 || files.reduce((n, f) => n + f.size, 0) > MAX_BATCH_BYTES) {
      setState({ ok: false, error: "validation.fix", fieldErrors: { files: "records.errors.batchTooLarge" } });
      return;
    }
    files.forEach((f, i) => fd.set(`file${i + 1}`, f));
    start(async () => {
      const r = await action(fd).catch((): ActionResult<{ count: number }> => ({ ok: false, error: "errors.internal" }));
      setState(r);
      if (r.ok) {
        form.current?.reset();
        router.refresh();
      }
    });
  }

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={`${id}-files`} className="mb-1 block text-sm font-medium">
          {t("records.field.files")}
        </label>
        <input
          id={`${id}-files`}
          name="files"
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx"
          className="text-sm"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <button type="submit" className="btn" disabled={pending || !hydrated}>
        {pending ? t("common.loading") : t("records.addFiles")}
      </button>
      <div aria-live="polite" className="w-full">
        {error && (
          <p id={`${id}-error`} role="alert" className="field-error">
            {t(error)}
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
