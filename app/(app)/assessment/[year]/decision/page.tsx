import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getResultsData, listObjectionsOfYear } from "@/db/queries/assessment-results";
import { listSanctionsOfYear } from "@/db/queries/assessment-sanctions";
import { listPendingProposals } from "@/db/queries/pending-proposals";
import { DecisionControls } from "@/components/assessment/decision-controls";
import { DecisionObjections } from "@/components/assessment/decision-objections";
import { DecisionSanctions } from "@/components/assessment/decision-sanctions";
import { RankingTable } from "@/components/assessment/results-ranking";
import { NotPermitted } from "@/components/ui/not-permitted";
import { can, hasPermission } from "@/lib/authz";
import { requireViewer } from "@/server/auth/viewer";
import { today } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import {
  confirmSanctionAction,
  decideObjectionAction,
  decideYearAction,
  finaliseYearAction,
  publiciseYearAction,
  reopenAssessmentAction,
} from "./actions";

export const dynamic = "force-dynamic";

/** 安委会审定: the committee (chairs) and its office see every unit ranked, decide, publicise, handle
 * objections, finalise, reopen and confirm 奖惩兑现. Nobody else reaches this page. */
export default async function DecisionPage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await parsePageParams({ year: pathParam.year }, params);
  const viewer = await requireViewer({ year });
  // Chairs hold assessment.decide, the office assessment.objection.decide: either opens the page.
  const permission = hasPermission(viewer, "assessment.decide") ? "assessment.decide" : "assessment.objection.decide";
  const { allowed } = await guardPage(permission, `/assessment/${year}/decision`, () => ({ year }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("assessment");
  const tc = await getTranslations("common");
  const db = await getDb();
  const [data, objections, sanctions, pending] = await Promise.all([
    getResultsData(db, year, { canSeeProvisional: true, canSeeDecided: true }),
    listObjectionsOfYear(db, year),
    listSanctionsOfYear(db, year),
    listPendingProposals(db, year),
  ]);
  const heading = (
    <>
      <p className="no-print text-sm">
        <Link className="text-blue-700 underline" href={`/assessment/${year}/results`}>
          {t("decision.resultsLink")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("decision.title", { year })}</h1>
    </>
  );
  if (data.state !== "ready") {
    return (
      <div className="max-w-5xl space-y-4">
        {heading}
        <p className="card text-sm">{t("errors.noScheme")}</p>
      </div>
    );
  }
  const counts = Object.entries(data.statusCounts).filter(([, n]) => n);
  return (
    <div className="max-w-6xl space-y-4">
      {heading}
      <dl className="card grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
        <dt>{t("decision.scheme")}</dt>
        <dd>
          {data.scheme.title} · {t(`schemeStatus.${data.scheme.status}` as "schemeStatus.draft")}
        </dd>
        <dt>{t("decision.progress")}</dt>
        <dd data-testid="status-counts">
          {counts.map(([s, n]) => t("decision.statusCount", { status: t(`status.${s}` as "status.open"), count: n ?? 0 })).join(tc("itemSep"))}
        </dd>
      </dl>
      <DecisionControls
        year={year}
        rows={data.rows}
        pending={pending}
        publicityDays={data.scheme.publicityDays}
        today={today()}
        canDecide={can(viewer, "assessment.decide")}
        canReopen={can(viewer, "assessment.reopen")}
        actions={{ decide: decideYearAction, publicise: publiciseYearAction, finalise: finaliseYearAction, reopen: reopenAssessmentAction }}
      />
      <section className="card overflow-x-auto" aria-labelledby="ranking-h">
        <h2 id="ranking-h" className="mb-1 font-semibold">
          {t("decision.ranking")}
          {data.isProvisional && <span className="ml-2 rounded bg-amber-100 px-1.5 text-sm text-amber-900">{t("results.provisional")}</span>}
        </h2>
        {data.isProvisional && <p className="mb-2 text-sm text-slate-600">{t("results.provisionalNote")}</p>}
        <RankingTable rows={data.rows} bands={data.scheme.bands} caption={t("decision.rankingCaption", { year })} showChange={false} showStatus />
      </section>
      <DecisionObjections objections={objections} canDecide={can(viewer, "assessment.objection.decide")} decideAction={decideObjectionAction} />
      <DecisionSanctions sanctions={sanctions} canConfirm={can(viewer, "sanction.confirm")} confirmAction={confirmSanctionAction} />
    </div>
  );
}
