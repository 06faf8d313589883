import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CoverageMatrix } from "@/lib/coverage/matrix";

/** 单位 × 类别: published items per unit and category. An empty cell says so in words, not only in colour. */
export async function CoverageMatrixTable({
  matrix,
  caption,
  unitHref,
}: {
  matrix: CoverageMatrix;
  caption: string;
  unitHref: (unitId: number) => string;
}) {
  const t = await getTranslations("coverage");
  if (matrix.rows.length === 0) return <p className="text-sm text-slate-600">{t("matrix.none")}</p>;
  const minDepth = Math.min(...matrix.rows.map((r) => r.depth));
  const empty = <span className="font-medium">{t("matrix.empty")}</span>;
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("matrix.unit")}</th>
            {matrix.categories.map((c) => (
              <th key={c} scope="col" className="text-center">
                {t(`category.${c}`)}
              </th>
            ))}
            <th scope="col" className="text-center">
              {t("matrix.total")}
            </th>
            <th scope="col" className="text-center">
              {t("matrix.unitList")}
            </th>
            <th scope="col" className="text-center">
              {t("matrix.postLists")}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((r) => {
            const postsShort = r.postsWithPublishedList < r.posts;
            return (
              <tr key={r.unitId}>
                <th
                  scope="row"
                  className="whitespace-nowrap"
                  style={{ paddingLeft: `${0.5 + (r.depth - minDepth) * 1}rem` }}
                >
                  <Link href={unitHref(r.unitId)} className="text-blue-800 hover:underline">
                    {r.unitName}
                  </Link>
                </th>
                {matrix.categories.map((c) =>
                  r.counts[c] > 0 ? (
                    <td key={c} className="text-center tabular-nums">
                      {r.counts[c]}
                    </td>
                  ) : (
                    <td key={c} className="bg-amber-100 text-center text-amber-900">
                      {empty}
                    </td>
                  ),
                )}
                <td
                  className={`text-center tabular-nums font-medium ${r.total === 0 ? "bg-red-100 text-red-900" : ""}`}
                >
                  {r.total === 0 ? empty : r.total}
                </td>
                <td className={`text-center ${r.hasPublishedUnitList ? "" : "bg-red-100 font-medium text-red-900"}`}>
                  {r.hasPublishedUnitList ? t("matrix.has") : t("matrix.missing")}
                </td>
                <td
                  className={`text-center tabular-nums ${postsShort ? "bg-amber-100 font-medium text-amber-900" : ""}`}
                >
                  {r.postsWithPublishedList}/{r.posts}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("matrix.total")}</th>
            {matrix.categories.map((c) => (
              <td
                key={c}
                className={`text-center tabular-nums font-medium ${matrix.columnTotals[c] === 0 ? "bg-red-100 text-red-900" : ""}`}
              >
                {matrix.columnTotals[c] === 0 ? empty : matrix.columnTotals[c]}
              </td>
            ))}
            <td className="text-center tabular-nums font-semibold">{matrix.total}</td>
            <td className="text-center">
              {matrix.rows.filter((r) => r.hasPublishedUnitList).length}/{matrix.rows.length}
            </td>
            <td className="text-center tabular-nums">
              {matrix.rows.reduce((a, r) => a + r.postsWithPublishedList, 0)}/
              {matrix.rows.reduce((a, r) => a + r.posts, 0)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
