import { getTranslations } from "next-intl/server";
import type { AssessmentScheme } from "@/db/schema";
import { getGradeName } from "./grade-name";

/** Bonus tiers with the cap and how they add up, and the grade bands with ≥ (inclusive) or > bounds. */
export async function SchemeGrades({ scheme }: { scheme: AssessmentScheme }) {
  const t = await getTranslations("scheme");
  const ta = await getTranslations("assessment");
  const gradeLabel = await getGradeName();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="overflow-x-auto">
        <table className="table">
          <caption className="mb-1 text-left font-semibold">{t("view.bonusCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("col.tier")}</th>
              <th scope="col">{t("col.key")}</th>
              <th scope="col">{t("col.points")}</th>
            </tr>
          </thead>
          <tbody>
            {scheme.bonusTiers.length === 0 ? (
              <tr>
                <td colSpan={3}>{t("view.noTiers")}</td>
              </tr>
            ) : (
              scheme.bonusTiers.map((b) => (
                <tr key={b.key}>
                  <td>{b.label}</td>
                  <td className="font-mono text-xs">{b.key}</td>
                  <td>{t("view.plusPoints", { points: b.points })}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <p className="mt-2 text-sm">
          {t("view.bonusRule", { cap: scheme.bonusCap, mode: ta(`bonusMode.${scheme.bonusMode}`) })}
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="table">
          <caption className="mb-1 text-left font-semibold">{t("view.bandsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("col.grade")}</th>
              <th scope="col">{t("col.key")}</th>
              <th scope="col">{t("col.bound")}</th>
            </tr>
          </thead>
          <tbody>
            {scheme.gradeBands.map((b) => (
              <tr key={b.key}>
                <td>{gradeLabel(scheme.gradeBands, b.key)}</td>
                <td className="font-mono text-xs">{b.key}</td>
                <td>{t(b.inclusive ? "view.boundInclusive" : "view.boundExclusive", { min: b.min })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm text-slate-600">{t("view.bandsHelp")}</p>
      </div>
    </div>
  );
}
