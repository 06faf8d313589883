import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listPeople } from "@/db/queries/org";
import { OrgSubnav } from "@/components/org/org-subnav";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam, type RawParams } from "@/lib/url-params";
import { today } from "../fields";
import { createPersonAction } from "./actions";

const PAGE_SIZE = 50;
/** The search (normalised, capped at the input's 50 characters; anything odd dropped rather than refused) and the page. */
const SEARCH = { q: queryParam.q(50), page: queryParam.page };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { viewer, allowed } = await guardPage("org.view", "/admin/org/people");
  if (!allowed) return <NotPermitted />;
  const { q = "", page } = await parseSearchParams(SEARCH, searchParams);
  const t = await getTranslations();
  const { rows, total } = await listPeople(await getDb(), { q, page, pageSize: PAGE_SIZE, today: today().date });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const canManage = hasPermission(viewer, "org.manage");
  const href = (p: number) => `/admin/org/people?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <div className="max-w-5xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("org.people.heading")}</h1>
        <OrgSubnav current="people" />
      </div>
      <form role="search" method="get" action="/admin/org/people" className="flex flex-wrap items-end gap-2">
        <div className="min-w-64">
          <label htmlFor="people-q" className="mb-1 block text-sm font-medium">
            {t("org.people.search")}
          </label>
          <input id="people-q" name="q" className="input" defaultValue={q} maxLength={50} placeholder={t("org.people.searchPlaceholder")} />
        </div>
        <button type="submit" className="btn">
          {t("org.people.searchSubmit")}
        </button>
      </form>
      <section className="card" aria-labelledby="people-list-h">
        <h2 id="people-list-h" className="mb-2 font-semibold">
          {t("org.people.list")}
        </h2>
        <p className="mb-2 text-sm text-slate-600" role="status">
          {t("org.people.total", { count: total })}
        </p>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("org.people.none")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("org.people.staffNo")}</th>
                <th scope="col">{t("org.people.name")}</th>
                <th scope="col">{t("org.people.posts")}</th>
                <th scope="col">{t("org.people.status")}</th>
                {canManage && <th scope="col">{t("common.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id} className={p.isActive ? "" : "text-slate-500"}>
                  <td className="font-mono">{p.staffNo}</td>
                  <th scope="row" className="bg-transparent! align-top font-normal!">
                    <Link className="text-blue-700 underline" href={`/people/${p.id}`}>
                      {p.name}
                    </Link>
                  </th>
                  <td>
                    {p.posts.length === 0
                      ? "—"
                      : p.posts.map((h, i) => (
                          <span key={i} className="block">
                            <Link className="underline" href={`/admin/org/units/${h.unitId}`}>
                              {h.unitName}
                            </Link>{" "}
                            · {h.postName}
                            {h.type !== "primary" && t("common.withNote", { text: "", note: t(`enums.holdingType.${h.type}`) })}
                          </span>
                        ))}
                  </td>
                  <td>{p.isActive ? t("org.people.active") : t("org.people.inactive")}</td>
                  {canManage && (
                    <td>
                      <Link className="text-blue-700 underline" href={`/admin/org/people/${p.id}/edit`} aria-label={t("org.people.editNamed", { name: p.name })}>
                        {t("common.edit")}
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {pages > 1 && (
          <nav aria-label={t("org.people.pagination")} className="mt-3 flex items-center gap-3 text-sm">
            {page > 1 && (
              <Link className="btn-secondary" href={href(page - 1)}>
                {t("common.prev")}
              </Link>
            )}
            <span>{t("common.page", { page, pages })}</span>
            {page < pages && (
              <Link className="btn-secondary" href={href(page + 1)}>
                {t("common.next")}
              </Link>
            )}
          </nav>
        )}
      </section>
      {canManage && (
        <section className="card max-w-xl" aria-labelledby="new-person-h">
          <h2 id="new-person-h" className="mb-2 font-semibold">
            {t("org.people.create")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("org.people.piplNote")}</p>
          <ActionForm
            action={createPersonAction}
            submitLabel={t("org.people.create")}
            successMessage={t("org.people.created")}
            fields={[
              { name: "staffNo", label: t("org.people.staffNo"), required: true },
              { name: "name", label: t("org.people.name"), required: true },
              { name: "phone", label: t("org.people.phoneOptional") },
            ]}
          />
        </section>
      )}
    </div>
  );
}
