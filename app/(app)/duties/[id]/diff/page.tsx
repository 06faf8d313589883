import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getListHeader, listVersionItemsOf, listWorkingItems } from "@/db/queries/duties";
import { NotPermitted } from "@/components/ui/not-permitted";
import { diffItems, type ItemContent, type ItemField } from "@/lib/duties/content";
import { listLabel } from "@/lib/duties/labels";
import { guardPage } from "@/server/page-guard";
import { parsePageParams, parseSearchParams } from "@/server/page-params";
import { pathParam, queryParam } from "@/lib/url-params";

const FIELD_KEYS: Record<ItemField, string> = {
  text: "editor.text",
  category: "editor.category",
  kind: "editor.kind",
  responsibilityType: "editor.responsibilityType",
  legalBasis: "editor.legalBasis",
  scope: "editor.scope",
  standard: "editor.standard",
  cadence: "editor.cadence",
  evidenceRequired: "editor.evidenceRequired",
  pairedKey: "editor.pairedKey",
  supervisedUnitId: "editor.supervisedUnit",
};

export default async function DiffPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const { id: listId } = await parsePageParams({ id: pathParam.id }, params);
  // Both ends are needed: without them there is nothing to compare.
  const { from, to } = await parseSearchParams({ from: queryParam.version, to: queryParam.oneOf(["draft"]).or(queryParam.version) }, searchParams);
  if (!from || !to) notFound();
  const db = await getDb();
  const list = await getListHeader(db, listId);
  if (!list) notFound();
  const { allowed } = await guardPage("duty.view", `/duties/${listId}/diff`, () => ({ unitIds: [list.unitId], year: list.year }));
  if (!allowed) return <NotPermitted />;
  const [before, after] = await Promise.all([
    listVersionItemsOf(db, listId, from),
    to === "draft" ? listWorkingItems(db, listId) : listVersionItemsOf(db, listId, to),
  ]);
  const t = await getTranslations("duties");
  const tc = await getTranslations("common");
  const diffs = diffItems(before as ItemContent[], after as ItemContent[]);
  const show = (item: ItemContent, f: ItemField) => {
    const v = item[f];
    if (v == null || v === "") return "—";
    if (f === "category" || f === "kind" || f === "responsibilityType" || f === "cadence") return t(`enum.${f}.${v}`);
    return String(v);
  };
  const label = (n: number | "draft") => (n === "draft" ? t("diff.draft") : t("diff.versionN", { n: String(n) }));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href={`/duties/${listId}`}>
          {t("editor.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        {tc("labelled", { label: t("diff.title"), value: `${listLabel(t, list)} · ${list.year}` })}
      </h1>
      <p className="text-sm">
        {tc("labelled", { label: t("diff.from"), value: label(from) })} → {tc("labelled", { label: t("diff.to"), value: label(to) })}
      </p>
      {diffs.length === 0 ? (
        <p className="card">{t("diff.none")}</p>
      ) : (
        <table className="table card">
          <thead>
            <tr>
              <th scope="col">{t("diff.change")}</th>
              <th scope="col">{t("diff.item")}</th>
              <th scope="col">{t("diff.fields")}</th>
              <th scope="col">{t("diff.before")}</th>
              <th scope="col">{t("diff.after")}</th>
            </tr>
          </thead>
          <tbody>
            {diffs.flatMap((d) => {
              if (d.type === "changed") {
                return d.fields.map((f, i) => (
                  <tr key={`${d.itemKey}-${f}`}>
                    {i === 0 && <td rowSpan={d.fields.length}>{t("diff.changed")}</td>}
                    {i === 0 && <td rowSpan={d.fields.length}>{d.before.text}</td>}
                    <td>{t(FIELD_KEYS[f])}</td>
                    <td className="bg-red-50">
                      <del>{show(d.before, f)}</del>
                    </td>
                    <td className="bg-green-50">
                      <ins className="no-underline">{show(d.after, f)}</ins>
                    </td>
                  </tr>
                ));
              }
              const item = d.type === "removed" ? d.before : d.after;
              return [
                <tr key={d.itemKey}>
                  <td>{t(`diff.${d.type}`)}</td>
                  <td>{item.text}</td>
                  <td>—</td>
                  <td className={d.type === "removed" ? "bg-red-50" : ""}>{d.type === "added" ? "—" : <del>{item.text}</del>}</td>
                  <td className={d.type === "added" ? "bg-green-50" : ""}>{d.type === "removed" ? "—" : <ins className="no-underline">{item.text}</ins>}</td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
