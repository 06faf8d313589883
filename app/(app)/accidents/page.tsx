import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listAccidents } from "@/db/queries/accidents";
import { getDates } from "@/components/ui/dates";
import { Pager } from "@/components/audit/pager";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam, type RawParams } from "@/lib/url-params";
import { flagKeys } from "@/lib/records/accident-level";

export const dynamic = "force-dynamic";

/** 事故台账: every accident (the committee and leaders read, the office records), newest first. */
export default async function AccidentsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { viewer, allowed } = await guardPage("accident.view", "/accidents");
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("accidents");
  const tc = await getTranslations("common");
  const when = await getDates();
  const { year, page } = await parseSearchParams({ year: queryParam.year, page: queryParam.page }, searchParams);
  const list = await listAccidents(await getDb(), { year, page, pageSize: 30 });
  return (
    <div className="max-w-6xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {hasPermission(viewer, "accident.edit") && (
          <Link href="/accidents/new" className="btn">
            {t("new")}
          </Link>
        )}
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form
        method="get"
        action="/accidents"
        role="search"
        aria-label={t("filter.label")}
        className="card flex flex-wrap items-end gap-3"
      >
        <div className="w-28">
          <label htmlFor="af-year" className="mb-1 block text-sm font-medium">
            {t("filter.year")}
          </label>
          <input
            id="af-year"
            name="year"
            className="input"
            inputMode="numeric"
            maxLength={4}
            defaultValue={year ?? ""}
          />
        </div>
        <button type="submit" className="btn">
          {t("filter.submit")}
        </button>
        <Link href="/accidents" className="btn-secondary">
          {t("filter.clear")}
        </Link>
      </form>
      <section aria-labelledby="acc-h" className="card overflow-x-auto">
        <h2 id="acc-h" className="mb-2 font-semibold">
          {t("caption")}
          <span className="ml-2 text-sm font-normal text-slate-600">{t("total", { total: list.total })}</span>
        </h2>
        {list.rows.length === 0 ? (
          <p role="status" className="text-sm">
            {t("empty")}
          </p>
        ) : (
          <table className="table" aria-labelledby="acc-h">
            <thead>
              <tr>
                <th scope="col">{t("col.title")}</th>
                <th scope="col">{t("col.occurredAt")}</th>
                <th scope="col">{t("col.domain")}</th>
                <th scope="col">{t("col.unit")}</th>
                <th scope="col">{t("col.level")}</th>
                <th scope="col">{t("col.casualties")}</th>
                <th scope="col">{t("col.loss")}</th>
                <th scope="col">{t("col.flags")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => {
                const flags = flagKeys(r);
                return (
                  <tr key={r.id}>
                    <td>
                      <Link className="text-blue-700 underline" href={`/accidents/${r.id}`}>
                        {r.title}
                      </Link>
                    </td>
                    <td>{when.dateTime(r.occurredAt)}</td>
                    <td>{t(`domain.${r.domain}`)}</td>
                    <td>{r.unitName}</td>
                    <td>{t(`level.${r.level}`)}</td>
                    <td>
                      {r.deaths} / {r.seriousInjuries}
                    </td>
                    <td>{r.directLoss.toFixed(2)}</td>
                    <td>
                      {flags.length ? (
                        <strong className="text-red-700">{flags.map((f) => t(`flag.${f}`)).join(tc("listSep"))}</strong>
                      ) : (
                        t("noFlag")
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <Pager
          path="/accidents"
          params={{ year: year ? String(year) : undefined }}
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
        />
      </section>
    </div>
  );
}
