"use client";
// The 述职 draft editor: generate from records, edit and save with a version check (a stale save keeps the
// text typed and shows the text saved meanwhile), regenerate after an explicit confirmation. The forms post
// without JavaScript too: the page then comes back with the result (a refused save with the text typed).
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult, FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";

type Saved = { version: number; body: string };
type Props = {
  year: number;
  personId: number;
  stored: { body: string; version: number } | null;
  generate: FormAction<Saved>;
  save: FormAction<Saved>;
};

export function StatementEditor({ year, personId, stored, generate, save }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const apply = (r: ActionResult<Saved>) => {
    if (r.ok) {
      setText(r.data.body);
      setBase(r.data.version);
      setConfirm(false);
    }
    router.refresh();
  };
  const saving = useFormAction(save, { onResult: apply });
  const generating = useFormAction(generate, { onResult: apply });
  // A save refused before JavaScript ran comes back with the text and the version it was typed over.
  const [text, setText] = useState(() => saving.valueOf("body", stored?.body ?? ""));
  const [base, setBase] = useState<number | null>(() => Number(saving.valueOf("version", "")) || (stored?.version ?? null));
  const [confirm, setConfirm] = useState(false);
  const [last, setLast] = useState<"save" | "generate" | null>(null);
  const kind = last ?? (saving.state ? "save" : generating.state ? "generate" : null);
  const result = kind === "save" ? saving.state : kind === "generate" ? generating.state : null;
  const failed = result && !result.ok ? result : null;
  const bodyId = `${id}-body`;
  const confirmId = `${id}-confirm`;
  const bodyError = failed?.fieldErrors?.body;
  const confirmError = failed?.fieldErrors?.confirm;
  const pending = saving.pending || generating.pending;
  // Someone saved (or regenerated) since this text was loaded: show what is stored now.
  const isStale = stored != null && base != null && stored.version !== base;
  const submitWith = (k: "save" | "generate", onSubmit: (e: React.FormEvent<HTMLFormElement>) => void) => (e: React.FormEvent<HTMLFormElement>) => {
    setLast(k);
    onSubmit(e);
  };
  const owner = (
    <>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="personId" value={personId} />
    </>
  );

  if (!stored && base == null) {
    return (
      <form action={generating.formAction} onSubmit={submitWith("generate", generating.onSubmit)} noValidate className="space-y-2">
        {owner}
        <input type="hidden" name="version" value="" />
        <p className="text-sm text-slate-600">{t("statement.noDraft")}</p>
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t("common.loading") : t("statement.generate")}
        </button>
        {failed && (
          <p role="alert" className="text-sm text-red-700">
            {t(failed.error)}
          </p>
        )}
      </form>
    );
  }

  return (
    <div className="space-y-4">
      <form action={saving.formAction} onSubmit={submitWith("save", saving.onSubmit)} noValidate className="space-y-2">
        {owner}
        <input type="hidden" name="version" value={base ?? ""} />
        <label htmlFor={bodyId} className="block text-sm font-medium">
          {t("statement.body", { version: base ?? 0 })}
        </label>
        <textarea
          id={bodyId}
          name="body"
          className="input font-[inherit] leading-7"
          rows={20}
          value={text}
          onChange={(e) => setText(e.target.value)}
          {...fieldAria(bodyId, bodyError)}
        />
        <FieldError fieldId={bodyId} error={bodyError} />
        {isStale && stored && (
          <div role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            <p>{t("statement.staleNote", { version: stored.version })}</p>
            <pre className="max-h-60 overflow-auto whitespace-pre-wrap font-[inherit]">{stored.body}</pre>
            <div className="flex flex-wrap gap-2">
              <button type="button" className="btn-secondary" onClick={() => (setText(stored.body), setBase(stored.version))}>
                {t("statement.takeStored")}
              </button>
              <button type="button" className="btn-secondary" onClick={() => setBase(stored.version)}>
                {t("statement.keepMine")}
              </button>
            </div>
          </div>
        )}
        <div className="flex items-center gap-3">
          <button type="submit" className="btn" disabled={pending || isStale}>
            {pending ? t("common.loading") : t("common.save")}
          </button>
          <span aria-live="polite" className="text-sm">
            {kind === "save" && result?.ok && <span className="text-green-700">{t("common.saved")}</span>}
            {kind === "save" && failed && !bodyError && <span className="text-red-700">{t(failed.error)}</span>}
          </span>
        </div>
      </form>
      <form
        action={generating.formAction}
        onSubmit={submitWith("generate", generating.onSubmit)}
        noValidate
        className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3"
        aria-label={t("statement.regenerate")}
      >
        {owner}
        <input type="hidden" name="version" value={base ?? ""} />
        <label className="flex items-center gap-2 text-sm">
          <input
            id={confirmId}
            name="confirm"
            type="checkbox"
            checked={confirm}
            onChange={(e) => setConfirm(e.target.checked)}
            {...fieldAria(confirmId, confirmError)}
          />
          {t("statement.confirmOverwrite")}
        </label>
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t("statement.regenerate")}
        </button>
        <div aria-live="polite" className="text-sm">
          <FieldError fieldId={confirmId} error={confirmError} />
          {kind === "generate" && failed && !confirmError && <span className="text-red-700">{t(failed.error)}</span>}
          {kind === "generate" && result?.ok && <span className="text-green-700">{t("statement.regenerated")}</span>}
        </div>
      </form>
    </div>
  );
}
