import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto mt-24 max-w-md card">
      <h1 className="mb-2 text-xl font-semibold">{t("notFoundTitle")}</h1>
      <Link href="/" className="btn-secondary">
        {t("backHome")}
      </Link>
    </main>
  );
}
