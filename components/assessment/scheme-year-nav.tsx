import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Links between a year's assessment pages (some are built elsewhere: review, decision, results). */
export async function SchemeYearNav({ year, current }: { year: number; current: "scheme" | "indicators" }) {
  const t = await getTranslations("assessmentIndex");
  const links = [
    { key: "scheme", href: `/assessment/${year}/scheme` },
    { key: "indicators", href: `/assessment/${year}/indicators` },
    { key: "review", href: `/assessment/${year}/review` },
    { key: "decision", href: `/assessment/${year}/decision` },
    { key: "results", href: `/assessment/${year}/results` },
  ];
  return (
    <nav aria-label={t("yearNav", { year })} className="flex flex-wrap gap-3 text-sm">
      <Link href="/assessment" className="text-blue-700 underline">
        {t("title")}
      </Link>
      {links.map((l) => (
        <Link
          key={l.key}
          href={l.href}
          className="text-blue-700 underline"
          aria-current={l.key === current ? "page" : undefined}
        >
          {t(`links.${l.key}`)}
        </Link>
      ))}
    </nav>
  );
}
