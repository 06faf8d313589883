import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getSchemeByYear } from "@/db/queries/assessment-scoring";
import { getIndicatorTable } from "@/db/queries/assessment-indicators";
import { SchemeIndicatorCell } from "@/components/assessment/scheme-indicator-cell";
import { SchemeYearNav } from "@/components/assessment/scheme-year-nav";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { can, hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { createIndicatorAction, setIndicatorValueAction } from "./actions";

export const dynamic = "force-dynamic";

/** 控制指标: assessed units × indicators with target and actual; the office edits cells until the year is locked. */
export default async function IndicatorsPage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await parsePageParams({ year: pathParam.year }, params);
  const { viewer, allowed } = await guardPage("assessment.view", `/assessment/${year}/indicators`, (v) => ({
    unitIds: [...v.headedUnitIds, ...v.liaisonUnitIds],
    personId: v.personId,
    year,
  }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("indicators");
  const ta = await getTranslations("assessment");
  const db = await getDb();
  const scheme = await getSchemeByYear(db, year);
  const table = scheme ? await getIndicatorTable(db, scheme.id) : undefined;
  const canEdit = !!scheme && hasPermission(viewer, "indicator.manage") && scheme.status !== "locked";
  const canAdd = !!scheme && hasPermission(viewer, "indicator.manage") && scheme.status === "draft";
  // The committee, its office and leaders see every unit; a unit's head, liaison or staff only their own.
  const seesAll = can(viewer, "assessment.view");
  const mine = new Set([...viewer.headedUnitIds, ...viewer.liaisonUnitIds, ...viewer.ownUnitIds]);
  const rows = table ? table.units.filter((u) => seesAll || mine.has(u.id)) : [];
  const cell = new Map(table?.values.map((v) => [`${v.indicatorId}:${v.unitId}`, v]));
  return (
    <div className="max-w-7xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title", { year })}</h1>
      <SchemeYearNav year={year} current="indicators" />
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {!scheme || !table ? (
        <p role="status" className="card text-sm">
          {ta("errors.noScheme")}
        </p>
      ) : table.indicators.length === 0 ? (
        <p role="status" className="card text-sm">
          {t("none")}
        </p>
      ) : (
        <div className="card overflow-x-auto">
          <table className="table">
            <caption className="mb-2 text-left font-semibold">{t("caption", { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("unit")}</th>
                {table.indicators.map((i) => (
                  <th key={i.id} scope="col">
                    {i.name}
                    <span className="block text-xs font-normal text-slate-600">
                      {i.measure} · {ta(`direction.${i.direction}`)}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id}>
                  <th scope="row" className="whitespace-nowrap font-normal">
                    {u.name}
                  </th>
                  {table.indicators.map((i) => {
                    const v = cell.get(`${i.id}:${u.id}`);
                    return (
                      <td key={i.id}>
                        {canEdit ? (
                          <SchemeIndicatorCell
                            action={setIndicatorValueAction}
                            indicatorId={i.id}
                            unitId={u.id}
                            version={v?.version ?? null}
                            target={v?.target ?? null}
                            actual={v?.actual ?? null}
                            label={`${u.name} · ${i.name}`}
                          />
                        ) : v ? (
                          t("value", { target: v.target, actual: v.actual ?? "—" })
                        ) : (
                          "—"
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canAdd && scheme && (
        <section aria-labelledby="add-ind-h" className="card max-w-xl">
          <h2 id="add-ind-h" className="mb-2 font-semibold">
            {t("add.title")}
          </h2>
          <ActionForm
            action={createIndicatorAction}
            submitLabel={t("add.submit")}
            successMessage={t("add.done")}
            fields={[
              { name: "schemeId", label: "", type: "hidden", defaultValue: scheme.id },
              { name: "code", label: t("add.code"), required: true },
              { name: "name", label: t("add.name"), required: true },
              { name: "measure", label: t("add.measure"), required: true, defaultValue: "%" },
              {
                name: "direction",
                label: t("add.direction"),
                type: "select",
                required: true,
                defaultValue: "higher_better",
                options: (["higher_better", "lower_better"] as const).map((d) => ({
                  value: d,
                  label: ta(`direction.${d}`),
                })),
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}
