import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { listLeaderOptions, listUnitSupervisions } from "@/db/queries/org";
import { supervisionKind } from "@/db/schema";
import { ActionForm } from "@/components/ui/action-form";
import { createSupervisionAction, deleteSupervisionAction } from "./actions";

type Props = {
  unitId: number;
  rows: Awaited<ReturnType<typeof listUnitSupervisions>>;
  leaders: Awaited<ReturnType<typeof listLeaderOptions>>;
  canManage: boolean;
  year: number;
};

/** 分管领导 per year; rows of past years are history and cannot be added or removed. */
export async function SupervisionSection({ unitId, rows, leaders, canManage, year }: Props) {
  const t = await getTranslations();
  return (
    <section className="card space-y-4" aria-labelledby="sup-h">
      <h2 id="sup-h" className="font-semibold">
        {t("org.supervision.heading")}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("org.supervision.none")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("org.supervision.year")}</th>
              <th scope="col">{t("org.supervision.leader")}</th>
              <th scope="col">{t("org.supervision.kind")}</th>
              {canManage && <th scope="col">{t("common.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.year}</td>
                <th scope="row" className="bg-transparent! align-top font-normal!">
                  <Link className="text-blue-700 underline" href={`/people/${r.leaderId}`}>
                    {r.leaderName}
                  </Link>
                </th>
                <td>{t(`enums.supervisionKind.${r.kind}`)}</td>
                {canManage && (
                  <td>
                    {r.year >= year ? (
                      <ActionForm
                        action={deleteSupervisionAction}
                        inline
                        submitLabel={t("org.supervision.delete")}
                        fields={[{ name: "id", label: "id", type: "hidden", defaultValue: r.id }]}
                      />
                    ) : (
                      <span className="text-xs text-slate-500">{t("org.supervision.history")}</span>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canManage && (
        <section aria-labelledby="new-sup-h" className="border-t border-slate-200 pt-3">
          <h3 id="new-sup-h" className="mb-2 font-semibold">
            {t("org.supervision.create")}
          </h3>
          <p className="mb-2 text-sm text-slate-600">{t("org.supervision.pastNote")}</p>
          <ActionForm
            action={createSupervisionAction}
            inline
            submitLabel={t("org.supervision.create")}
            successMessage={t("org.supervision.created")}
            fields={[
              { name: "unitId", label: "unitId", type: "hidden", defaultValue: unitId },
              { name: "year", label: t("org.supervision.year"), type: "number", required: true, defaultValue: year },
              {
                name: "leaderId",
                label: t("org.supervision.leader"),
                type: "select",
                required: true,
                options: leaders.map((l) => ({ value: String(l.id), label: t("common.withNote", { text: l.name, note: l.staffNo }) })),
              },
              {
                name: "kind",
                label: t("org.supervision.kind"),
                type: "select",
                required: true,
                defaultValue: "primary",
                options: supervisionKind.enumValues.map((k) => ({ value: k, label: t(`enums.supervisionKind.${k}`) })),
              },
            ]}
          />
        </section>
      )}
    </section>
  );
}
