import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";

export default async function LoginPage() {
  const t = await getTranslations();
  return (
    <main className="mx-auto mt-24 max-w-sm">
      <div className="card">
        <p className="text-sm text-slate-500">{t("app.short")}</p>
        <h1 className="mb-1 text-xl font-semibold">{t("app.name")}</h1>
        <h2 className="mb-4 text-lg">{t("auth.title")}</h2>
        <LoginForm />
      </div>
      <div className="mt-4 text-center">
        <LanguageSwitch />
      </div>
    </main>
  );
}
