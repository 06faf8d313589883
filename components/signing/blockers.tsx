import { getTranslations } from "next-intl/server";

/** Who is blocking whom: the people most often waited for. */
export async function Blockers({ rows }: { rows: { name: string; count: number }[] }) {
  const t = await getTranslations("signing.blockers");
  return (
    <section aria-labelledby="sig-blockers-h" className="card space-y-2">
      <h2 id="sig-blockers-h" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("help")}</p>
      {rows.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {rows.map((b) => (
            <li key={b.name}>{t("item", b)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
