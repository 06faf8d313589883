import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getAssessmentOfUnit, isNamedReviewer } from "@/db/queries/assessment-unit";
import { isOnTeam, unitAccess } from "@/components/assessment/unit-access";
import { UnitProposals } from "@/components/records/unit-proposals";
import { NotPermitted } from "@/components/ui/not-permitted";
import { requireViewer } from "@/server/auth/viewer";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import {
  acceptProposalAction,
  rejectProposalAction,
} from "../../../../assessment/[year]/units/[unitId]/proposal-actions";

export const dynamic = "force-dynamic";

/** The proposals hazards and accidents made for one unit's assessment, with the same readers and deciders
 * as the unit's assessment page (where the same section is shown). */
export default async function UnitProposalsPage({ params }: { params: Promise<{ year: string; unitId: string }> }) {
  const { year, unitId } = await parsePageParams({ year: pathParam.year, unitId: pathParam.id }, params);
  const db = await getDb();
  const viewer = await requireViewer({ year });
  const header = await getAssessmentOfUnit(db, year, unitId);
  const isReviewer = header ? await isNamedReviewer(db, header.schemeId, viewer.personId) : false;
  const { allowed } = await guardPage(
    isOnTeam(viewer, isReviewer) ? "assessment.review" : "assessment.self.view",
    `/hazards/proposals/${year}/${unitId}`,
    () => ({ unitIds: [unitId], year }),
  );
  if (!allowed) return <NotPermitted />;
  if (!header) notFound();
  const access = unitAccess(viewer, header, isReviewer);
  const t = await getTranslations("assessUnit");
  return (
    <div className="max-w-6xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href={`/assessment/${year}/units/${unitId}`}>
          {t("title", { unit: header.unitName, year: String(year) })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("title", { unit: header.unitName, year: String(year) })}</h1>
      <UnitProposals
        assessmentId={header.id}
        canDecide={access.canReview}
        accept={acceptProposalAction}
        reject={rejectProposalAction}
      />
    </div>
  );
}
