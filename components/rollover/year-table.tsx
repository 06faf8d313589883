import { getTranslations } from "next-intl/server";
import { deadlineOf } from "@/lib/signing/deadline";
import { pledgeTotal, type YearState } from "@/lib/years/rollover";

/** Each year's state: prepared or not (its committee exists) and what it has of every rollover step. */
export async function YearTable({ states, workingYear }: { states: YearState[]; workingYear: number }) {
  const t = await getTranslations("rollover.years");
  const ts = await getTranslations("assessment.schemeStatus");
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="mb-2 text-left font-semibold">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("year")}</th>
            <th scope="col">{t("state")}</th>
            <th scope="col">{t("members")}</th>
            <th scope="col">{t("supervisions")}</th>
            <th scope="col">{t("lists")}</th>
            <th scope="col">{t("scheme")}</th>
            <th scope="col">{t("indicators")}</th>
            <th scope="col">{t("pledges")}</th>
            <th scope="col">{t("deadline")}</th>
          </tr>
        </thead>
        <tbody>
          {states.map((s) => (
            <tr key={s.year}>
              <th scope="row" className="bg-transparent! font-normal!">
                {s.year}
                {s.year === workingYear && <span className="ml-1 text-xs text-slate-600">{t("working")}</span>}
              </th>
              <td className={s.hasCommittee ? "text-green-800" : "text-amber-800"}>
                {s.hasCommittee ? t("prepared") : t("notPrepared")}
              </td>
              <td>{s.hasCommittee ? s.members : t("none")}</td>
              <td>{s.supervisions}</td>
              <td>{t("listCounts", { published: s.publishedLists, lists: s.lists })}</td>
              <td>{s.schemeStatus ? ts(s.schemeStatus) : t("none")}</td>
              <td>
                {s.schemeStatus ? t("indicatorCounts", { indicators: s.indicators, targets: s.targets }) : t("none")}
              </td>
              <td>{pledgeTotal(s)}</td>
              <td>{deadlineOf(s.year, s.deadline ?? s.generalDeadline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
