"use client";
// 签字确认 on 我的责任: a button that opens a modal <dialog> (focus kept inside, Escape closes, focus returns
// to the button) asking for the password again, then signs the published version the person was shown.
// The dialog needs JavaScript, so the button waits for it; the form inside is a form action like the others.
import { useId, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/server/action";
import { FieldError, fieldAria } from "@/components/ui/field-error";
import { useFormAction } from "@/components/ui/use-form-action";
import { useHydrated } from "@/components/ui/use-hydrated";

type Props = {
  action: FormAction;
  listId: number;
  /** The published version's hash: the action refuses a list that changed since. */
  contentHash: string;
  /** The list's heading and its version line, repeated in the dialog so the person knows what they sign. */
  listName: string;
  versionLabel: string;
  /** Confirm again after a change (内容已变更) rather than for the first time. */
  isAgain: boolean;
  /** Where focus goes once signed (the button is then gone): the list's heading. */
  focusAfterId: string;
};

export function ConfirmListButton({ action, listId, contentHash, listName, versionLabel, isAgain, focusAfterId }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const hydrated = useHydrated();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  /** Set once signed: closing then moves focus to the list's heading (the button goes away). */
  const isSignedRef = useRef(false);
  const { state, formAction, onSubmit, pending, fieldErrors, clear } = useFormAction(action, {
    onResult: (r) => {
      if (!r.ok) return;
      isSignedRef.current = true;
      dialogRef.current?.close();
      router.refresh();
    },
  });
  const passwordError = fieldErrors.password;
  const passwordId = `${id}-pw`;

  function open() {
    clear();
    formRef.current?.reset();
    dialogRef.current?.showModal();
    passwordRef.current?.focus();
  }

  // Escape, 取消 or success: focus goes back where the person was (the button), or to the heading once signed.
  function onClose() {
    if (isSignedRef.current) document.getElementById(focusAfterId)?.focus();
    else buttonRef.current?.focus();
  }

  return (
    <>
      <button ref={buttonRef} type="button" className="btn" onClick={open} disabled={!hydrated} aria-haspopup="dialog">
        {t(isAgain ? "duties.confirm.buttonAgain" : "duties.confirm.button")}
      </button>
      <dialog
        ref={dialogRef}
        onClose={onClose}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
        className="w-full max-w-lg rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3 p-5">
          <input type="hidden" name="listId" value={listId} />
          <input type="hidden" name="contentHash" value={contentHash} />
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {t("duties.confirm.title", { list: listName })}
          </h2>
          <p className="text-sm text-slate-700">{versionLabel}</p>
          <p id={`${id}-help`} className="text-sm text-slate-700">
            {t("duties.confirm.help")}
          </p>
          <div>
            <label htmlFor={passwordId} className="mb-1 block text-sm font-medium">
              {t("duties.workflow.password")}
              <span aria-hidden="true"> *</span>
            </label>
            <input
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              ref={passwordRef}
              className="input w-full"
              {...fieldAria(passwordId, passwordError)}
            />
            <FieldError fieldId={passwordId} error={passwordError} />
          </div>
          <div aria-live="polite">
            {state && !state.ok && (
              <p role="alert" className="text-sm text-red-700">
                {t(state.error)}
              </p>
            )}
          </div>
          <div className="flex justify-end gap-3">
            <button type="button" className="btn-secondary" onClick={() => dialogRef.current?.close()} disabled={pending}>
              {t("duties.confirm.cancel")}
            </button>
            <button type="submit" className="btn" disabled={pending}>
              {pending ? t("common.loading") : t("duties.confirm.submit")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
