import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous/next for the gap list; `hrefFor` keeps the year and filters. */
export async function GapPager({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations();
  return (
    <nav aria-label={t("coverage.gaps.pagination")} className="mt-3 flex items-center gap-3 text-sm no-print">
      {page > 1 && (
        <Link className="btn-secondary" href={hrefFor(page - 1)}>
          {t("common.prev")}
        </Link>
      )}
      <span>{t("common.page", { page, pages })}</span>
      {page < pages && (
        <Link className="btn-secondary" href={hrefFor(page + 1)}>
          {t("common.next")}
        </Link>
      )}
    </nav>
  );
}
