// A year's 奖惩兑现 for the committee: who (unit or person), what, on which veto, by when, and a confirm
// button for the chair on each proposed entry of a final assessment.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SanctionView } from "@/db/queries/assessment-sanctions";
import { ActionForm } from "@/components/ui/action-form";
import type { DefinedAction } from "@/server/action";

export async function DecisionSanctions({
  sanctions,
  canConfirm,
  confirmAction,
}: {
  sanctions: SanctionView[];
  canConfirm: boolean;
  confirmAction: DefinedAction;
}) {
  const t = await getTranslations("assessment");
  return (
    <section className="card overflow-x-auto" aria-labelledby="sanctions-h">
      <h2 id="sanctions-h" className="mb-2 font-semibold">
        {t("sanctions.title")}
      </h2>
      {sanctions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("decision.sanctions.none")}</p>
      ) : (
        <table className="table">
          <caption className="sr-only">{t("sanctions.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("decision.sanctions.target")}</th>
              <th scope="col">{t("decision.sanctions.kind")}</th>
              <th scope="col">{t("decision.sanctions.basis")}</th>
              <th scope="col">{t("decision.sanctions.due")}</th>
              <th scope="col">{t("decision.sanctions.status")}</th>
              {canConfirm && <th scope="col">{t("decision.sanctions.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {sanctions.map((s) => {
              const target = s.personName ? (
                <>
                  <Link className="text-blue-700 underline" href={`/people/${s.personId}`}>
                    {s.personName}
                  </Link>
                  {t("decision.sanctions.personUnit", { unit: s.unitName })}
                </>
              ) : (
                s.unitName
              );
              return (
                <tr key={s.id}>
                  <th scope="row" className="bg-transparent! align-top font-normal">
                    {target}
                  </th>
                  <td>{t(`sanctionKind.${s.kind}`)}</td>
                  <td>{s.ruleName ? t("decision.sanctions.veto", { rule: s.ruleName }) : t("decision.sanctions.grade")}</td>
                  <td>{s.dueDate ?? "—"}</td>
                  <td>
                    {t(`sanctionStatus.${s.status}`)}
                    {s.confirmedByName && <span className="block text-xs text-slate-600">{s.confirmedByName}</span>}
                  </td>
                  {canConfirm && (
                    <td>
                      {s.status === "proposed" && s.assessmentStatus === "final" && (
                        <ActionForm
                          action={confirmAction}
                          fields={[{ name: "sanctionId", label: "", type: "hidden", defaultValue: s.id }]}
                          submitLabel={t("decision.sanctions.confirm")}
                          successMessage={t("decision.sanctions.done")}
                        />
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
