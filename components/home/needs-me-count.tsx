import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadNeedsMe } from "@/server/home/needs-me";

/** The navigation badge: how many lists and pledges wait for the viewer, linking to the home section.
 * Renders nothing when there is nothing to do. */
export async function NeedsMeCount() {
  const data = await loadNeedsMe();
  if (!data || data.total === 0) return null;
  const t = await getTranslations("needsMe");
  return (
    <Link
      href="/#needs-me-h"
      aria-label={t("badge", { count: data.total })}
      title={t("badge", { count: data.total })}
      className="ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-slate-900"
    >
      {data.total}
    </Link>
  );
}
