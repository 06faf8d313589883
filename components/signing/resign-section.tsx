import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { BoardEdge } from "@/lib/signing/types";

/** Lists signed before their content changed (内容已变更): each signer must look at the diff and sign again. */
export async function ResignSection({ rows }: { rows: BoardEdge[] }) {
  const t = await getTranslations("signing");
  const kind = (e: BoardEdge) => t(`ownerType.${e.level <= 1 ? "leader" : e.level === 2 ? "unit" : "post"}`);
  return (
    <section aria-labelledby="sig-resign-h" className="card space-y-2">
      <h2 id="sig-resign-h" className="text-lg font-semibold">
        {t("resign.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("resign.help")}</p>
      {rows.length === 0 ? (
        <p className="text-sm">{t("resign.none")}</p>
      ) : (
        <>
          <p className="text-sm font-medium text-amber-800">{t("resign.count", { count: rows.length })}</p>
          <table className="table">
            <caption className="sr-only">{t("resign.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("resign.col.signer")}</th>
                <th scope="col">{t("resign.col.unit")}</th>
                <th scope="col">{t("resign.col.list")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={`${e.listId}:${e.bId}`}>
                  <td>{e.bName}</td>
                  <td>{e.unitName}</td>
                  <td>
                    {kind(e)} ·{" "}
                    <Link className="text-blue-700 underline" href={`/duties/${e.listId}`}>
                      {t("list.resign")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
