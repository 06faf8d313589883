import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getCommitteeByYear, listCommittees, listUnits } from "@/db/queries/org";
import { committeeRole } from "@/db/schema";
import { OrgSubnav } from "@/components/org/org-subnav";
import { buildUnitTree, unitOptions } from "@/components/org/unit-tree";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam } from "@/lib/url-params";
import { today } from "../fields";
import { addCommitteeMemberAction, createCommitteeAction, setCommitteeMemberActiveAction } from "./actions";

export default async function CommitteePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { viewer, allowed } = await guardPage("org.view", "/admin/org/committee");
  if (!allowed) return <NotPermitted />;
  const now = today();
  const { year } = await parseSearchParams({ year: queryParam.year.default(now.year) }, searchParams);
  const db = await getDb();
  const [all, found] = await Promise.all([listCommittees(db), getCommitteeByYear(db, year)]);
  const t = await getTranslations();
  const canManage = hasPermission(viewer, "org.manage");
  const isPast = year < now.year;
  const canChange = canManage && !isPast;
  const years = [...new Set([now.year + 1, now.year, year, ...all.map((c) => c.year)])].sort((a, b) => b - a);
  // Defaults for setting up a new year's committee: the nearest earlier year's name and office.
  const previous = all.find((c) => c.year < year) ?? all[0];
  const unitRoots = !found && canChange ? buildUnitTree(await listUnits(db)) : [];

  return (
    <div className="max-w-5xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("org.committee.heading")}</h1>
        <OrgSubnav current="committee" />
      </div>
      <form method="get" action="/admin/org/committee" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="committee-year" className="mb-1 block text-sm font-medium">
            {t("org.committee.year")}
          </label>
          <select id="committee-year" name="year" className="input" defaultValue={String(year)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("org.committee.show")}
        </button>
      </form>
      {isPast && <p className="text-sm text-slate-600">{t("org.committee.pastNote")}</p>}

      {found ? (
        <>
          <section className="card" aria-labelledby="committee-h">
            <h2 id="committee-h" className="mb-2 font-semibold">
              {t("org.committee.title", { year, name: found.committee.name })}
            </h2>
            <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
              <dt className="text-slate-600">{t("org.committee.name")}</dt>
              <dd>{found.committee.name}</dd>
              <dt className="text-slate-600">{t("org.committee.office")}</dt>
              <dd>
                <Link className="text-blue-700 underline" href={`/admin/org/units/${found.committee.officeUnitId}`}>
                  {found.committee.officeUnitName}
                </Link>
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="members-h">
            <h2 id="members-h" className="mb-2 font-semibold">
              {t("org.committee.members")}
            </h2>
            {found.members.length === 0 ? (
              <p className="text-sm text-slate-600">{t("org.committee.noMembers")}</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t("org.committee.person")}</th>
                    <th scope="col">{t("org.committee.staffNo")}</th>
                    <th scope="col">{t("org.committee.role")}</th>
                    <th scope="col">{t("org.committee.status")}</th>
                    {canChange && <th scope="col">{t("common.actions")}</th>}
                  </tr>
                </thead>
                <tbody>
                  {found.members.map((m) => (
                    <tr key={m.id} className={m.isActive ? "" : "text-slate-500"}>
                      <th scope="row" className="bg-transparent! align-top font-normal!">
                        <Link className="text-blue-700 underline" href={`/people/${m.personId}`}>
                          {m.name}
                        </Link>
                      </th>
                      <td className="font-mono">{m.staffNo}</td>
                      <td>{t(`enums.committeeRole.${m.role}`)}</td>
                      <td>{m.isActive ? t("org.committee.active") : t("org.committee.inactive")}</td>
                      {canChange && (
                        <td>
                          <ActionForm
                            action={setCommitteeMemberActiveAction}
                            inline
                            submitLabel={m.isActive ? t("org.committee.deactivate") : t("org.committee.activate")}
                            fields={[
                              { name: "id", label: "id", type: "hidden", defaultValue: m.id },
                              { name: "active", label: "active", type: "hidden", defaultValue: m.isActive ? "false" : "true" },
                            ]}
                          />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {canChange && (
            <section className="card max-w-xl" aria-labelledby="add-member-h">
              <h2 id="add-member-h" className="mb-2 font-semibold">
                {t("org.committee.addMember")}
              </h2>
              <ActionForm
                action={addCommitteeMemberAction}
                inline
                submitLabel={t("org.committee.addMember")}
                successMessage={t("org.committee.memberAdded")}
                fields={[
                  { name: "committeeId", label: "committeeId", type: "hidden", defaultValue: found.committee.id },
                  { name: "staffNo", label: t("org.committee.staffNo"), required: true },
                  {
                    name: "role",
                    label: t("org.committee.role"),
                    type: "select",
                    required: true,
                    defaultValue: "member",
                    options: committeeRole.enumValues.map((r) => ({ value: r, label: t(`enums.committeeRole.${r}`) })),
                  },
                ]}
              />
            </section>
          )}
        </>
      ) : (
        <section className="card max-w-xl" aria-labelledby="no-committee-h">
          <h2 id="no-committee-h" className="mb-2 font-semibold">
            {t("org.committee.missingTitle", { year })}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("org.committee.none", { year })}</p>
          {canChange && (
            <ActionForm
              action={createCommitteeAction}
              submitLabel={t("org.committee.create")}
              successMessage={t("org.committee.created")}
              fields={[
                { name: "year", label: "year", type: "hidden", defaultValue: year },
                { name: "name", label: t("org.committee.name"), required: true, defaultValue: previous?.name ?? t("org.committee.defaultName") },
                {
                  name: "officeUnitId",
                  label: t("org.committee.office"),
                  type: "select",
                  required: true,
                  defaultValue: previous?.officeUnitId ?? null,
                  options: unitOptions(unitRoots, (text, note) => t("common.withNote", { text, note })),
                },
              ]}
            />
          )}
        </section>
      )}
    </div>
  );
}
