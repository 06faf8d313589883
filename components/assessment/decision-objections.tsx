// Objections of a year (open first) and, for the committee office, the form that records each decision.
import { getTranslations } from "next-intl/server";
import type { listObjectionsOfYear } from "@/db/queries/assessment-results";
import { getDates } from "@/components/ui/dates";
import { ActionForm } from "@/components/ui/action-form";
import type { DefinedAction } from "@/server/action";

type Objection = Awaited<ReturnType<typeof listObjectionsOfYear>>[number];

export async function DecisionObjections({
  objections,
  canDecide,
  decideAction,
}: {
  objections: Objection[];
  canDecide: boolean;
  decideAction: DefinedAction;
}) {
  const t = await getTranslations("assessment");
  const when = await getDates();
  return (
    <section className="card" aria-labelledby="objections-h">
      <h2 id="objections-h" className="mb-2 font-semibold">
        {t("decision.objections.title")}
      </h2>
      {objections.length === 0 ? (
        <p className="text-sm text-slate-600">{t("decision.objections.none")}</p>
      ) : (
        <ul className="space-y-3">
          {objections.map((o) => (
            <li key={o.id} className="rounded border border-slate-200 p-3 text-sm" aria-label={t("decision.objections.of", { unit: o.unitName })}>
              <p>
                <strong>{o.unitName}</strong>
                <span className="ml-2 text-slate-600">
                  {o.itemCode ? `${o.itemCode} ${o.itemContent}` : t("decision.objections.whole")}
                </span>
                <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs">{t(`objectionStatus.${o.status}`)}</span>
              </p>
              <p className="mt-1 whitespace-pre-wrap">{o.text}</p>
              <p className="mt-1 text-xs text-slate-600">{t("decision.objections.filed", { name: o.filedBy ?? "—", at: when.dateTime(o.filedAt) })}</p>
              {o.decision && (
                <p className="mt-1">
                  {t("decision.objections.decision", { text: o.decision, name: o.decidedBy ?? "—", at: when.dateTime(o.decidedAt) })}
                </p>
              )}
              {o.status === "open" && canDecide && (
                <div className="mt-2">
                  <ActionForm
                    action={decideAction}
                    fields={[
                      { name: "objectionId", label: "", type: "hidden", defaultValue: o.id },
                      {
                        name: "outcome",
                        label: t("decision.objections.outcome"),
                        type: "select",
                        required: true,
                        options: (["upheld", "rejected"] as const).map((v) => ({ value: v, label: t(`objectionStatus.${v}`) })),
                      },
                      { name: "decision", label: t("decision.objections.decisionText"), type: "textarea", required: true },
                    ]}
                    submitLabel={t("decision.objections.submit")}
                    successMessage={t("decision.objections.done")}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
