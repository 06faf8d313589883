// What hazards and accidents proposed for one unit's assessment: deductions the assessment team accepts
// (one more occurrence of the item's rule, rescored) or rejects with a reason, and the vetoes they proposed
// (confirmed or dismissed in the veto section of the same page). Each row links to its source.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { readAssessmentProposals } from "@/server/reads";
import { getDates } from "@/components/ui/dates";
import { ActionForm } from "@/components/ui/action-form";
import type { DefinedAction } from "@/server/action";

type Decide = DefinedAction;

const sourceHref = (type: string, id: number | null) =>
  id == null ? null : type === "hazard" ? `/hazards/${id}` : type === "accident" ? `/accidents/${id}` : null;

export async function UnitProposals({
  assessmentId,
  canDecide,
  accept,
  reject,
}: {
  assessmentId: number;
  /** The viewer is on the assessment team for this unit and the status lets the review change scores. */
  canDecide: boolean;
  accept: Decide;
  reject: Decide;
}) {
  const [{ deductions, vetoes }, t, when] = await Promise.all([
    readAssessmentProposals(assessmentId),
    getTranslations("proposals"),
    getDates(),
  ]);
  const tc = await getTranslations("common");
  const source = (type: string, id: number | null, title: string | null) => {
    const href = sourceHref(type, id);
    const label = tc("labelled", { label: t(`source.${type === "accident" ? "accident" : "hazard"}`), value: title ?? "—" });
    return href ? (
      <Link className="text-blue-700 underline" href={href}>
        {label}
      </Link>
    ) : (
      label
    );
  };
  return (
    <section aria-labelledby="proposals-h" className="card space-y-3">
      <h2 id="proposals-h" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("help")}</p>
      {deductions.length === 0 && vetoes.length === 0 && <p className="text-sm">{t("none")}</p>}
      {deductions.length > 0 && (
        <div className="overflow-x-auto">
          <table className="table" aria-label={t("deductions")}>
            <thead>
              <tr>
                <th scope="col">{t("col.source")}</th>
                <th scope="col">{t("col.item")}</th>
                <th scope="col">{t("col.rule")}</th>
                <th scope="col">{t("col.reason")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.decided")}</th>
              </tr>
            </thead>
            <tbody>
              {deductions.map((d) => (
                <tr key={d.id}>
                  <td>{source(d.sourceType, d.sourceId, d.sourceTitle)}</td>
                  <td>
                    {d.itemCode} {d.itemContent}
                  </td>
                  <td>{d.ruleLabel}</td>
                  <td className="whitespace-pre-wrap">{d.reason}</td>
                  <td className="whitespace-nowrap">{t(`status.${d.status}`)}</td>
                  <td>
                    {d.status !== "proposed" ? (
                      d.decidedAt ? (
                        t("decidedBy", { name: d.decidedBy ?? "—", at: when.dateTime(d.decidedAt) })
                      ) : (
                        "—"
                      )
                    ) : canDecide ? (
                      <div
                        className="space-y-2"
                        role="group"
                        aria-label={`${t("deductions")} ${d.sourceTitle ?? d.id}`}
                      >
                        <ActionForm
                          action={accept}
                          submitLabel={t("accept")}
                          successMessage={t("accepted")}
                          fields={[{ name: "proposalId", label: "", type: "hidden", defaultValue: d.id }]}
                        />
                        <ActionForm
                          action={reject}
                          submitLabel={t("reject")}
                          successMessage={t("rejected")}
                          fields={[
                            { name: "proposalId", label: "", type: "hidden", defaultValue: d.id },
                            { name: "reason", label: t("rejectReason"), type: "textarea", required: true },
                          ]}
                        />
                      </div>
                    ) : (
                      <span className="text-sm text-slate-600">{t("notDecidable")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {vetoes.length > 0 && (
        <div className="overflow-x-auto">
          <table className="table" aria-label={t("vetoes")}>
            <thead>
              <tr>
                <th scope="col">{t("col.source")}</th>
                <th scope="col">{t("col.rule2")}</th>
                <th scope="col">{t("col.basis")}</th>
                <th scope="col">{t("col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {vetoes.map((v) => (
                <tr key={v.id}>
                  <td>{source(v.source, v.sourceRef, v.sourceTitle)}</td>
                  <td>{v.ruleName}</td>
                  <td className="whitespace-pre-wrap">{v.basis}</td>
                  <td className="whitespace-nowrap">{t(`vetoStatus.${v.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
