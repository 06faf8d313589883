"use client";
// A form bound to a defineAction server action through useActionState. The form's `action` is the server
// action itself, so before JavaScript runs the browser posts the form, Next runs the action and renders
// the page again with its result (errors at their fields). Once hydrated, `onSubmit` sends the same
// FormData through React without the automatic form reset that a form action does after every submission
// (a refused form keeps what was typed); `onResult` then does what only a script can (refresh, reset,
// navigate) — also for a result the server rendered before hydration.
import { startTransition, useActionState, useEffect, useEffectEvent, useRef, useState } from "react";
import type { ActionResult, ActionState, FormAction } from "@/server/action";
import type { FieldErrors } from "@/lib/validation";

type Options<T> = {
  /** Runs once per new result, after it is shown. */
  onResult?: (result: ActionResult<T>) => void;
  /** Checks in the browser before sending (e.g. a file too large to send): a refusal shown as a result. */
  check?: (form: FormData) => ActionResult<T> | null;
};

export function useFormAction<T>(action: FormAction<T>, { onResult, check }: Options<T> = {}) {
  const [sent, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const [refused, setRefused] = useState<ActionState<T>>(null);
  /** A result put away by `clear` (a dialog opened again): not shown any more. */
  const [cleared, setCleared] = useState<ActionState<T>>(null);
  const handled = useRef<ActionState<T>>(null);
  const notify = useEffectEvent((r: ActionResult<T>) => onResult?.(r));
  useEffect(() => {
    if (!sent || handled.current === sent) return;
    handled.current = sent;
    notify(sent);
  }, [sent]);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData();
    // A file input left empty is not sent: the server drops the nameless empty part a browser's own post
    // has, but React's reply parser reads it back as an empty file named "undefined".
    new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter).forEach((v, k) => {
      if (typeof v === "string" || v.size > 0 || v.name) form.append(k, v);
    });
    const refusal = check?.(form) ?? null;
    setRefused(refusal);
    if (!refusal) startTransition(() => formAction(form));
  }

  const state = refused ?? (sent === cleared ? null : sent);
  const failed = state && !state.ok ? state : null;
  const fieldErrors: FieldErrors = failed?.fieldErrors ?? {};
  const values = failed?.values;
  return {
    state,
    formAction,
    onSubmit,
    pending,
    fieldErrors,
    /** Stops showing the last result (until the next one). */
    clear: () => {
      setRefused(null);
      setCleared(sent);
    },
    /** The text submitted for `name` when the form comes back refused, else `fallback`. */
    valueOf: (name: string, fallback: string): string => {
      const v = values?.[name];
      return values ? (Array.isArray(v) ? (v[0] ?? "") : (v ?? fallback)) : fallback;
    },
    /** Whether a checkbox (or one of a group, by value) was ticked in the refused form, else `fallback`. */
    checkedOf: (name: string, fallback: boolean, value = "on"): boolean => {
      if (!values) return fallback;
      const v = values[name];
      return Array.isArray(v) ? v.includes(value) : v === value;
    },
    /** The values submitted for a multi-valued field (a multi-select), else `fallback`. */
    valuesOf: (name: string, fallback: string[]): string[] => {
      if (!values) return fallback;
      const v = values[name];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
  };
}
