import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getSchemeForYear, listAssessedUnits } from "@/db/queries/assessment-scheme";
import { SchemeGrades } from "@/components/assessment/scheme-grades";
import { SchemeCategoryForm, SchemeItemForm, SchemePointsForm } from "@/components/assessment/scheme-item-forms";
import { SchemeItems } from "@/components/assessment/scheme-items";
import { SchemeProblems } from "@/components/assessment/scheme-problems";
import { SchemeSettingsForm, SchemeVetoForm } from "@/components/assessment/scheme-settings-forms";
import { SchemeStatus } from "@/components/assessment/scheme-status";
import { SchemeVetoes } from "@/components/assessment/scheme-vetoes";
import { SchemeYearNav } from "@/components/assessment/scheme-year-nav";
import { SchemeTeam } from "@/components/assessment/scheme-team";
import { listTeamCandidates } from "@/db/queries/assessment-team";
import { addReviewerAction, removeReviewerAction } from "./team-actions";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parsePageParams, parseSearchParams } from "@/server/page-params";
import { pathParam, queryParam } from "@/lib/url-params";
import {
  approveSchemeAction,
  publishSchemeAction,
  returnSchemeAction,
  updatePointsAction,
  updateSettingsAction,
} from "./actions";
import {
  createCategoryAction,
  createItemAction,
  createVetoRuleAction,
  deleteCategoryAction,
  deleteItemAction,
  deleteVetoRuleAction,
  updateCategoryAction,
  updateItemAction,
  updateVetoRuleAction,
} from "./part-actions";

export const dynamic = "force-dynamic";

type Search = { item?: string; category?: string; veto?: string };
/** Which part the office is editing: `?item=`, `?category=` or `?veto=` (ids). */
const EDITING = { item: queryParam.id, category: queryParam.id, veto: queryParam.id };

/** 考核方案: read by everyone with assessment.view; the committee office edits it while it is a draft. */
export default async function SchemePage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<Search>;
}) {
  const { year } = await parsePageParams({ year: pathParam.year }, params);
  const path = `/assessment/${year}/scheme`;
  const { viewer, allowed } = await guardPage("assessment.view", path, (v) => ({
    unitIds: [...v.headedUnitIds, ...v.liaisonUnitIds],
    personId: v.personId,
    year,
  }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("scheme");
  const ta = await getTranslations("assessment");
  const tc = await getTranslations("common");
  const db = await getDb();
  const [view, units] = await Promise.all([getSchemeForYear(db, year), listAssessedUnits(db)]);
  if (!view) {
    return (
      <div className="max-w-4xl space-y-4">
        <h1 className="text-2xl font-semibold">{t("title", { year })}</h1>
        <SchemeYearNav year={year} current="scheme" />
        <p role="status" className="card text-sm">
          {ta("errors.noScheme")}
        </p>
      </div>
    );
  }
  const { scheme, categories, items, vetoRules, indicators, reviewers, problems } = view;
  const isEditing = hasPermission(viewer, "scheme.manage") && scheme.status === "draft";
  const canManageTeam = hasPermission(viewer, "scheme.manage") && scheme.status !== "locked";
  const sp = await parseSearchParams(EDITING, searchParams);
  const editItem = isEditing ? items.find((i) => i.id === sp.item) : undefined;
  const editCategory = isEditing ? categories.find((c) => c.id === sp.category) : undefined;
  const editVeto = isEditing ? vetoRules.find((r) => r.id === sp.veto) : undefined;
  const categorySum = categories.reduce((a, c) => a + Math.round(c.points * 10), 0) / 10;
  return (
    <div className="max-w-7xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{scheme.title}</h1>
        <p className="mt-1 text-sm">
          {t("summary", {
            year,
            total: scheme.totalPoints,
            categories: categories.length,
            items: items.length,
            vetoes: vetoRules.length,
          })}{" "}
          · {ta(`schemeStatus.${scheme.status}`)}
        </p>
        {!isEditing && <p className="mt-1 text-sm text-slate-600">{t("readOnly")}</p>}
      </div>
      <SchemeYearNav year={year} current="scheme" />
      <SchemeStatus
        scheme={scheme}
        hasProblems={problems.length > 0}
        canApprove={hasPermission(viewer, "scheme.approve")}
        canManage={hasPermission(viewer, "scheme.manage")}
        actions={{ approve: approveSchemeAction, publish: publishSchemeAction, ret: returnSchemeAction }}
      />
      <SchemeProblems problems={problems} totalPoints={scheme.totalPoints} categorySum={categorySum} />

      <section aria-labelledby="items-h" className="card">
        <h2 id="items-h" className="mb-3 font-semibold">
          {t("view.items")}
        </h2>
        <SchemeItems
          categories={categories}
          items={items}
          indicators={indicators}
          editing={
            isEditing
              ? {
                  href: path,
                  schemeVersion: scheme.version,
                  deleteItem: deleteItemAction,
                  deleteCategory: deleteCategoryAction,
                }
              : undefined
          }
        />
      </section>

      <section aria-labelledby="grades-h" className="card">
        <h2 id="grades-h" className="mb-3 font-semibold">
          {t("view.grades")}
        </h2>
        <SchemeGrades scheme={scheme} />
        <p className="mt-3 text-sm">{t("view.publicity", { days: scheme.publicityDays })}</p>
      </section>

      <section aria-labelledby="vetoes-h" className="card">
        <h2 id="vetoes-h" className="mb-3 font-semibold">
          {t("view.vetoes")}
        </h2>
        <SchemeVetoes
          scheme={scheme}
          rules={vetoRules}
          units={units}
          editing={isEditing ? { href: path, deleteRule: deleteVetoRuleAction } : undefined}
        />
      </section>

      <section aria-labelledby="team-h" className="card grid gap-4 md:grid-cols-2">
        <SchemeTeam
          schemeId={scheme.id}
          reviewers={reviewers}
          candidates={canManageTeam ? await listTeamCandidates(db, scheme.id) : []}
          canEdit={canManageTeam}
          add={addReviewerAction}
          remove={removeReviewerAction}
        />
        <div>
          <h2 className="mb-2 font-semibold">{t("view.indicators")}</h2>
          <p className="text-sm">
            {indicators.length
              ? indicators.map((i) => tc("withNote", { text: i.name, note: i.measure })).join(t("view.listSep"))
              : t("view.noIndicators")}
          </p>
        </div>
      </section>

      {isEditing && (
        <>
          <h2 className="text-xl font-semibold">{t("edit.title")}</h2>
          <div className="grid gap-6 xl:grid-cols-2">
            <SchemeItemForm
              scheme={scheme}
              categories={categories}
              indicators={indicators}
              item={editItem}
              actions={{ create: createItemAction, update: updateItemAction }}
            />
            <SchemePointsForm scheme={scheme} categories={categories} items={items} action={updatePointsAction} />
            <SchemeCategoryForm
              scheme={scheme}
              category={editCategory}
              actions={{ create: createCategoryAction, update: updateCategoryAction }}
            />
            <SchemeVetoForm
              scheme={scheme}
              rule={editVeto}
              actions={{ create: createVetoRuleAction, update: updateVetoRuleAction }}
            />
            <SchemeSettingsForm scheme={scheme} action={updateSettingsAction} />
          </div>
        </>
      )}
    </div>
  );
}
