import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/ui/search-box";
import { getDb } from "@/db/client";
import { getSetting } from "@/db/queries/auth";
import { listRoleGrants, listUnitOptions } from "@/db/queries/users";
import { grantedRole } from "@/db/schema";
import { Pager } from "@/components/audit/pager";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam, type RawParams } from "@/lib/url-params";
import { RowActions } from "../users/row-actions";
import { grantRoleAction, revokeRoleAction, updatePasswordExpiryAction } from "./actions";

/** The search (cut to 64 characters) and the page. */
const SEARCH = { q: queryParam.q(64), page: queryParam.page };

export default async function RolesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { viewer, allowed } = await guardPage("role.manage", "/admin/roles");
  if (!allowed) return <NotPermitted />;
  const { q, page } = await parseSearchParams(SEARCH, searchParams);
  const db = await getDb();
  const canSettings = hasPermission(viewer, "settings.manage");
  const [list, units, expiry] = await Promise.all([
    listRoleGrants(db, { q, page }),
    listUnitOptions(db),
    canSettings ? getSetting(db, "password_expiry_days") : Promise.resolve(undefined),
  ]);
  const t = await getTranslations();
  const grantLabel = (g: { role: string; unitName: string | null }) =>
    g.unitName ? t("common.withNote", { text: t(`roles.${g.role}`), note: g.unitName }) : t(`roles.${g.role}`);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("rolesAdmin.title")}</h1>
      <p className="text-sm text-slate-700">{t("rolesAdmin.separationNote")}</p>
      <section aria-labelledby="grants-h" className="space-y-3">
        <h2 id="grants-h" className="sr-only">
          {t("rolesAdmin.listTitle")}
        </h2>
        <SearchBox action="/admin/roles" id="roles-q" label={t("rolesAdmin.searchLabel")} value={q} />
        {list.rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("common.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="table">
              <caption className="sr-only">{t("rolesAdmin.listTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("rolesAdmin.col.username")}</th>
                  <th scope="col">{t("rolesAdmin.col.person")}</th>
                  <th scope="col">{t("rolesAdmin.col.status")}</th>
                  <th scope="col">{t("rolesAdmin.col.grants")}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((u) => (
                  <tr key={u.id}>
                    <th scope="row" className="font-mono font-normal">
                      {u.username}
                    </th>
                    <td>
                      {u.personId ? (
                        <Link className="text-blue-700 underline" href={`/people/${u.personId}`}>
                          {t("common.withNote", { text: u.personName ?? "", note: u.staffNo ?? "" })}
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td>{u.isDisabled ? t("users.statusDisabled") : t("users.statusActive")}</td>
                    <td>
                      {u.grants.length === 0 ? (
                        <span className="text-slate-500">{t("rolesAdmin.none")}</span>
                      ) : (
                        <RowActions
                          id={`grants-${u.id}`}
                          buttons={u.grants.map((g) => ({
                            key: String(g.id),
                            caption: grantLabel(g),
                            label: t("rolesAdmin.revoke"),
                            action: revokeRoleAction,
                            input: { grantId: g.id },
                            successKey: "rolesAdmin.revoked",
                          }))}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager path="/admin/roles" params={{ q }} page={list.page} pageSize={list.pageSize} total={list.total} />
      </section>
      <section aria-labelledby="grant-h" className="card max-w-xl">
        <h2 id="grant-h" className="mb-3 text-lg font-semibold">
          {t("rolesAdmin.grantTitle")}
        </h2>
        <ActionForm
          action={grantRoleAction}
          fields={[
            { name: "username", label: t("rolesAdmin.username"), required: true },
            {
              name: "role",
              label: t("rolesAdmin.role"),
              type: "select",
              required: true,
              options: grantedRole.enumValues.map((r) => ({ value: r, label: t(`roles.${r}`) })),
            },
            { name: "unitId", label: t("rolesAdmin.unit"), type: "select", options: units.map((u) => ({ value: String(u.id), label: u.name })) },
          ]}
          submitLabel={t("rolesAdmin.grant")}
          successMessage={t("rolesAdmin.granted")}
        />
      </section>
      {canSettings && (
        <section aria-labelledby="policy-h" className="card max-w-xl">
          <h2 id="policy-h" className="mb-3 text-lg font-semibold">
            {t("rolesAdmin.settingsTitle")}
          </h2>
          <ActionForm
            action={updatePasswordExpiryAction}
            fields={[
              {
                name: "passwordExpiryDays",
                label: t("rolesAdmin.expiryDays"),
                type: "number",
                required: true,
                defaultValue: expiry ?? "90",
              },
            ]}
            submitLabel={t("common.save")}
            successMessage={t("common.saved")}
            resetOnSuccess={false}
          />
        </section>
      )}
    </div>
  );
}
