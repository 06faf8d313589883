// 报告: the annual reports by year (draft, approved editions with their date and hash) for the committee,
// its office and the leaders, the chosen year's (default: the working year) marked; a unit head or liaison
// sees their own unit's score sheets of the chosen year only.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDates } from "@/components/ui/dates";
import { getDb } from "@/db/client";
import { listReportEditions, listReportYears, listSheetsOfUnits } from "@/db/queries/reports";
import { NotPermitted } from "@/components/ui/not-permitted";
import { YearNotReady, YearPicker } from "@/components/ui/year-picker";
import { hasPermission } from "@/lib/authz";
import { canViewBureauReport, ownSheetUnitIds } from "@/lib/reports/access";
import { pageYear } from "@/server/years/page-year";
import { guardReportsIndex } from "./guard";

export const dynamic = "force-dynamic";

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const { viewer, allowed } = await guardReportsIndex();
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("reports.index");
  const dates = await getDates();
  const db = await getDb();
  const bureau = canViewBureauReport(viewer);
  const { year: chosen, info } = await pageYear((await searchParams).year);
  const [years, editions, allSheets] = await Promise.all([
    bureau ? listReportYears(db) : Promise.resolve([]),
    bureau ? listReportEditions(db) : Promise.resolve([]),
    bureau ? Promise.resolve([]) : listSheetsOfUnits(db, ownSheetUnitIds(viewer)),
  ]);
  const sheets = allSheets.filter((s) => s.year === chosen);
  const when = (d: Date | null) => dates.dateTime(d);
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <YearPicker year={chosen} info={info} />
      <YearNotReady year={chosen} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref="/reports" />
      {bureau && (
        <>
          <p className="text-sm text-slate-700">{t("intro")}</p>
          {info.dataYears.includes(chosen) && !years.includes(chosen) && (
            <p role="status" className="card text-sm">
              {t("noYear", { year: chosen })}{" "}
              <Link className="text-blue-700 underline" href={`/reports/${chosen}`}>
                {t("openReport", { year: chosen })}
              </Link>
            </p>
          )}
          <section className="card overflow-x-auto" aria-labelledby="years-h">
            <h2 id="years-h" className="mb-2 font-semibold">
              {t("years")}
            </h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("year")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("editions")}</th>
                  <th scope="col">{t("links")}</th>
                </tr>
              </thead>
              <tbody>
                {years.map((year) => {
                  const mine = editions.filter((e) => e.year === year);
                  const draft = mine.find((e) => e.status === "draft");
                  const approved = mine.filter((e) => e.status === "approved");
                  const status = [draft ? t("draft") : null, approved.length ? t("approvedCount", { count: approved.length }) : null]
                    .filter(Boolean)
                    .join(" · ");
                  return (
                    <tr key={year} aria-current={year === chosen ? "true" : undefined} className={year === chosen ? "bg-blue-50" : undefined}>
                      <th scope="row">{year}</th>
                      <td>{status || t("noReport")}</td>
                      <td>
                        {approved.length ? (
                          <ul className="space-y-1">
                            {approved.map((e) => (
                              <li key={e.id}>
                                <Link className="text-blue-700 underline" href={`/reports/${year}?edition=${e.id}`}>
                                  {t("edition", { date: when(e.approvedAt), hash: (e.snapshotHash ?? "").slice(0, 12) })}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td className="space-x-3">
                        <Link className="text-blue-700 underline" href={`/reports/${year}`}>
                          {t("openReport", { year })}
                        </Link>
                        <Link className="text-blue-700 underline" href={`/reports/${year}#appendix-3`}>
                          {t("openScores")}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        </>
      )}
      {!bureau && (
        <section className="card" aria-labelledby="sheets-h">
          <h2 id="sheets-h" className="mb-2 font-semibold">
            {t("mySheets")}
          </h2>
          {sheets.length ? (
            <ul className="space-y-1 text-sm">
              {sheets.map((s) => (
                <li key={`${s.year}-${s.unitId}`}>
                  <Link className="text-blue-700 underline" href={`/reports/unit/${s.unitId}/${s.year}`}>
                    {t("sheetLink", { year: s.year, unit: s.unitName })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">{t("noSheets")}</p>
          )}
        </section>
      )}
    </div>
  );
}
