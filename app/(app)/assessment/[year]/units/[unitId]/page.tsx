import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getAssessmentOfUnit, getUnitAssessmentDetail, isNamedReviewer } from "@/db/queries/assessment-unit";
import { UnitBonuses, UnitVetoes } from "@/components/assessment/unit-awards";
import { UnitEvidence } from "@/components/assessment/unit-evidence";
import { UnitHistory } from "@/components/assessment/unit-history";
import { UnitItems } from "@/components/assessment/unit-items";
import { UnitSummary } from "@/components/assessment/unit-summary";
import { UnitSanctions } from "@/components/assessment/person-sanctions";
import { UnitProposals } from "@/components/records/unit-proposals";
import { isOnTeam, unitAccess } from "@/components/assessment/unit-access";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { requireViewer } from "@/server/auth/viewer";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { saveSelfScoreAction, submitSelfAction, uploadSelfEvidenceAction } from "./actions";
import { addBonusAction, decideVetoAction, recordVetoAction, removeBonusAction } from "./award-actions";
import { acceptProposalAction, rejectProposalAction } from "./proposal-actions";
import { completeReviewAction, returnToUnitAction, saveReviewScoreAction, uploadReviewEvidenceAction } from "./review-actions";

export const dynamic = "force-dynamic";

/** One unit's assessment for a year: read by the unit itself, the office and chairs, supervising leaders and
 * the assessment team — never by another unit's head, even one on the committee. The unit self-assesses
 * while open; the team reviews once it is submitted (never its own unit); the office records vetoes. */
export default async function UnitAssessmentPage({ params }: { params: Promise<{ year: string; unitId: string }> }) {
  const { year, unitId } = await parsePageParams({ year: pathParam.year, unitId: pathParam.id }, params);
  const path = `/assessment/${year}/units/${unitId}`;
  const db = await getDb();
  const viewer = await requireViewer({ year });
  const header = await getAssessmentOfUnit(db, year, unitId);
  const isReviewer = header ? await isNamedReviewer(db, header.schemeId, viewer.personId) : false;
  // The assessment team reads every unit; anyone else by the self-assessment grant over this unit.
  const { allowed } = await guardPage(isOnTeam(viewer, isReviewer) ? "assessment.review" : "assessment.self.view", path, () => ({ unitIds: [unitId], year }));
  if (!allowed) return <NotPermitted />;
  if (!header) notFound();

  const detail = await getUnitAssessmentDetail(db, header);
  const access = unitAccess(viewer, header, isReviewer);
  const t = await getTranslations("assessUnit");
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/assessment" className="underline">
            {t("back")}
          </Link>
          {access.isTeam && (
            <>
              {" · "}
              <Link href={`/assessment/${year}/review`} className="underline">
                {t("reviewBoard")}
              </Link>
            </>
          )}
        </p>
        <h1 className="text-2xl font-semibold">{t("title", { unit: header.unitName, year: String(year) })}</h1>
        {access.isOwn && isOnTeam(viewer, isReviewer) && <p className="mt-1 text-sm text-slate-600">{t("ownUnitNote")}</p>}
        {!access.canEditSelf && (header.status === "submitted" || header.status === "reviewed") && !isOnTeam(viewer, isReviewer) && (
          <p className="mt-1 text-sm text-slate-600">{t("selfLocked")}</p>
        )}
      </div>

      <UnitSummary header={header} detail={detail} isOwnUnit={access.isOwn} />
      <UnitSanctions unitId={unitId} />

      {access.canEditSelf && (
        <section aria-labelledby="submit-h" className="card">
          <h2 id="submit-h" className="mb-1 font-semibold">
            {t("submit.heading")}
          </h2>
          <p className="mb-2 text-sm text-slate-600">{t("submit.help")}</p>
          <ActionForm
            action={submitSelfAction}
            submitLabel={t("submit.button")}
            successMessage={t("submit.done")}
            fields={[
              { name: "assessmentId", label: "", type: "hidden", defaultValue: header.id },
              { name: "version", label: "", type: "hidden", defaultValue: header.version },
            ]}
          />
        </section>
      )}

      {access.canFinishReview && (
        <section aria-labelledby="review-h" className="card space-y-4">
          <h2 id="review-h" className="font-semibold">
            {t("review.heading")}
          </h2>
          <div>
            <p className="mb-2 text-sm text-slate-600">{t("review.completeHelp")}</p>
            <ActionForm
              action={completeReviewAction}
              submitLabel={t("review.complete")}
              successMessage={t("review.completed")}
              fields={[
                { name: "assessmentId", label: "", type: "hidden", defaultValue: header.id },
                { name: "version", label: "", type: "hidden", defaultValue: header.version },
              ]}
            />
          </div>
          <div>
            <h3 className="mb-1 text-sm font-medium">{t("review.returnHeading")}</h3>
            <ActionForm
              action={returnToUnitAction}
              submitLabel={t("review.return")}
              successMessage={t("review.returned")}
              fields={[
                { name: "assessmentId", label: "", type: "hidden", defaultValue: header.id },
                { name: "version", label: "", type: "hidden", defaultValue: header.version },
                { name: "comment", label: t("review.comment"), type: "textarea", required: true },
              ]}
            />
          </div>
        </section>
      )}

      <UnitItems
        assessmentId={header.id}
        status={header.status}
        detail={detail}
        canEditSelf={access.canEditSelf}
        canReview={access.canReview}
        saveSelf={saveSelfScoreAction}
        saveReview={saveReviewScoreAction}
      />

      <UnitEvidence
        assessmentId={header.id}
        detail={detail}
        uploadSelf={access.canEditSelf ? uploadSelfEvidenceAction : undefined}
        uploadReview={access.canReview ? uploadReviewEvidenceAction : undefined}
      />

      <UnitBonuses assessmentId={header.id} scheme={detail.scheme.def} detail={detail} canEdit={access.canReview} add={addBonusAction} remove={removeBonusAction} />
      <UnitProposals assessmentId={header.id} canDecide={access.canReview} accept={acceptProposalAction} reject={rejectProposalAction} />
      <UnitVetoes header={header} detail={detail} canEdit={access.canVeto} record={recordVetoAction} decide={decideVetoAction} />
      <UnitHistory detail={detail} />
    </div>
  );
}
