import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous/next links that keep the current filters; not prefetched, as rendering /audit is a logged view. */
export async function Pager({
  path,
  params,
  page,
  pageSize,
  total,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = await getTranslations();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  return (
    <nav aria-label={t("audit.pagination")} className="mt-3 flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link className="btn-secondary" href={href(page - 1)} prefetch={false}>
          {t("common.prev")}
        </Link>
      ) : null}
      <span>{t("common.page", { page: Math.min(page, pages), pages })}</span>
      {page < pages ? (
        <Link className="btn-secondary" href={href(page + 1)} prefetch={false}>
          {t("common.next")}
        </Link>
      ) : null}
    </nav>
  );
}
