// 考核组: who scores the units besides the committee office; the office names committee members.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { DefinedAction } from "@/server/action";

type Act = DefinedAction;

export async function SchemeTeam({
  schemeId,
  reviewers,
  candidates,
  canEdit,
  add,
  remove,
}: {
  schemeId: number;
  reviewers: { id: number; name: string }[];
  candidates: { personId: number; name: string }[];
  canEdit: boolean;
  add: Act;
  remove: Act;
}) {
  const t = await getTranslations("scheme.team");
  return (
    <div>
      <h2 id="team-h" className="mb-2 font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{t("help")}</p>
      {reviewers.length === 0 ? (
        <p className="text-sm">{t("officeOnly")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {reviewers.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2">
              <span>{r.name}</span>
              {canEdit && (
                <ActionForm
                  inline
                  action={remove}
                  submitLabel={t("remove", { name: r.name })}
                  fields={[{ name: "reviewerId", label: "", type: "hidden", defaultValue: r.id }]}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && candidates.length > 0 && (
        <div className="mt-3">
          <ActionForm
            inline
            action={add}
            submitLabel={t("add")}
            successMessage={t("added")}
            fields={[
              { name: "schemeId", label: "", type: "hidden", defaultValue: schemeId },
              {
                name: "personId",
                label: t("person"),
                type: "select",
                required: true,
                options: candidates.map((c) => ({ value: String(c.personId), label: c.name })),
              },
            ]}
          />
        </div>
      )}
    </div>
  );
}
