import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listPostsOfUnits, listResponsibilityLists } from "@/db/queries/duties";
import { listUnitsBrief } from "@/db/queries/duties-units";
import { TEMPLATE_KEYS } from "@/db/schema";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { YearNotReady, YearSelect } from "@/components/ui/year-picker";
import { can, hasPermission } from "@/lib/authz";
import { listLabel } from "@/lib/duties/labels";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam } from "@/lib/url-params";
import { unitScopeOf } from "@/lib/records/scope";
import { pageYear } from "@/server/years/page-year";
import { createListAction, startYearAction } from "./actions";

type Search = { year?: string; unit?: string; type?: string; leader?: string };

/** 责任清单: the year's lists the viewer may read — all for the office and the committee, the 分管 units of
 * that year for a leader, their units for a head or liaison, the lists they sign for everyone (a post they
 * hold, their own leader list) — with the editor's controls for editors only. */
export default async function DutiesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const { year, asOf, info } = await pageYear(sp.year);
  // Anyone who may read some list of the year (their own at least); the query below scopes the rows.
  const { viewer, allowed } = await guardPage("duty.view", "/duties", (v) => ({ personId: v.personId, year }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("duties");
  const tc = await getTranslations();
  const { unit: unitId, leader: leaderId, type: ownerType } = await parseSearchParams(
    { unit: queryParam.id, leader: queryParam.id, type: queryParam.oneOf(["unit", "post", "leader"]) },
    sp,
  );
  // `viewer` is resolved for the year shown: its 分管 and committee seat are that year's.
  const readUnits = unitScopeOf(viewer, "duty.view");
  const editUnits = unitScopeOf(viewer, "duty.edit");
  const canCreate = editUnits === "all" || editUnits.length > 0;
  const scope = readUnits === "all" ? undefined : { unitIds: readUnits, personId: viewer.personId, onDate: asOf };
  const db = await getDb();
  const [lists, units, postsOfScope] = await Promise.all([
    listResponsibilityLists(db, { year, unitId, leaderId, ownerType, scope }),
    listUnitsBrief(db, readUnits === "all" ? "all" : [...new Set([...readUnits, ...viewer.ownUnitIds])]),
    canCreate ? listPostsOfUnits(db, editUnits) : [],
  ]);
  const createUnits = units.filter((u) => editUnits === "all" || editUnits.includes(u.id));
  const canPublish = can(viewer, "duty.publish");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("list.title")}</h1>
        {canPublish && (
          <Link className="text-blue-700 underline" href="/duties/templates">
            {t("list.templates")}
          </Link>
        )}
      </div>
      <form method="get" className="card flex flex-wrap items-end gap-3" aria-label={t("list.filter")}>
        <YearSelect year={year} info={info} id="f-year" />
        <div>
          <label htmlFor="f-unit" className="mb-1 block text-sm font-medium">
            {t("list.unit")}
          </label>
          <select id="f-unit" name="unit" defaultValue={unitId ?? ""} className="input">
            <option value="">{t("list.allUnits")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-type" className="mb-1 block text-sm font-medium">
            {t("list.ownerType")}
          </label>
          <select id="f-type" name="type" defaultValue={ownerType ?? ""} className="input">
            <option value="">{t("list.allTypes")}</option>
            {(["unit", "post", "leader"] as const).map((k) => (
              <option key={k} value={k}>
                {t(`enum.ownerType.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn">
          {t("list.filter")}
        </button>
      </form>
      {!canCreate && (
        <p className="text-sm text-slate-600">
          {t("list.readOnly")}{" "}
          <Link className="text-blue-700 underline" href="/my-duties">
            {t("list.toMyDuties")}
          </Link>
        </p>
      )}
      <YearNotReady year={year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref="/duties" />
      {lists.length === 0 ? (
        <p className="card text-sm">{t("list.none")}</p>
      ) : (
        <table className="table card">
          <caption className="sr-only">{t("list.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("list.owner")}</th>
              <th scope="col">{t("list.ownerType")}</th>
              <th scope="col">{t("list.status")}</th>
              <th scope="col">{t("list.published")}</th>
              <th scope="col">{t("list.items")}</th>
            </tr>
          </thead>
          <tbody>
            {lists.map((l) => (
              <tr key={l.id}>
                <td>
                  <Link className="text-blue-700 underline" href={`/duties/${l.id}`}>
                    {listLabel(t, l)}
                  </Link>
                </td>
                <td>{t(`enum.ownerType.${l.ownerType}`)}</td>
                <td>{t(`enum.status.${l.status}`)}</td>
                <td>{l.publishedVersionNo ? t("diff.versionN", { n: String(l.publishedVersionNo) }) : t("list.notPublished")}</td>
                <td>{l.itemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canCreate && (
        <section className="card" aria-labelledby="create-h">
          <h2 id="create-h" className="mb-2 font-semibold">
            {t("list.create")}
          </h2>
          <ActionForm
            action={createListAction}
            inline
            submitLabel={t("list.createSubmit")}
            successMessage={t("list.created")}
            fields={[
              { name: "year", label: t("list.year"), type: "hidden", defaultValue: year },
              { name: "unitId", label: t("list.unit"), type: "select", required: true, options: createUnits.map((u) => ({ value: String(u.id), label: u.name })) },
              { name: "postId", label: t("list.createPost"), type: "select", options: postsOfScope.map((p) => ({ value: String(p.id), label: `${p.unitName} · ${p.name}` })) },
              { name: "templateKey", label: t("list.template"), type: "select", options: TEMPLATE_KEYS.map((k) => ({ value: k, label: t(`template.keys.${k}`) })) },
            ]}
          />
        </section>
      )}
      {canPublish && (
        <section className="card" aria-labelledby="year-h">
          <h2 id="year-h" className="mb-2 font-semibold">
            {t("list.startYear")}
          </h2>
          <p className="mb-2 text-sm text-slate-600">{t("list.startYearHelp", { from: String(year - 1), to: String(year) })}</p>
          <ActionForm
            action={startYearAction}
            submitLabel={t("list.startYearSubmit", { from: String(year - 1), to: String(year) })}
            successMessage={t("list.started")}
            fields={[{ name: "from", label: tc("duties.list.year"), type: "hidden", defaultValue: year - 1 }]}
          />
        </section>
      )}
    </div>
  );
}
