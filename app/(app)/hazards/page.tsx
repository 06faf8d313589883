import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listHazards, listHazardUnits } from "@/db/queries/hazards";
import { Pager } from "@/components/audit/pager";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { today as clockToday } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { HAZARD_LEVELS, HAZARD_STATUSES, daysOverdue } from "@/lib/records/hazard-workflow";
import { unitScopeOf } from "@/lib/records/scope";
import { proposeOverdueAction } from "./actions";
import { parseHazardParams, type SearchParams } from "./params";
import { ProposeButton } from "./propose-button";

export const dynamic = "force-dynamic";

/** 隐患台账: the hazards of the units the viewer reaches, overdue first; the office proposes deductions. */
export default async function HazardsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { viewer, allowed } = await guardPage("hazard.view", "/hazards", (v) => {
    const scope = unitScopeOf(v, "hazard.view");
    return scope === "all" ? {} : { unitIds: scope };
  });
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("hazards");
  const tc = await getTranslations("common");
  const { filter, form } = parseHazardParams(await searchParams);
  const today = clockToday();
  const scope = unitScopeOf(viewer, "hazard.view");
  const db = await getDb();
  const [list, unitOptions] = await Promise.all([listHazards(db, scope, filter, today), listHazardUnits(db, scope)]);
  const canEnter = hasPermission(viewer, "hazard.edit");
  const canSupervise = hasPermission(viewer, "hazard.supervise");
  const year = Number(today.slice(0, 4));
  return (
    <div className="max-w-6xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {canEnter && (
          <Link href="/hazards/new" className="btn">
            {t("new")}
          </Link>
        )}
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>

      {canSupervise && (
        <section aria-labelledby="propose-h" className="card space-y-2">
          <h2 id="propose-h" className="font-semibold">
            {t("generate.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("generate.help", { year })}</p>
          <ProposeButton year={year} action={proposeOverdueAction} />
        </section>
      )}

      <form
        method="get"
        action="/hazards"
        role="search"
        aria-label={t("filter.label")}
        className="card flex flex-wrap items-end gap-3"
      >
        <div className="min-w-32">
          <label htmlFor="hf-status" className="mb-1 block text-sm font-medium">
            {t("filter.status")}
          </label>
          <select id="hf-status" name="status" className="input" defaultValue={form.status ?? ""}>
            <option value="">{tc("all")}</option>
            {HAZARD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-28">
          <label htmlFor="hf-level" className="mb-1 block text-sm font-medium">
            {t("filter.level")}
          </label>
          <select id="hf-level" name="level" className="input" defaultValue={form.level ?? ""}>
            <option value="">{tc("all")}</option>
            {HAZARD_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-44">
          <label htmlFor="hf-unit" className="mb-1 block text-sm font-medium">
            {t("filter.unit")}
          </label>
          <select id="hf-unit" name="unit" className="input" defaultValue={form.unit ?? ""}>
            <option value="">{tc("all")}</option>
            {unitOptions.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 pb-1.5">
          <input id="hf-overdue" type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} />
          <label htmlFor="hf-overdue" className="text-sm">
            {t("filter.overdue")}
          </label>
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn">
            {t("filter.submit")}
          </button>
          <Link href="/hazards" className="btn-secondary">
            {t("filter.clear")}
          </Link>
        </div>
      </form>

      <section aria-labelledby="ledger-h" className="card overflow-x-auto">
        <h2 id="ledger-h" className="mb-2 font-semibold">
          {t("caption")}
          <span className="ml-2 text-sm font-normal text-slate-600">{t("total", { total: list.total })}</span>
        </h2>
        {list.rows.length === 0 ? (
          <p role="status" className="text-sm">
            {t("empty")}
          </p>
        ) : (
          <table className="table" aria-labelledby="ledger-h">
            <thead>
              <tr>
                <th scope="col">{t("col.title")}</th>
                <th scope="col">{t("col.unit")}</th>
                <th scope="col">{t("col.level")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.foundOn")}</th>
                <th scope="col">{t("col.deadline")}</th>
                <th scope="col">{t("col.owner")}</th>
                <th scope="col">{t("col.overdue")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id} className={r.isOverdue ? "bg-red-50" : undefined}>
                  <td>
                    <Link className="text-blue-700 underline" href={`/hazards/${r.id}`}>
                      {r.title}
                    </Link>
                  </td>
                  <td>{r.unitName}</td>
                  <td>
                    {t(`level.${r.level}`)}
                    {r.isSupervised && (
                      <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("supervised")}</span>
                    )}
                  </td>
                  <td>{t(`status.${r.status}`)}</td>
                  <td>{r.foundOn}</td>
                  <td>{r.deadline}</td>
                  <td>{r.ownerName ?? "—"}</td>
                  <td>
                    {r.isOverdue ? (
                      <strong className="text-red-700">
                        {t("overdueDays", { days: daysOverdue(r.deadline, today) })}
                      </strong>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager path="/hazards" params={form} page={list.page} pageSize={list.pageSize} total={list.total} />
      </section>
    </div>
  );
}
