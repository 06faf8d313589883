import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getResultsData, listSchemeItemsOfYear } from "@/db/queries/assessment-results";
import { CategoryChart, DistributionChart } from "@/components/assessment/results-charts";
import { RankingTable } from "@/components/assessment/results-ranking";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { can, hasPermission, type Viewer } from "@/lib/authz";
import { today as clockToday } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { fileObjectionAction } from "./actions";

export const dynamic = "force-dynamic";

const has = (v: Viewer, ...roles: Viewer["roles"]) => roles.some((r) => v.roles.includes(r));

/** 考核结果: ranking, score distribution and category averages. The office, chairs and leaders see the
 * engine's provisional results before the decision (the committee from the decision on); everyone else
 * once they are publicised. A unit head may object during publicity. */
export default async function ResultsPage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await parsePageParams({ year: pathParam.year }, params);
  const { viewer, allowed } = await guardPage("assessment.view", `/assessment/${year}/results`, (v) => ({
    unitIds: [...v.headedUnitIds, ...v.liaisonUnitIds],
    personId: v.personId,
    year,
  }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("assessment");
  const db = await getDb();
  const canSeeProvisional = has(viewer, "committee_office", "committee_chair", "leader");
  const data = await getResultsData(db, year, { canSeeProvisional, canSeeDecided: canSeeProvisional || has(viewer, "committee_member") });
  const title = <h1 className="text-2xl font-semibold">{t("results.title", { year })}</h1>;
  if (data.state !== "ready") {
    return (
      <div className="max-w-5xl space-y-4">
        {title}
        <p className="card text-sm" role="status">
          {data.state === "noScheme" ? t("errors.noScheme") : t("results.unpublished", { year })}
        </p>
      </div>
    );
  }
  const today = clockToday();
  const objectable = hasPermission(viewer, "assessment.objection")
    ? data.rows.filter(
        (r) =>
          viewer.headedUnitIds.includes(r.unitId) &&
          (r.status === "publicised" || r.status === "objection") &&
          (!r.publicisedUntil || today <= r.publicisedUntil) &&
          can(viewer, "assessment.objection", { unitIds: [r.unitId] }),
      )
    : [];
  const items = objectable.length ? await listSchemeItemsOfYear(db, year) : [];
  const isCommittee = hasPermission(viewer, "assessment.decide") || hasPermission(viewer, "assessment.objection.decide");
  return (
    <div className="max-w-6xl space-y-4">
      {title}
      <p className="text-sm text-slate-700">
        {data.scheme.title}
        {data.isProvisional && <span className="ml-2 rounded bg-amber-100 px-1.5 text-amber-900">{t("results.provisional")}</span>}
        {isCommittee && (
          <Link className="no-print ml-3 text-blue-700 underline" href={`/assessment/${year}/decision`}>
            {t("results.decisionLink")}
          </Link>
        )}
      </p>
      {data.isProvisional ? (
        <p className="text-sm text-slate-600">{t("results.provisionalNote")}</p>
      ) : (
        !data.isPublished && <p className="text-sm text-slate-600">{t("results.decidedNote")}</p>
      )}
      <section className="card overflow-x-auto" aria-labelledby="ranking-h">
        <h2 id="ranking-h" className="sr-only">
          {t("results.ranking")}
        </h2>
        <RankingTable rows={data.rows} bands={data.scheme.bands} caption={t("results.rankingCaption", { year, count: data.rows.length })} />
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <DistributionChart buckets={data.distribution} />
        <CategoryChart averages={data.categoryAverages} />
      </div>
      {objectable.map((r) => (
        <section key={r.assessmentId} className="card no-print" aria-labelledby={`objection-${r.assessmentId}`}>
          <h2 id={`objection-${r.assessmentId}`} className="mb-2 font-semibold">
            {t("results.objection.title", { unit: r.unitName })}
          </h2>
          {r.publicisedUntil && <p className="mb-2 text-sm text-slate-600">{t("results.objection.until", { date: r.publicisedUntil })}</p>}
          <ActionForm
            action={fileObjectionAction}
            fields={[
              { name: "assessmentId", label: "", type: "hidden", defaultValue: r.assessmentId },
              { name: "itemId", label: t("results.objection.item"), type: "select", options: items.map((i) => ({ value: String(i.id), label: `${i.code} ${i.content}` })) },
              { name: "text", label: t("results.objection.text"), type: "textarea", required: true },
            ]}
            submitLabel={t("results.objection.submit")}
            successMessage={t("results.objection.done")}
          />
        </section>
      ))}
    </div>
  );
}
