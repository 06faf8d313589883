import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listCases } from "@/db/queries/accountability";
import { Pager } from "@/components/audit/pager";
import { NotPermitted } from "@/components/ui/not-permitted";
import { can, hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam } from "@/lib/url-params";

export const dynamic = "force-dynamic";

/** 问责: every case for the committee and leaders; a staff member sees only their own. */
export default async function AccountabilityPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { viewer, allowed } = await guardPage("accountability.view", "/accountability", (v) => ({
    personId: v.personId,
  }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("accountability");
  const { page } = await parseSearchParams({ page: queryParam.page }, searchParams);
  // An 'all' grant covers an empty target; a 'self' grant only the viewer's own person.
  const isAll = can(viewer, "accountability.view", {});
  const list = await listCases(
    await getDb(),
    isAll ? { all: true } : { all: false, personId: viewer.personId },
    page,
    30,
  );
  const caption = isAll ? t("caption") : t("mine");
  return (
    <div className="max-w-6xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {hasPermission(viewer, "accountability.edit") && (
          <Link href="/accountability/new" className="btn">
            {t("new")}
          </Link>
        )}
      </div>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <section aria-labelledby="cases-h" className="card overflow-x-auto">
        <h2 id="cases-h" className="mb-2 font-semibold">
          {caption}
          <span className="ml-2 text-sm font-normal text-slate-600">{t("total", { total: list.total })}</span>
        </h2>
        {list.rows.length === 0 ? (
          <p role="status" className="text-sm">
            {t("empty")}
          </p>
        ) : (
          <table className="table" aria-labelledby="cases-h">
            <thead>
              <tr>
                <th scope="col">{t("col.person")}</th>
                <th scope="col">{t("col.unit")}</th>
                <th scope="col">{t("col.trigger")}</th>
                <th scope="col">{t("col.situation")}</th>
                <th scope="col">{t("col.form")}</th>
                <th scope="col">{t("col.leniency")}</th>
                <th scope="col">{t("col.decidedBy")}</th>
                <th scope="col">{t("col.decidedOn")}</th>
                <th scope="col">{t("col.restrictedUntil")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link className="text-blue-700 underline" href={`/accountability/${r.id}`}>
                      {r.personName}
                    </Link>
                  </td>
                  <td>{r.unitName ?? "—"}</td>
                  <td>{t(`trigger.${r.triggerKind}`)}</td>
                  <td>{t(`situation.${r.situation}`)}</td>
                  <td>{t(`form.${r.form}`)}</td>
                  <td>{t(`leniency.${r.leniency}`)}</td>
                  <td>{r.decidedBy}</td>
                  <td>{r.decidedOn}</td>
                  <td>{r.restrictedUntil ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager path="/accountability" params={{}} page={list.page} pageSize={list.pageSize} total={list.total} />
      </section>
    </div>
  );
}
