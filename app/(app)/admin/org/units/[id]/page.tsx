import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getUnit, listLeaderOptions, listUnitPosts, listUnitSupervisions, listUnits } from "@/db/queries/org";
import { unitGroup, unitKind } from "@/db/schema";
import { OrgSubnav } from "@/components/org/org-subnav";
import { buildUnitTree, flattenUnitTree, unitOptions } from "@/components/org/unit-tree";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { today } from "../../fields";
import { setUnitActiveAction, updateUnitAction } from "./actions";
import { HoldingsSection, PostsSection } from "./posts-section";
import { SupervisionSection } from "./supervision-section";

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: unitId } = await parsePageParams({ id: pathParam.id }, params);
  const { viewer, allowed } = await guardPage("org.view", `/admin/org/units/${unitId}`);
  if (!allowed) return <NotPermitted />;
  const db = await getDb();
  const now = today();
  const canManage = hasPermission(viewer, "org.manage");
  // Five queries whatever the size of the unit or the org.
  const [unit, all, unitPosts, supervisionRows, leaders] = await Promise.all([
    getUnit(db, unitId),
    listUnits(db),
    listUnitPosts(db, unitId, now.date),
    listUnitSupervisions(db, unitId),
    canManage ? listLeaderOptions(db, now.date) : Promise.resolve([]),
  ]);
  if (!unit) notFound();
  const t = await getTranslations();
  const roots = buildUnitTree(all);
  const byId = new Map(flattenUnitTree(roots).map((u) => [u.id, u]));
  const parent = unit.parentId != null ? byId.get(unit.parentId) : undefined;
  // A unit cannot move under itself or its own descendants.
  const descendants = new Set<number>();
  const collect = (ids: number[]) =>
    ids.forEach((i) => {
      if (descendants.has(i)) return;
      descendants.add(i);
      collect(byId.get(i)?.children.map((c) => c.id) ?? []);
    });
  collect([unit.id]);
  const parentOptions = unitOptions(roots, (text, note) => t("common.withNote", { text, note })).filter((o) => !descendants.has(Number(o.value)));

  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{unit.name}</h1>
        <OrgSubnav current="units" />
      </div>
      <section className="card" aria-labelledby="unit-info-h">
        <h2 id="unit-info-h" className="mb-2 font-semibold">
          {t("org.unit.details")}
        </h2>
        <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-600">{t("org.unit.code")}</dt>
          <dd className="font-mono">{unit.code}</dd>
          <dt className="text-slate-600">{t("org.unit.kind")}</dt>
          <dd>{t(`enums.unitKind.${unit.kind}`)}</dd>
          <dt className="text-slate-600">{t("org.unit.group")}</dt>
          <dd>{unit.group ? t(`enums.unitGroup.${unit.group}`) : "—"}</dd>
          <dt className="text-slate-600">{t("org.unit.parent")}</dt>
          <dd>
            {parent ? (
              <Link className="text-blue-700 underline" href={`/admin/org/units/${parent.id}`}>
                {parent.name}
              </Link>
            ) : (
              "—"
            )}
          </dd>
          <dt className="text-slate-600">{t("org.unit.status")}</dt>
          <dd>{unit.isActive ? t("org.unit.active") : t("org.unit.inactive")}</dd>
        </dl>
      </section>

      {canManage && (
        <section className="card" aria-labelledby="unit-edit-h">
          <h2 id="unit-edit-h" className="mb-3 font-semibold">
            {t("org.unit.edit")}
          </h2>
          <ActionForm
            action={updateUnitAction}
            submitLabel={t("common.save")}
            successMessage={t("common.saved")}
            resetOnSuccess={false}
            className="grid gap-3 md:grid-cols-2"
            fields={[
              { name: "id", label: "id", type: "hidden", defaultValue: unit.id },
              { name: "version", label: "version", type: "hidden", defaultValue: unit.version },
              { name: "name", label: t("org.unit.name"), required: true, defaultValue: unit.name },
              { name: "code", label: t("org.unit.code"), required: true, defaultValue: unit.code },
              {
                name: "kind",
                label: t("org.unit.kind"),
                type: "select",
                required: true,
                defaultValue: unit.kind,
                options: unitKind.enumValues.map((k) => ({ value: k, label: t(`enums.unitKind.${k}`) })),
              },
              {
                name: "group",
                label: t("org.unit.group"),
                type: "select",
                defaultValue: unit.group,
                options: unitGroup.enumValues.map((g) => ({ value: g, label: t(`enums.unitGroup.${g}`) })),
              },
              { name: "parentId", label: t("org.unit.parent"), type: "select", defaultValue: unit.parentId, options: parentOptions },
              { name: "sortOrder", label: t("org.unit.sortOrder"), type: "number", required: true, defaultValue: unit.sortOrder },
            ]}
          />
          <div className="mt-4 border-t border-slate-200 pt-3">
            <ActionForm
              action={setUnitActiveAction}
              submitLabel={unit.isActive ? t("org.unit.deactivate") : t("org.unit.activate")}
              successMessage={t("common.saved")}
              inline
              fields={[
                { name: "id", label: "id", type: "hidden", defaultValue: unit.id },
                { name: "version", label: "version", type: "hidden", defaultValue: unit.version },
                { name: "active", label: "active", type: "hidden", defaultValue: unit.isActive ? "false" : "true" },
              ]}
            />
          </div>
        </section>
      )}

      <PostsSection unit={unit} posts={unitPosts} canManage={canManage} today={now.date} />
      <HoldingsSection unit={unit} posts={unitPosts} canManage={canManage} today={now.date} />
      <SupervisionSection unitId={unit.id} rows={supervisionRows} leaders={leaders} canManage={canManage} year={now.year} />
    </div>
  );
}
