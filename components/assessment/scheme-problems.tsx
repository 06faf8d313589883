import { getTranslations } from "next-intl/server";
import type { SchemeProblem } from "@/lib/assessment/scheme-check";

/** The scheme check: totals, then each problem in words; approval waits until the list is empty. */
export async function SchemeProblems({
  problems,
  totalPoints,
  categorySum,
}: {
  problems: SchemeProblem[];
  totalPoints: number;
  categorySum: number;
}) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="check-h" className="card">
      <h2 id="check-h" className="mb-2 font-semibold">
        {t("scheme.check.title")}
      </h2>
      <p className="text-sm">{t("scheme.check.totals", { total: totalPoints, sum: categorySum })}</p>
      {problems.length === 0 ? (
        <p role="status" className="mt-1 text-sm text-green-700">
          {t("scheme.check.ok")}
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-red-700">{t("scheme.check.count", { n: problems.length })}</p>
          <ul className="mt-1 list-disc pl-5 text-sm text-red-700">
            {problems.map((p, n) => (
              <li key={n}>{t(p.key, p.params ?? {})}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
