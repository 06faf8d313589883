// The top of a unit's assessment: status, the unit's own score (自评分), and the engine's live result from
// the current review (items, bonus, total, per category) once the team has reviewed, its grade once the
// committee has decided (for the unit itself, once publicised) — lib/assessment/status-rules.ts —, with the
// veto trace saying which rule fired on what evidence and who confirmed it.
import { getTranslations } from "next-intl/server";
import type { AssessmentHeader, UnitAssessmentDetail } from "@/db/queries/assessment-unit";
import { getGradeName } from "./grade-name";
import { showsGrade, showsReviewTotal } from "@/lib/assessment/status-rules";

export const BEFORE_REVIEW = new Set(["open", "self_assessed"]);


export async function UnitSummary({
  header,
  detail,
  isOwnUnit,
}: {
  header: AssessmentHeader;
  detail: UnitAssessmentDetail;
  /** The viewer's own unit: its grade only once the result is publicised. */
  isOwnUnit: boolean;
}) {
  const t = await getTranslations("assessUnit");
  const ta = await getTranslations("assessment");
  const gradeLabel = await getGradeName();
  const { result } = detail;
  const bands = detail.scheme.def.bands;
  const categoryName = new Map(detail.scheme.categories.map((c) => [c.code, c.name]));
  // Before the review is done the engine would count every unreviewed item in full: no total yet.
  const isReviewed = showsReviewTotal(header.status);
  const hasGrade = showsGrade(header.status, isOwnUnit);
  const pts = (n: number | null) => (n == null ? t("notYet") : t("points", { n: String(n) }));
  const live = (n: number) => (isReviewed ? pts(n) : t("notYet"));
  return (
    <section aria-labelledby="summary-h" className="card space-y-3">
      <h2 id="summary-h" className="font-semibold">
        {t("summary")}
      </h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">{t("status")}</dt>
          <dd className="font-medium">{ta(`status.${header.status}`)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("selfTotal")}</dt>
          <dd className="font-medium">{pts(detail.selfTotal)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("liveTotal")}</dt>
          <dd className="font-medium">{isReviewed ? pts(result.total) : t("afterReview")}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("grade")}</dt>
          <dd className="font-medium">
            {hasGrade
              ? gradeLabel(bands, result.grade)
              : t(isOwnUnit && showsGrade(header.status, false) ? "afterPublicity" : "afterDecision")}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("itemsTotal")}</dt>
          <dd>{live(result.itemsTotal)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("bonus")}</dt>
          <dd>{live(result.bonus)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("baseTotal")}</dt>
          <dd>{live(result.baseTotal)}</dd>
        </div>
      </dl>
      {isReviewed && (
        <div>
          <h3 className="text-sm font-medium">{t("categoryScores")}</h3>
          <ul className="flex flex-wrap gap-x-4 text-sm">
            {result.categories.map((c) => (
              <li key={c.code}>
                {t("categoryScore", {
                  name: categoryName.get(c.code) ?? c.code,
                  score: String(c.score),
                  points: String(c.points),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h3 className="text-sm font-medium">{t("trace")}</h3>
        {result.trace.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noTrace")}</p>
        ) : (
          <ol className="list-decimal pl-5 text-sm text-red-800">
            {result.trace.map((v, i) => (
              <li key={i}>
                {hasGrade
                  ? t("traceLine", {
                      code: v.rule,
                      name: v.name,
                      effect: ta(`vetoEffect.${v.effect}`),
                      basis: v.basis,
                      by: v.confirmedBy ?? "—",
                      beforeTotal: String(v.before.total),
                      beforeGrade: gradeLabel(bands, v.before.grade),
                      afterTotal: String(v.after.total),
                      afterGrade: gradeLabel(bands, v.after.grade),
                    })
                  : t("traceLineUndecided", {
                      code: v.rule,
                      name: v.name,
                      effect: ta(`vetoEffect.${v.effect}`),
                      basis: v.basis,
                      by: v.confirmedBy ?? "—",
                    })}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
