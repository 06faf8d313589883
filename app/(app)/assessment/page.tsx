import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listAssessmentsOfUnits, listSchemes } from "@/db/queries/assessment-scheme";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { calendarYear } from "@/lib/clock";
import { guardPage } from "@/lib/page-guard";
import { copySchemeAction, createSchemeAction } from "./[year]/scheme/actions";

export const dynamic = "force-dynamic";

/** 年度考核: every year's scheme and status with its pages; a unit head's own assessments; for the office,
 * next year's scheme copied from this year's (or an empty one). */
export default async function AssessmentIndexPage() {
  const { viewer, allowed } = await guardPage("assessment.view", "/assessment", (v) => ({
    unitIds: [...v.headedUnitIds, ...v.liaisonUnitIds],
    personId: v.personId,
  }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("assessmentIndex");
  const ta = await getTranslations("assessment");
  const db = await getDb();
  const myUnits = [...new Set([...viewer.headedUnitIds, ...viewer.liaisonUnitIds])];
  const [schemes, mine] = await Promise.all([listSchemes(db), listAssessmentsOfUnits(db, myUnits)]);
  const canManage = hasPermission(viewer, "scheme.manage");
  const next = calendarYear() + 1;
  const hasYear = (y: number) => schemes.some((s) => s.year === y);
  const canCopy = canManage && !hasYear(next) && hasYear(next - 1);
  const pages = ["scheme", "indicators", "review", "decision", "results"] as const;
  return (
    <div className="max-w-6xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>

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
                <tr key={s.id}>
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
                  defaultValue: hasYear(next) ? next + 1 : next,
                },
                {
                  name: "title",
                  label: t("create.schemeTitle"),
                  required: true,
                  defaultValue: t("create.defaultTitle", { year: hasYear(next) ? next + 1 : next }),
                },
              ]}
            />
          </section>
        </div>
      )}
    </div>
  );
}
