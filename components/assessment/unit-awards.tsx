// Bonuses (加分, tier and reason, by the assessment team) and veto items (一票否决, by the committee office):
// the rules that apply to this unit, the facts, proposed or confirmed, and who confirmed or dismissed when.
import { getTranslations } from "next-intl/server";
import type { AssessmentHeader, UnitAssessmentDetail } from "@/db/queries/assessment-unit";
import type { AssessmentScheme } from "@/db/schema";
import type { DefinedAction } from "@/server/action";
import { ActionForm } from "@/components/ui/action-form";
import { getDates } from "@/components/ui/dates";
import { vetoRuleApplies } from "./unit-access";

type Action = DefinedAction;

export async function UnitBonuses({
  assessmentId,
  scheme,
  detail,
  canEdit,
  add,
  remove,
}: {
  assessmentId: number;
  scheme: Pick<AssessmentScheme, "bonusTiers" | "bonusCap" | "bonusMode">;
  detail: UnitAssessmentDetail;
  canEdit: boolean;
  add: Action;
  remove: Action;
}) {
  const t = await getTranslations("assessUnit.bonuses");
  const ta = await getTranslations("assessment");
  const when = await getDates();
  const tierLabel = (key: string) => scheme.bonusTiers.find((x) => x.key === key)?.label ?? key;
  return (
    <section aria-labelledby="bonus-h" className="card space-y-3">
      <h2 id="bonus-h" className="font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-600">{t("cap", { cap: String(scheme.bonusCap), mode: ta(`bonusMode.${scheme.bonusMode}`) })}</p>
      {detail.bonuses.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("col.tier")}</th>
              <th scope="col">{t("col.reason")}</th>
              <th scope="col">{t("col.by")}</th>
              {canEdit && <th scope="col">{t("col.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {detail.bonuses.map((b) => (
              <tr key={b.id}>
                <td>{tierLabel(b.tierKey)}</td>
                <td className="whitespace-pre-wrap">{b.reason}</td>
                <td>
                  {b.by ?? "—"} · {when.dateTime(b.at)}
                </td>
                {canEdit && (
                  <td>
                    <ActionForm action={remove} submitLabel={t("remove", { tier: tierLabel(b.tierKey) })} fields={[{ name: "awardId", label: "", type: "hidden", defaultValue: b.id }]} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <ActionForm
          action={add}
          submitLabel={t("add")}
          successMessage={t("added")}
          fields={[
            { name: "assessmentId", label: "", type: "hidden", defaultValue: assessmentId },
            {
              name: "tierKey",
              label: t("tier"),
              type: "select",
              required: true,
              options: scheme.bonusTiers.map((x) => ({ value: x.key, label: t("tierOption", { label: x.label, points: String(x.points) }) })),
            },
            { name: "reason", label: t("reason"), type: "textarea", required: true },
          ]}
        />
      )}
    </section>
  );
}

export async function UnitVetoes({
  header,
  detail,
  canEdit,
  record,
  decide,
}: {
  header: AssessmentHeader;
  detail: UnitAssessmentDetail;
  canEdit: boolean;
  record: Action;
  decide: Action;
}) {
  const t = await getTranslations("assessUnit.vetoes");
  const ta = await getTranslations("assessment");
  const tc = await getTranslations("common");
  const when = await getDates();
  const rules = detail.scheme.vetoRules.filter((r) => vetoRuleApplies(r.appliesTo, header));
  return (
    <section aria-labelledby="veto-h" className="card space-y-3">
      <h2 id="veto-h" className="font-semibold">
        {t("heading")}
      </h2>
      {detail.vetoes.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("col.rule")}</th>
                <th scope="col">{t("col.basis")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.proposedBy")}</th>
                <th scope="col">{t("col.decidedBy")}</th>
                {canEdit && <th scope="col">{t("col.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {detail.vetoes.map((v) => (
                <tr key={v.id}>
                  <td>
                    {v.ruleCode} {v.ruleName}
                    <span className="block text-xs text-slate-600">{ta(`vetoEffect.${v.effect}`)}</span>
                  </td>
                  <td className="whitespace-pre-wrap">{v.basis}</td>
                  <td>{ta(`vetoStatus.${v.status}`)}</td>
                  <td>
                    {v.proposedBy ?? "—"} · {when.dateTime(v.at)}
                  </td>
                  <td>{v.status === "proposed" ? "—" : `${v.confirmedBy ?? "—"} · ${when.dateTime(v.confirmedAt)}`}</td>
                  {canEdit && (
                    <td>
                      {v.status === "proposed" && (
                        <div className="flex flex-col gap-1">
                          {(["confirmed", "dismissed"] as const).map((d) => (
                            <ActionForm
                              key={d}
                              action={decide}
                              submitLabel={t(d === "confirmed" ? "confirm" : "dismiss", { code: v.ruleCode })}
                              fields={[
                                { name: "hitId", label: "", type: "hidden", defaultValue: v.id },
                                { name: "version", label: "", type: "hidden", defaultValue: v.version },
                                { name: "decision", label: "", type: "hidden", defaultValue: d },
                              ]}
                            />
                          ))}
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit &&
        (rules.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noRules")}</p>
        ) : (
          <ActionForm
            action={record}
            submitLabel={t("record")}
            successMessage={t("recorded")}
            fields={[
              { name: "assessmentId", label: "", type: "hidden", defaultValue: header.id },
              {
                name: "ruleId",
                label: t("rule"),
                type: "select",
                required: true,
                options: rules.map((r) => ({ value: String(r.id), label: tc("withNote", { text: `${r.code} ${r.name}`, note: ta(`vetoEffect.${r.effect}`) }) })),
              },
              { name: "basis", label: t("basis"), type: "textarea", required: true },
              { name: "confirm", label: t("confirmNow"), type: "checkbox" },
            ]}
          />
        ))}
    </section>
  );
}
