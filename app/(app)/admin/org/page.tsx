import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listUnits } from "@/db/queries/org";
import { unitGroup, unitKind } from "@/db/schema";
import { OrgSubnav } from "@/components/org/org-subnav";
import { UnitTree, buildUnitTree, unitOptions } from "@/components/org/unit-tree";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { createUnitAction } from "./actions";

export default async function OrgPage() {
  const { viewer, allowed } = await guardPage("org.view", "/admin/org");
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations();
  const roots = buildUnitTree(await listUnits(await getDb()));
  const canManage = hasPermission(viewer, "org.manage");
  return (
    <div className="max-w-5xl">
      <h1 className="mb-2 text-2xl font-semibold">{t("org.title")}</h1>
      <OrgSubnav current="units" />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section className="card" aria-labelledby="tree-h">
          <h2 id="tree-h" className="mb-3 font-semibold">
            {t("org.unit.tree")}
          </h2>
          {roots.length === 0 ? <p className="text-sm text-slate-600">{t("common.empty")}</p> : <UnitTree roots={roots} />}
        </section>
        {canManage && (
          <section className="card h-fit" aria-labelledby="new-unit-h">
            <h2 id="new-unit-h" className="mb-3 font-semibold">
              {t("org.unit.create")}
            </h2>
            <ActionForm
              action={createUnitAction}
              submitLabel={t("org.unit.create")}
              successMessage={t("org.unit.created")}
              fields={[
                { name: "name", label: t("org.unit.name"), required: true },
                { name: "code", label: t("org.unit.code"), required: true },
                {
                  name: "kind",
                  label: t("org.unit.kind"),
                  type: "select",
                  required: true,
                  defaultValue: "section",
                  options: unitKind.enumValues.map((k) => ({ value: k, label: t(`enums.unitKind.${k}`) })),
                },
                {
                  name: "group",
                  label: t("org.unit.group"),
                  type: "select",
                  options: unitGroup.enumValues.map((g) => ({ value: g, label: t(`enums.unitGroup.${g}`) })),
                },
                {
                  name: "parentId",
                  label: t("org.unit.parent"),
                  type: "select",
                  defaultValue: roots.find((r) => r.isActive)?.id ?? null,
                  options: unitOptions(roots, (text, note) => t("common.withNote", { text, note })),
                },
              ]}
            />
          </section>
        )}
      </div>
    </div>
  );
}
