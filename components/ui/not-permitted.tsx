import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown (with a denied audit entry written by the caller) when a page is out of the viewer's reach. */
export async function NotPermitted() {
  const t = await getTranslations("errors");
  return (
    <section className="card max-w-xl" aria-labelledby="np-title">
      <h1 id="np-title" className="mb-2 text-xl font-semibold">
        {t("notPermittedTitle")}
      </h1>
      <p className="mb-4">{t("notPermitted")}</p>
      <Link href="/" className="btn-secondary">
        {t("backHome")}
      </Link>
    </section>
  );
}
