import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AssessmentScheme, SchemeVetoRule } from "@/db/schema";
import type { ActionResult } from "@/server/action";
import { SchemeDeleteButton } from "./scheme-delete-button";
import { getGradeName } from "./grade-name";

type Act = (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
type UnitRef = { id: number; name: string; kind: string; group: string | null };

/** Whether a veto rule reaches a unit: empty lists mean every assessed unit. */
export const vetoApplies = (r: Pick<SchemeVetoRule, "appliesTo">, u: UnitRef) =>
  (r.appliesTo.groups.length === 0 || (u.group != null && r.appliesTo.groups.includes(u.group))) &&
  (r.appliesTo.kinds.length === 0 || r.appliesTo.kinds.includes(u.kind));

/** The veto rules (一票否决): basis, effect with its grade, consequences, and which units they reach. */
export async function SchemeVetoes({
  scheme,
  rules,
  units,
  editing,
}: {
  scheme: AssessmentScheme;
  rules: SchemeVetoRule[];
  units: UnitRef[];
  editing?: { href: string; deleteRule: Act };
}) {
  const t = await getTranslations("scheme");
  const ta = await getTranslations("assessment");
  const te = await getTranslations("enums");
  const gradeLabel = await getGradeName();
  // No grade named: the lowest band.
  const bandLabel = (key: string | null) => gradeLabel(scheme.gradeBands, key ?? scheme.gradeBands[scheme.gradeBands.length - 1]?.key);
  if (!rules.length) return <p className="text-sm">{t("view.noVetoes")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("col.code")}</th>
            <th scope="col">{t("col.vetoName")}</th>
            <th scope="col">{t("col.basis")}</th>
            <th scope="col">{t("col.effect")}</th>
            <th scope="col">{t("col.consequences")}</th>
            <th scope="col">{t("col.appliesTo")}</th>
            {editing && <th scope="col">{t("col.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => {
            const reach = units.filter((u) => vetoApplies(r, u));
            const scope = [
              ...r.appliesTo.groups.map((g) => te(`unitGroup.${g}`)),
              ...r.appliesTo.kinds.map((k) => te(`unitKind.${k}`)),
            ];
            return (
              <tr key={r.id}>
                <td>{r.code}</td>
                <td className="min-w-40">{r.name}</td>
                <td className="min-w-48 whitespace-pre-line">{r.basis}</td>
                <td className="min-w-40">
                  {ta(`vetoEffect.${r.effect}`)}
                  {r.effect !== "zero_score" && (
                    <span className="block text-xs text-slate-600">
                      {t("view.effectGrade", { grade: bandLabel(r.effectGrade) })}
                    </span>
                  )}
                </td>
                <td className="min-w-48">
                  {r.consequences.length ? (
                    <ul className="list-disc pl-4">
                      {r.consequences.map((c) => (
                        <li key={c}>{ta(`consequence.${c}`)}</li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="min-w-40">
                  {scope.length ? scope.join(t("view.listSep")) : t("view.allUnits")}
                  <span className="block text-xs text-slate-600">{t("view.unitCount", { n: reach.length })}</span>
                </td>
                {editing && (
                  <td className="whitespace-nowrap">
                    <div className="flex flex-col gap-1">
                      <Link
                        className="text-blue-700 underline"
                        href={`${editing.href}?veto=${r.id}#veto-form`}
                        aria-label={t("edit.editVetoLabel", { code: r.code })}
                      >
                        {t("edit.edit")}
                      </Link>
                      <SchemeDeleteButton
                        action={editing.deleteRule}
                        input={{ ruleId: r.id, version: scheme.version }}
                        label={t("edit.deleteVetoLabel", { code: r.code })}
                      />
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
