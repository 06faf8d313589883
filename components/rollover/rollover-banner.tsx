import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The committee office's reminder in the shell: the next year is not prepared yet (see rolloverDueYear). */
export async function RolloverBanner({ year }: { year: number }) {
  const t = await getTranslations("rollover.banner");
  return (
    <aside aria-label={t("label")} className="no-print border-b border-amber-300 bg-amber-50 text-amber-950">
      <p className="mx-auto max-w-7xl px-4 py-2 text-sm">
        {t("text", { year })}
        <Link href={`/rollover?year=${year}`} className="font-medium text-blue-800 underline">
          {t("link")}
        </Link>
      </p>
    </aside>
  );
}
