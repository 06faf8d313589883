import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listUnitsBrief } from "@/db/queries/duties-units";
import { listRecords, RECORD_KINDS } from "@/db/queries/records";
import { Pager } from "@/components/audit/pager";
import { NotPermitted } from "@/components/ui/not-permitted";
import { YearSelect } from "@/components/ui/year-picker";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { unitScopeOf } from "@/lib/records/scope";
import { loadYearsInfo } from "@/server/years/page-year";
import { parseRecordFilter, type SearchParams } from "./params";

export const dynamic = "force-dynamic";

/** 履职记录: the records in the viewer's reach, filtered by kind, unit, year and person; 30 a page. */
export default async function RecordsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { viewer, allowed } = await guardPage("record.view", "/records", (v) => ({ personId: v.personId }));
  if (!allowed) return <NotPermitted />;
  const { filter, form, invalid } = parseRecordFilter(await searchParams);
  const db = await getDb();
  const scope = unitScopeOf(viewer, "record.view");
  const [list, units, info] = await Promise.all([
    listRecords(db, filter, { unitIds: scope, personId: viewer.personId }),
    listUnitsBrief(db, scope === "all" ? "all" : [...new Set([...scope, ...viewer.ownUnitIds])]),
    loadYearsInfo(),
  ]);
  const t = await getTranslations();
  const year = info.workingYear;
  const mayDue = scope === "all" || scope.length > 0;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("records.title")}</h1>
      <p className="flex flex-wrap gap-3 text-sm">
        {hasPermission(viewer, "record.edit") && viewer.personId != null && (
          <Link href="/records/new" className="btn">
            {t("records.newTitle")}
          </Link>
        )}
        {mayDue && (
          <Link href="/records/due" className="btn-secondary">
            {t("records.due.title")}
          </Link>
        )}
        {hasPermission(viewer, "statement.edit") && (viewer.roles.includes("leader") || viewer.roles.includes("committee_office")) && (
          <Link href="/statements" className="btn-secondary">
            {t("statement.link", { year })}
          </Link>
        )}
      </p>
      <form method="get" action="/records" role="search" aria-label={t("records.filter.label")} className="card flex flex-wrap items-end gap-3">
        <div className="min-w-32">
          <label htmlFor="rf-kind" className="mb-1 block text-sm font-medium">
            {t("records.field.kind")}
          </label>
          <select id="rf-kind" name="kind" className="input" defaultValue={form.kind ?? ""}>
            <option value="">{t("common.all")}</option>
            {RECORD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`records.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-40">
          <label htmlFor="rf-unit" className="mb-1 block text-sm font-medium">
            {t("records.filter.unit")}
          </label>
          <select id="rf-unit" name="unit" className="input" defaultValue={form.unit ?? ""}>
            <option value="">{t("common.all")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <YearSelect year={filter.year} info={info} id="rf-year" withAll />
        <div className="min-w-32">
          <label htmlFor="rf-person" className="mb-1 block text-sm font-medium">
            {t("records.filter.person")}
          </label>
          <input id="rf-person" name="person" className="input" maxLength={40} defaultValue={form.person ?? ""} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className="btn">
            {t("common.filter")}
          </button>
          <Link href="/records" className="btn-secondary">
            {t("records.filter.clear")}
          </Link>
        </div>
      </form>
      {invalid.length > 0 && (
        <p role="alert" className="text-sm text-amber-800">
          {t("records.filter.ignored", { fields: invalid.map((f) => t(`records.filter.${f === "kind" ? "kindField" : f}`)).join("、") })}
        </p>
      )}
      <section aria-labelledby="records-h" className="card overflow-x-auto">
        <h2 id="records-h" className="mb-2 font-semibold">
          {t("records.listTitle")}
          <span className="ml-2 text-sm font-normal text-slate-600">{t("records.total", { total: list.total })}</span>
        </h2>
        {list.rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("records.empty")}</p>
        ) : (
          <table className="table" aria-labelledby="records-h">
            <thead>
              <tr>
                <th scope="col">{t("records.col.date")}</th>
                <th scope="col">{t("records.field.kind")}</th>
                <th scope="col">{t("records.field.title")}</th>
                <th scope="col">{t("records.field.unit")}</th>
                <th scope="col">{t("records.field.units")}</th>
                <th scope="col">{t("records.field.lead")}</th>
                <th scope="col">{t("records.col.links")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id}>
                  <td className="whitespace-nowrap">{r.occurredOn}</td>
                  <td className="whitespace-nowrap">{t(`records.kind.${r.kind}`)}</td>
                  <td>
                    <Link href={`/records/${r.id}`} className="text-blue-700 underline">
                      {r.title}
                    </Link>
                  </td>
                  <td>{r.unitName}</td>
                  <td>{r.unitNames}</td>
                  <td>
                    {r.leadName}
                    {r.peopleCount > 1 && <span className="text-slate-500"> {t("records.morePeople", { n: r.peopleCount })}</span>}
                  </td>
                  <td className="whitespace-nowrap text-xs text-slate-600">{t("records.linkCounts", { items: r.itemCount, files: r.fileCount })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager path="/records" params={form} page={list.page} pageSize={list.pageSize} total={list.total} />
      </section>
    </div>
  );
}
