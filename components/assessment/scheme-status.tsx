import { getTranslations } from "next-intl/server";
import type { AssessmentScheme } from "@/db/schema";
import type { DefinedAction } from "@/server/action";
import { ActionForm } from "@/components/ui/action-form";

type Act = DefinedAction;

/**
 * The scheme's workflow: draft → approved (committee chair, only with no problem left) → published (office,
 * opens every assessed unit's assessment); approved → draft (office returns it for changes).
 */
export async function SchemeStatus({
  scheme,
  hasProblems,
  canApprove,
  canManage,
  actions,
}: {
  scheme: AssessmentScheme;
  hasProblems: boolean;
  canApprove: boolean;
  canManage: boolean;
  actions: { approve: Act; publish: Act; ret: Act };
}) {
  const t = await getTranslations("scheme");
  const ta = await getTranslations("assessment");
  const tc = await getTranslations("common");
  const hidden = [
    { name: "schemeId", label: "", type: "hidden" as const, defaultValue: scheme.id },
    { name: "version", label: "", type: "hidden" as const, defaultValue: scheme.version },
  ];
  return (
    <section aria-labelledby="status-h" className="card space-y-3">
      <h2 id="status-h" className="font-semibold">
        {t("status.title")}
      </h2>
      <p className="text-sm">
        {tc.rich("labelledStrong", { label: t("status.current"), value: ta(`schemeStatus.${scheme.status}`), b: (c) => <strong>{c}</strong> })}
      </p>
      <p className="text-sm text-slate-600">{t(`status.help.${scheme.status}`)}</p>
      {canApprove &&
        scheme.status === "draft" &&
        (hasProblems ? (
          <p className="text-sm text-red-700">{t("status.cannotApprove")}</p>
        ) : (
          <ActionForm
            action={actions.approve}
            fields={hidden}
            submitLabel={t("status.approve")}
            successMessage={t("status.approved")}
          />
        ))}
      {canManage && scheme.status === "approved" && (
        <div className="flex flex-wrap gap-6">
          <ActionForm
            action={actions.publish}
            fields={hidden}
            submitLabel={t("status.publish")}
            successMessage={t("status.published")}
          />
          <ActionForm
            action={actions.ret}
            fields={[...hidden, { name: "comment", label: t("status.returnReason"), type: "text" }]}
            submitLabel={t("status.return")}
            successMessage={t("status.returned")}
          />
        </div>
      )}
    </section>
  );
}
