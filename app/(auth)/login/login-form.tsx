"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { loginAction } from "./actions";

export function LoginForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState(loginAction, undefined);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state?.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {t(state.error)}
        </p>
      )}
      <div>
        <label htmlFor="username" className="mb-1 block text-sm font-medium">
          {t("auth.username")}
        </label>
        <input id="username" name="username" autoComplete="username" className="input" required />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          {t("auth.password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" className="input" required />
      </div>
      <button type="submit" className="btn w-full justify-center" disabled={pending}>
        {pending ? t("common.loading") : t("auth.submit")}
      </button>
    </form>
  );
}
