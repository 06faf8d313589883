"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/server/auth/actions";
import { FieldError, fieldAria } from "@/components/ui/field-error";

export function PasswordForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState(changePasswordAction, undefined);
  const field = (name: "current" | "next" | "confirm", label: string, auto: string) => (
    <div>
      <label htmlFor={`pw-${name}`} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        id={`pw-${name}`}
        name={name}
        type="password"
        autoComplete={auto}
        className="input"
        {...fieldAria(`pw-${name}`, state?.fieldErrors?.[name])}
      />
      <FieldError fieldId={`pw-${name}`} error={state?.fieldErrors?.[name]} />
    </div>
  );
  return (
    <form action={action} className="space-y-4" noValidate>
      {state?.ok && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-800">
          {t("auth.changed")} <Link href="/" className="underline">{t("errors.backHome")}</Link>
        </p>
      )}
      {state?.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {t(state.error)}
        </p>
      )}
      <p className="text-sm text-slate-600">{t("auth.policy")}</p>
      {field("current", t("auth.currentPassword"), "current-password")}
      {field("next", t("auth.newPassword"), "new-password")}
      {field("confirm", t("auth.confirmPassword"), "new-password")}
      <button type="submit" className="btn" disabled={pending}>
        {t("auth.changeSubmit")}
      </button>
    </form>
  );
}
