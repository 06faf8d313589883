import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/server/auth/viewer";
import { PasswordForm } from "./password-form";

export const dynamic = "force-dynamic";

export default async function PasswordPage() {
  const viewer = await requireViewer({ allowPasswordChange: true });
  const t = await getTranslations("auth");
  return (
    <main className="mx-auto mt-16 max-w-md">
      <div className="card">
        <h1 className="mb-2 text-xl font-semibold">{t("changeTitle")}</h1>
        {viewer.mustChangePassword && (
          <p role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
            {t("mustChange")}
          </p>
        )}
        <PasswordForm />
      </div>
    </main>
  );
}
