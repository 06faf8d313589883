"use client";
// Generic error page: no details on the page, only the digest as a request reference.
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto mt-24 max-w-md card" role="alert">
      <h1 className="mb-2 text-xl font-semibold">{t("internal")}</h1>
      {error.digest && <p className="text-sm text-slate-600">{t("requestId", { id: error.digest })}</p>}
      <button type="button" className="btn-secondary mt-4" onClick={reset}>
        {t("backHome")}
      </button>
    </main>
  );
}
