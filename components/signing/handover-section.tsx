import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { HandoverMissing } from "@/lib/signing/handover";
import type { HandoverRow } from "@/lib/signing/types";

/** 岗位交接 still open: what the successor has not signed yet, and the previous holder's signatures. */
export async function HandoverSection({ open, closed }: { open: (HandoverRow & { missing: HandoverMissing[] })[]; closed: number }) {
  const t = await getTranslations("signing.handover");
  return (
    <section aria-labelledby="sig-handover-h" className="card space-y-2">
      <h2 id="sig-handover-h" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("help")}</p>
      {open.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("col.post")}</th>
                <th scope="col">{t("col.unit")}</th>
                <th scope="col">{t("col.previous")}</th>
                <th scope="col">{t("col.successor")}</th>
                <th scope="col">{t("col.missing")}</th>
                <th scope="col">{t("col.history")}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((h) => (
                <tr key={`${h.postId}:${h.successorId}`}>
                  <td>{h.postName}</td>
                  <td>{h.unitName}</td>
                  <td>{t("ended", { name: h.previousName, date: h.previousEnd })}</td>
                  <td>{t("started", { name: h.successorName, date: h.successorStart })}</td>
                  <td>
                    <ul>
                      {h.missing.map((m) => {
                        const href = m === "list" ? (h.listId ? `/duties/${h.listId}` : null) : h.pledgeId ? `/pledges/${h.pledgeId}` : null;
                        return (
                          <li key={m} className="text-red-700">
                            {href ? (
                              <Link className="underline" href={href}>
                                {t(`missing.${m}`)}
                              </Link>
                            ) : (
                              t(`missing.${m}`)
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                  <td>
                    {h.history.length === 0 ? (
                      t("noHistory")
                    ) : (
                      <ul>
                        {h.history.map((s, i) => (
                          <li key={i}>
                            <Link className="underline" href={s.kind === "list" ? `/duties/${s.targetId}` : `/pledges/${s.targetId}`}>
                              {s.kind === "list"
                                ? t("historyList", { at: s.signedAt, state: s.isCurrent ? t("current") : t("changed") })
                                : t("historyPledge", { at: s.signedAt })}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {closed > 0 && <p className="text-sm text-slate-600">{t("closed", { count: closed })}</p>}
    </section>
  );
}
