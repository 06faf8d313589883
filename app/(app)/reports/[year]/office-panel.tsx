// The committee office's controls on the annual report page: the two texts of the draft, approval with a
// confirmation, or starting a (new) draft when the year has none.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { ReportEdition } from "@/db/queries/reports";
import { approveReportAction, startReportDraftAction, updateReportTextsAction } from "./actions";

export async function OfficePanel({
  year,
  draft,
  hasApproved,
  canEdit,
  canApprove,
}: {
  year: number;
  draft: ReportEdition | undefined;
  hasApproved: boolean;
  canEdit: boolean;
  canApprove: boolean;
}) {
  const t = await getTranslations("reports.page");
  if (!canEdit && !canApprove) return null;
  return (
    <section aria-labelledby="office-h" className="card no-print space-y-4">
      <h2 id="office-h" className="font-semibold">
        {t("office")}
      </h2>
      {draft ? (
        <>
          {canEdit && (
            <div>
              <h3 className="mb-2 text-sm font-medium">{t("texts")}</h3>
              <ActionForm
                action={updateReportTextsAction}
                resetOnSuccess={false}
                submitLabel={t("saveTexts")}
                successMessage={t("saved")}
                fields={[
                  { name: "id", type: "hidden", label: "", defaultValue: draft.id },
                  { name: "version", type: "hidden", label: "", defaultValue: draft.version },
                  { name: "problems", type: "textarea", label: t("problems"), defaultValue: draft.problems, required: true },
                  { name: "plans", type: "textarea", label: t("plans"), defaultValue: draft.plans, required: true },
                ]}
              />
            </div>
          )}
          {canApprove && (
            <div className="border-t border-slate-200 pt-3">
              <h3 className="mb-1 text-sm font-medium">{t("approve")}</h3>
              <p className="mb-2 text-sm text-slate-700">{t("approveHint")}</p>
              <ActionForm
                action={approveReportAction}
                inline
                submitLabel={t("approve")}
                successMessage={t("approved")}
                fields={[
                  { name: "id", type: "hidden", label: "", defaultValue: draft.id },
                  { name: "version", type: "hidden", label: "", defaultValue: draft.version },
                  { name: "confirm", type: "checkbox", label: t("confirm") },
                ]}
              />
            </div>
          )}
        </>
      ) : (
        canEdit && (
          <div>
            <p className="mb-2 text-sm text-slate-700">{t("startHint")}</p>
            <ActionForm
              action={startReportDraftAction}
              inline
              submitLabel={hasApproved ? t("startNewDraft") : t("startDraft")}
              successMessage={t("started")}
              fields={[{ name: "year", type: "hidden", label: "", defaultValue: year }]}
            />
          </div>
        )
      )}
    </section>
  );
}
