import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getListHeader, listVersionsOf, listWorkingItems } from "@/db/queries/duties";
import { DUTY_CATEGORIES, TEMPLATE_KEYS } from "@/db/schema";
import { EditorRowButtons } from "@/components/duties/editor-buttons";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { can } from "@/lib/authz";
import { orgDateOf, today as clockToday } from "@/lib/clock";
import { getDates } from "@/components/ui/dates";
import { listLabel } from "@/lib/duties/labels";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { addFromTemplateAction, createItemAction, deleteItemAction, moveItemAction, publishListAction } from "../actions";
import { itemFormFields } from "./item-fields";
import { WorkflowPanel } from "@/components/duties/workflow-panel";
import { listEventsOf, listSignaturesOf, listSignerIds } from "@/db/queries/signoff";
import { canonicalListContent, contentHash } from "@/lib/duties/content";
import { approveListAction, returnListAction, reviewListAction, signListAction, submitListAction } from "../workflow-actions";

export default async function ListPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: listId } = await parsePageParams({ id: pathParam.id }, params);
  const db = await getDb();
  const list = await getListHeader(db, listId);
  if (!list) notFound();
  const today = clockToday();
  const signers = await listSignerIds(db, list, orgDateOf(list.year, today));
  // Those who sign a list may read it: a post's holder, a leader their own list.
  const { viewer, allowed } = await guardPage("duty.view", `/duties/${listId}`, (v) => ({
    unitIds: [list.unitId],
    personId: v.personId != null && signers.includes(v.personId) ? v.personId : null,
    year: list.year,
  }));
  if (!allowed) return <NotPermitted />;
  const [items, versions, events, signatures] = await Promise.all([
    listWorkingItems(db, listId),
    listVersionsOf(db, listId),
    listEventsOf(db, listId),
    listSignaturesOf(db, listId),
  ]);
  const t = await getTranslations("duties");
  const tc = await getTranslations("common");
  const when = await getDates();
  const canEdit = can(viewer, "duty.edit", { unitIds: [list.unitId] }) && (list.status === "draft" || list.status === "published");
  const canPublish = can(viewer, "duty.publish", { unitIds: [list.unitId] }) && (list.status === "draft" || list.status === "approved");
  const business = items.filter((i) => i.kind === "business");
  const textOf = new Map(items.map((i) => [i.itemKey, i.text]));
  const title = listLabel(t, list);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/duties" className="underline">
            {t("list.title")}
          </Link>{" "}
          · {list.year}
        </p>
        <h1 className="text-2xl font-semibold">
          {title} · {list.year}
        </h1>
        <p className="mt-1 text-sm">
          {tc.rich("labelledStrong", { label: t("list.status"), value: t(`enum.status.${list.status}`), b: (c) => <strong>{c}</strong> })}
          {list.publishedVersionNo ? ` · ${t("diff.versionN", { n: String(list.publishedVersionNo) })}` : ` · ${t("list.notPublished")}`}
          {list.status === "draft" && list.publishedVersionNo ? ` · ${t("editor.draftChanges")}` : ""}
        </p>
        {!canEdit && <p className="mt-1 text-sm text-slate-600">{t("editor.readOnly")}</p>}
      </div>

      <WorkflowPanel
        list={list}
        viewer={viewer}
        isSigner={viewer.personId != null && signers.includes(viewer.personId)}
        currentHash={contentHash(canonicalListContent(list, items))}
        events={events}
        signatures={signatures}
        actions={{ submit: submitListAction, review: reviewListAction, sign: signListAction, approve: approveListAction, ret: returnListAction }}
      />

      <section aria-labelledby="items-h" className="card overflow-x-auto">
        <h2 id="items-h" className="mb-2 font-semibold">
          {t("editor.items")}
        </h2>
        {items.length === 0 ? (
          <p className="text-sm">{t("editor.empty")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("editor.no")}</th>
                <th scope="col">{t("editor.category")}</th>
                <th scope="col">{t("editor.kind")}</th>
                <th scope="col">{t("editor.text")}</th>
                <th scope="col">{t("editor.responsibilityType")}</th>
                <th scope="col">{t("editor.scope")}</th>
                <th scope="col">{t("editor.standard")}</th>
                <th scope="col">{t("editor.cadence")}</th>
                <th scope="col">{t("editor.pairedKey")}</th>
                <th scope="col">{t("editor.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i, n) => (
                <tr key={i.id}>
                  <td>{n + 1}</td>
                  <td>{t(`enum.category.${i.category}`)}</td>
                  <td>{t(`enum.kind.${i.kind}`)}</td>
                  <td className="min-w-64">
                    {i.text}
                    {i.supervisedUnitName && <span className="block text-xs text-slate-600">{tc("labelled", { label: t("editor.supervisedUnit"), value: i.supervisedUnitName })}</span>}
                  </td>
                  <td>{t(`enum.responsibilityType.${i.responsibilityType}`)}</td>
                  <td>{i.scope ?? "—"}</td>
                  <td>{i.standard ?? "—"}</td>
                  <td>{t(`enum.cadence.${i.cadence}`)}</td>
                  <td className="text-xs">{i.pairedKey ? (textOf.get(i.pairedKey) ?? "—") : "—"}</td>
                  <td className="min-w-40">
                    <div className="flex flex-col gap-1">
                      {canEdit && (
                        <Link className="text-blue-700 underline" href={`/duties/${listId}/items/${i.id}`} aria-label={tc("labelled", { label: t("editor.edit"), value: i.text.slice(0, 30) })}>
                          {t("editor.edit")}
                        </Link>
                      )}
                      <Link className="text-blue-700 underline" href={`/duties/history?item=${i.itemKey}&date=${today}`}>
                        {t("editor.history")}
                      </Link>
                      {canEdit && (
                        <EditorRowButtons itemId={i.id} version={i.version} label={i.text.slice(0, 30)} moveAction={moveItemAction} deleteAction={deleteItemAction} />
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {canPublish && (
        <section aria-labelledby="pub-h" className="card">
          <h2 id="pub-h" className="mb-2 font-semibold">
            {t("editor.publish")}
          </h2>
          <p className="mb-2 text-sm text-slate-600">{t("editor.publishHelp")}</p>
          <ActionForm
            action={publishListAction}
            submitLabel={t("editor.publishSubmit")}
            successMessage={t("editor.published")}
            fields={[
              { name: "listId", label: "", type: "hidden", defaultValue: listId },
              { name: "version", label: "", type: "hidden", defaultValue: list.version },
            ]}
          />
        </section>
      )}

      {canEdit && (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="add-h" className="card">
            <h2 id="add-h" className="mb-2 font-semibold">
              {t("editor.addItem")}
            </h2>
            <ActionForm
              action={createItemAction}
              submitLabel={t("editor.addItemSubmit")}
              successMessage={t("editor.added")}
              fields={[{ name: "listId", label: "", type: "hidden", defaultValue: listId }, ...itemFormFields(t, business, undefined, DUTY_CATEGORIES)]}
            />
          </section>
          <section aria-labelledby="tpl-h" className="card">
            <h2 id="tpl-h" className="mb-2 font-semibold">
              {t("editor.addTemplate")}
            </h2>
            <ActionForm
              action={addFromTemplateAction}
              submitLabel={t("editor.addTemplateSubmit")}
              successMessage={t("editor.added")}
              fields={[
                { name: "listId", label: "", type: "hidden", defaultValue: listId },
                { name: "templateKey", label: t("editor.templateKey"), type: "select", required: true, options: TEMPLATE_KEYS.map((k) => ({ value: k, label: t(`template.keys.${k}`) })) },
              ]}
            />
          </section>
        </div>
      )}

      <section aria-labelledby="ver-h" className="card">
        <h2 id="ver-h" className="mb-2 font-semibold">
          {t("editor.versions")}
        </h2>
        {versions.length === 0 ? (
          <p className="text-sm">{t("editor.noVersions")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("editor.version")}</th>
                <th scope="col">{t("editor.publishedAt")}</th>
                <th scope="col">{t("list.items")}</th>
                <th scope="col">{t("editor.contentHash")}</th>
                <th scope="col">{t("editor.compare")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <td>{t("diff.versionN", { n: String(v.versionNo) })}</td>
                  <td>{when.date(v.publishedAt)}</td>
                  <td>{v.itemCount}</td>
                  <td className="font-mono text-xs" title={v.contentHash}>
                    {v.contentHash.slice(0, 16)}…
                  </td>
                  <td className="space-x-2">
                    {v.versionNo > 1 && (
                      <Link className="text-blue-700 underline" href={`/duties/${listId}/diff?from=${v.versionNo - 1}&to=${v.versionNo}`}>
                        {t("editor.comparePrev")}
                      </Link>
                    )}
                    {list.status === "draft" && v.versionNo === list.publishedVersionNo && (
                      <Link className="text-blue-700 underline" href={`/duties/${listId}/diff?from=${v.versionNo}&to=draft`}>
                        {t("editor.compareDraft")}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
