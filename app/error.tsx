"use client";
// Generic error page: no details on the page, only the digest as a request reference. Two refusals are
// told apart: the database unreachable (the digest a page throws, or the proxy's 503 to an action call)
// gets the translated "service unavailable" page with a retry; a body the proxy refused gets its message.
import { useTranslations } from "next-intl";
import { REFUSAL_PREFIX, UNAVAILABLE_DIGEST } from "@/lib/availability";

const REFUSALS = ["unavailable", "tooLarge", "invalidRequest"] as const;

function refusalOf(error: Error & { digest?: string }): (typeof REFUSALS)[number] | null {
  if (error.digest === UNAVAILABLE_DIGEST) return "unavailable";
  const key = error.message?.startsWith(REFUSAL_PREFIX) ? error.message.slice(REFUSAL_PREFIX.length) : "";
  return (REFUSALS as readonly string[]).includes(key) ? (key as (typeof REFUSALS)[number]) : null;
}

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const refusal = refusalOf(error);
  if (refusal) {
    return (
      <main className="mx-auto mt-24 max-w-md card" role="alert">
        <h1 className="mb-2 text-xl font-semibold">{refusal === "unavailable" ? t("unavailableTitle") : t("invalidRequest")}</h1>
        <p className="text-sm text-slate-700">{t(refusal)}</p>
        <button type="button" className="btn-secondary mt-4" onClick={() => window.location.reload()}>
          {t("retry")}
        </button>
      </main>
    );
  }
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
