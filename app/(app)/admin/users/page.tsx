import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/ui/search-box";
import { getDb } from "@/db/client";
import { listUserAccounts } from "@/db/queries/users";
import { getDates } from "@/components/ui/dates";
import { Pager } from "@/components/audit/pager";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam, type RawParams } from "@/lib/url-params";
import {
  createUserAction,
  disableUserAction,
  enableUserAction,
  resetPasswordAction,
  unlockUserAction,
} from "./actions";
import { RowActions, type RowButton } from "./row-actions";
import { mayResetPassword } from "@/lib/auth/separation";

/** The account search (cut to 64 characters) and the page. */
const SEARCH = { q: queryParam.q(64), page: queryParam.page };

export default async function UsersPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { viewer, allowed } = await guardPage("user.manage", "/admin/users");
  if (!allowed) return <NotPermitted />;
  const { q, page } = await parseSearchParams(SEARCH, searchParams);
  const list = await listUserAccounts(await getDb(), { q, page });
  const t = await getTranslations();
  const when = await getDates();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
      <section aria-labelledby="accounts-h" className="space-y-3">
        <h2 id="accounts-h" className="sr-only">
          {t("users.listTitle")}
        </h2>
        <SearchBox action="/admin/users" id="users-q" label={t("users.searchLabel")} value={q} />
        <p className="text-sm text-slate-600">{t("users.total", { total: list.total })}</p>
        {list.rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("common.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="table">
              <caption className="sr-only">{t("users.listTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("users.col.username")}</th>
                  <th scope="col">{t("users.col.person")}</th>
                  <th scope="col">{t("users.col.roles")}</th>
                  <th scope="col">{t("users.col.status")}</th>
                  <th scope="col">{t("users.col.lockedUntil")}</th>
                  <th scope="col">{t("users.col.lastSignIn")}</th>
                  <th scope="col">{t("users.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((u) => {
                  const isLocked = u.isLocked;
                  const isSelf = u.id === viewer.userId;
                  const input = { userId: u.id };
                  const buttons: RowButton[] = [];
                  if (!isSelf) {
                    buttons.push(
                      u.isDisabled
                        ? { key: "toggle", label: t("users.enable"), action: enableUserAction, input, successKey: "users.enabled" }
                        : { key: "toggle", label: t("users.disable"), action: disableUserAction, input, successKey: "users.disabled" },
                    );
                  }
                  if (isLocked) {
                    buttons.push({ key: "unlock", label: t("users.unlock"), action: unlockUserAction, input, successKey: "users.unlocked" });
                  }
                  // Another kind of 三员 administrator is never reset from here (the action refuses it too).
                  if (!isSelf && mayResetPassword(viewer.roles, u.grants.map((g) => g.role))) {
                    buttons.push({ key: "reset", label: t("users.resetPassword"), action: resetPasswordAction, input, successKey: "users.resetDone" });
                  }
                  return (
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
                      <td>{u.grants.map((g) => (g.unitName ? t("common.withNote", { text: t(`roles.${g.role}`), note: g.unitName }) : t(`roles.${g.role}`))).join(t("common.listSep")) || "—"}</td>
                      <td>
                        {u.isDisabled ? t("users.statusDisabled") : t("users.statusActive")}
                        {u.mustChangePassword && <span className="block text-xs text-amber-800">{t("users.mustChange")}</span>}
                      </td>
                      <td className="whitespace-nowrap">
                        {u.lockedUntil && isLocked ? (
                          <span className={isLocked ? "text-red-700" : "text-slate-500"}>{when.dateTime(u.lockedUntil)}</span>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td className="whitespace-nowrap">{u.lastSignInAt ? when.dateTime(u.lastSignInAt) : t("users.never")}</td>
                      <td>
                        <RowActions id={`user-${u.id}`} buttons={buttons} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <Pager path="/admin/users" params={{ q }} page={list.page} pageSize={list.pageSize} total={list.total} />
      </section>
      <section aria-labelledby="create-h" className="card max-w-xl">
        <h2 id="create-h" className="mb-1 text-lg font-semibold">
          {t("users.createTitle")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("users.createHint")}</p>
        <ActionForm
          action={createUserAction}
          fields={[
            { name: "username", label: t("users.username"), required: true, placeholder: "zhang-san" },
            { name: "staffNo", label: t("users.staffNo") },
            { name: "password", label: t("users.initialPassword"), type: "password", required: true },
          ]}
          submitLabel={t("users.create")}
          successMessage={t("users.created")}
        />
        <p className="mt-2 text-xs text-slate-600">{t("auth.policy")}</p>
      </section>
    </div>
  );
}
