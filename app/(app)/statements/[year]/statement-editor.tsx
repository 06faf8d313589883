"use client";
// The 述职 draft editor: generate from records, edit and save with a version check (a stale save keeps the
// text typed and shows the text saved meanwhile), regenerate after an explicit confirmation.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/server/action";

type Saved = { version: number; body: string };
type Props = {
  year: number;
  personId: number;
  stored: { body: string; version: number } | null;
  generate: (input: Record<string, unknown>) => Promise<ActionResult<Saved>>;
  save: (input: Record<string, unknown>) => Promise<ActionResult<Saved>>;
};

export function StatementEditor({ year, personId, stored, generate, save }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [pending, start] = useTransition();
  const [text, setText] = useState(stored?.body ?? "");
  const [base, setBase] = useState<number | null>(stored?.version ?? null);
  const [confirm, setConfirm] = useState(false);
  const [result, setResult] = useState<{ kind: "save" | "generate"; r: ActionResult<Saved> } | null>(null);
  const failed = result && !result.r.ok ? result.r : null;
  const bodyError = failed?.fieldErrors?.body;
  const confirmError = failed?.fieldErrors?.confirm;
  // Someone saved (or regenerated) since this text was loaded: show what is stored now.
  const isStale = stored != null && base != null && stored.version !== base;

  const apply = (kind: "save" | "generate", r: ActionResult<Saved>) => {
    setResult({ kind, r });
    if (r.ok) {
      setText(r.data.body);
      setBase(r.data.version);
      setConfirm(false);
    }
    router.refresh();
  };

  if (!stored && base == null) {
    return (
      <div className="space-y-2">
        <p className="text-sm text-slate-600">{t("statement.noDraft")}</p>
        <button
          type="button"
          className="btn"
          disabled={pending}
          onClick={() => start(async () => apply("generate", await generate({ year, personId, version: null, confirm: false })))}
        >
          {pending ? t("common.loading") : t("statement.generate")}
        </button>
        {failed && (
          <p role="alert" className="text-sm text-red-700">
            {t(failed.error)}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <form
        noValidate
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          start(async () => apply("save", await save({ year, personId, version: base, body: text })));
        }}
      >
        <label htmlFor={`${id}-body`} className="block text-sm font-medium">
          {t("statement.body", { version: base ?? 0 })}
        </label>
        <textarea
          id={`${id}-body`}
          className="input font-[inherit] leading-7"
          rows={20}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? `${id}-body-error` : undefined}
        />
        {bodyError && (
          <p id={`${id}-body-error`} className="field-error">
            {t(bodyError)}
          </p>
        )}
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
            {result?.kind === "save" && result.r.ok && <span className="text-green-700">{t("common.saved")}</span>}
            {result?.kind === "save" && failed && !bodyError && <span className="text-red-700">{t(failed.error)}</span>}
          </span>
        </div>
      </form>
      <form
        noValidate
        className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3"
        aria-label={t("statement.regenerate")}
        onSubmit={(e) => {
          e.preventDefault();
          start(async () => apply("generate", await generate({ year, personId, version: base, confirm })));
        }}
      >
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={confirm}
            onChange={(e) => setConfirm(e.target.checked)}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? `${id}-confirm-error` : undefined}
          />
          {t("statement.confirmOverwrite")}
        </label>
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t("statement.regenerate")}
        </button>
        <span aria-live="polite" className="text-sm">
          {confirmError && (
            <span id={`${id}-confirm-error`} className="field-error">
              {t(confirmError)}
            </span>
          )}
          {result?.kind === "generate" && failed && !confirmError && <span className="text-red-700">{t(failed.error)}</span>}
          {result?.kind === "generate" && result.r.ok && <span className="text-green-700">{t("statement.regenerated")}</span>}
        </span>
      </form>
    </div>
  );
}
