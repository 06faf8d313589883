import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { computeResults, getSchemeByYear } from "@/db/queries/assessment-scoring";
import { countProposedVetoes, isNamedReviewer } from "@/db/queries/assessment-unit";
import { getGradeName } from "@/components/assessment/grade-name";
import { NotPermitted } from "@/components/ui/not-permitted";
import { assessmentStatus } from "@/db/schema";
import { requireViewer } from "@/server/auth/viewer";
import { guardPage } from "@/server/page-guard";
import { parsePageParams, parseSearchParams } from "@/server/page-params";
import { showsGrade, showsReviewTotal } from "@/lib/assessment/status-rules";
import { pathParam, queryParam } from "@/lib/url-params";

export const dynamic = "force-dynamic";

const STATUSES = assessmentStatus.enumValues;

/** The review board (评审总览) for the committee office, chairs and named reviewers: every assessed unit
 * with its status, its own score (自评分), the live review total once reviewed and the grade once the
 * committee has decided, and its vetoes; filtered by status. A fixed number of queries whatever the number
 * of units. */
export default async function ReviewBoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ status?: string | string[] }>;
}) {
  const { year } = await parsePageParams({ year: pathParam.year }, params);
  const status = (await parseSearchParams({ status: queryParam.oneOf(STATUSES) }, searchParams)).status ?? "";
  const db = await getDb();
  const viewer = await requireViewer({ year });
  const scheme = await getSchemeByYear(db, year);
  const isReviewer = scheme ? await isNamedReviewer(db, scheme.id, viewer.personId) : false;
  // Named reviewers by the review grant; otherwise only an all-units self-assessment reader (office, chairs).
  const { allowed } = await guardPage(isReviewer ? "assessment.review" : "assessment.self.view", `/assessment/${year}/review`, () =>
    isReviewer ? { year } : { unitIds: [], year },
  );
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("reviewBoard");
  const ta = await getTranslations("assessment");
  const te = await getTranslations("enums");
  const tu = await getTranslations("assessUnit");
  const gradeLabel = await getGradeName();
  if (!scheme) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title", { year: String(year) })}</h1>
        <p>{ta("errors.noScheme")}</p>
      </div>
    );
  }
  const [computed, proposed] = await Promise.all([computeResults(db, year), countProposedVetoes(db, scheme.id)]);
  const rows = (computed?.rows ?? []).filter((r) => !status || r.status === status);
  const bands = computed?.def.bands ?? [];
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/assessment" className="underline">
            {tu("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("title", { year: String(year) })}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("note")}</p>
      </div>
      <form method="get" className="card flex flex-wrap items-end gap-3" aria-label={t("filter")}>
        <div>
          <label htmlFor="status" className="mb-1 block text-sm font-medium">
            {t("status")}
          </label>
          <select id="status" name="status" className="input" defaultValue={status}>
            <option value="">{t("all")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {ta(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn">
          {t("apply")}
        </button>
      </form>
      <section aria-labelledby="units-h" className="card overflow-x-auto">
        <h2 id="units-h" className="mb-2 font-semibold">
          {t("count", { n: rows.length })}
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm">{t("empty")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("col.unit")}</th>
                <th scope="col">{t("col.group")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.selfTotal")}</th>
                <th scope="col">{t("col.total")}</th>
                <th scope="col">{t("col.grade")}</th>
                <th scope="col">{t("col.vetoes")}</th>
                <th scope="col">{t("col.open")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                return (
                  <tr key={r.assessmentId}>
                    <th scope="row" className="text-left font-normal">
                      {r.unitName}
                    </th>
                    <td>{r.group ? te(`unitGroup.${r.group}`) : "—"}</td>
                    <td>{ta(`status.${r.status}`)}</td>
                    <td>{r.selfTotal ?? "—"}</td>
                    <td>{showsReviewTotal(r.status) ? r.result.total : r.status === "submitted" ? t("inReview") : "—"}</td>
                    <td>{showsGrade(r.status, false) ? gradeLabel(bands, r.result.grade) : "—"}</td>
                    <td className={r.result.trace.length ? "text-red-800" : undefined}>
                      {r.result.trace.length} / {proposed.get(r.assessmentId) ?? 0}
                    </td>
                    <td>
                      <Link className="text-blue-700 underline" href={`/assessment/${year}/units/${r.unitId}`} aria-label={t("openUnit", { unit: r.unitName })}>
                        {t("col.open")}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
