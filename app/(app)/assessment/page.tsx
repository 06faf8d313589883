import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listAssessmentsOfUnits, listSchemes } from "@/db/queries/assessment-scheme";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { YearNotReady, YearPicker } from "@/components/ui/year-picker";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { pageYear } from "@/server/years/page-year";
import { copySchemeAction, createSchemeAction } from "./[year]/scheme/actions";

export const dynamic = "force-dynamic";

/** 年度考核: every year's scheme and status with its pages, the chosen year's (default: the working year)
 * marked; a unit head's own assessments of that year; for the office, the scheme of the year after the
 * working year copied from the working year's (or an empty one). */
export default async function AssessmentIndexPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const { viewer, allowed } = await guardPage("assessment.view", "/assessment", (v) => ({
    unitIds: [...v.headedUnitIds, ...v.liaisonUnitIds],
    personId: v.personId,
  }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("assessmentIndex");
  const ta = await getTranslations("assessment");
  const db = await getDb();
  const { year, info } = await pageYear((await searchParams).year);
  const myUnits = [...new Set([...viewer.headedUnitIds, ...viewer.liaisonUnitIds])];
  const [schemes, allMine] = await Promise.all([listSchemes(db), listAssessmentsOfUnits(db, myUnits)]);
  const mine = allMine.filter((a) => a.year === year);
  const canManage = hasPermission(viewer, "scheme.manage");
  const next = info.workingYear + 1;
  const hasYear = (y: number) => schemes.some((s) => s.year === y);
  const createYear = !hasYear(year) ? year : hasYear(next) ? next + 1 : next;
  const canCopy = canManage && !hasYear(next) && hasYear(next - 1);
  const pages = ["scheme", "indicators", "review", "decision", "results"] as const;
  return (
    <div className="max-w-6xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <YearPicker year={year} info={info} />
      <YearNotReady year={year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref="/assessment" />
      {info.dataYears.includes(year) && !hasYear(year) && (
        <p role="status" className="card text-sm">
          {t("noScheme", { year })}
        </p>
      )}

      {mine.length > 0 && (
        <section aria-labelledby="mine-h" className="card">
          <h2 id="mine-h" className="mb-2 font-semibold">
            {t("mine")}
          </h2>
          <ul className="space-y-1 text-sm">
            {mine.map((a) => (
              <li key={a.id}>
                <Link className="text-blue-700 underline" href={`/assessment/${a.year}/units/${a.unitId}`}>
                  {t("mineLink", { year: a.year, unit: a.unitName })}
                </Link>{" "}
                · {ta(`status.${a.status}`)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="years-h" className="card overflow-x-auto">
        <h2 id="years-h" className="mb-2 font-semibold">
          {t("years")}
        </h2>
        {schemes.length === 0 ? (
          <p className="text-sm">{t("none")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("col.year")}</th>
                <th scope="col">{t("col.title")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.units")}</th>
                <th scope="col">{t("col.pages")}</th>
              </tr>
            </thead>
            <tbody>
              {schemes.map((s) => (
                <tr key={s.id} aria-current={s.year === year ? "true" : undefined} className={s.year === year ? "bg-blue-50" : undefined}>
                  <th scope="row">{s.year}</th>
                  <td>{s.title}</td>
                  <td>{ta(`schemeStatus.${s.status}`)}</td>
                  <td>{s.assessments}</td>
                  <td>
                    <span className="flex flex-wrap gap-3">
                      {pages.map((p) => (
                        <Link
                          key={p}
                          className="text-blue-700 underline"
                          href={`/assessment/${s.year}/${p}`}
                          aria-label={t("pageLabel", { year: s.year, page: t(`links.${p}`) })}
                        >
                          {t(`links.${p}`)}
                        </Link>
                      ))}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {canManage && (
        <div className="grid gap-6 lg:grid-cols-2">
          {canCopy && (
            <section aria-labelledby="copy-h" className="card">
              <h2 id="copy-h" className="mb-2 font-semibold">
                {t("copy.title", { year: next })}
              </h2>
              <p className="mb-2 text-sm text-slate-600">{t("copy.help", { from: next - 1, year: next })}</p>
              <ActionForm
                action={copySchemeAction}
                fields={[{ name: "year", label: "", type: "hidden", defaultValue: next }]}
                submitLabel={t("copy.submit", { from: next - 1, year: next })}
                successMessage={t("copy.done", { year: next })}
              />
            </section>
          )}
          <section aria-labelledby="create-h" className="card">
            <h2 id="create-h" className="mb-2 font-semibold">
              {t("create.title")}
            </h2>
            <p className="mb-2 text-sm text-slate-600">{t("create.help")}</p>
            <ActionForm
              action={createSchemeAction}
              submitLabel={t("create.submit")}
              successMessage={t("create.done")}
              fields={[
                {
                  name: "year",
                  label: t("create.year"),
                  required: true,
                  defaultValue: createYear,
                },
                {
                  name: "title",
                  label: t("create.schemeTitle"),
                  required: true,
                  defaultValue: t("create.defaultTitle", { year: createYear }),
                },
              ]}
            />
          </section>
        </div>
      )}
    </div>
  );
}
