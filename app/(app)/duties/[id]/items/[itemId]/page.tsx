import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getListHeader, getWorkingItem, listWorkingItems } from "@/db/queries/duties";
import { DUTY_CATEGORIES } from "@/db/schema";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { listLabel } from "@/lib/duties/labels";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { updateItemAction } from "../../../actions";
import { itemFormFields } from "../../item-fields";

export default async function EditItemPage({ params }: { params: Promise<{ id: string; itemId: string }> }) {
  const { id: listId, itemId: iid } = await parsePageParams({ id: pathParam.id, itemId: pathParam.id }, params);
  const db = await getDb();
  const row = await getWorkingItem(db, iid);
  if (!row || row.list.id !== listId) notFound();
  const { allowed } = await guardPage("duty.edit", `/duties/${listId}/items/${iid}`, () => ({ unitIds: [row.list.unitId] }));
  if (!allowed) return <NotPermitted />;
  const [list, items] = await Promise.all([getListHeader(db, listId), listWorkingItems(db, listId)]);
  const t = await getTranslations("duties");
  const tc = await getTranslations("common");
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href={`/duties/${listId}`}>
          {tc("labelled", { label: t("editor.back"), value: `${list ? listLabel(t, list) : ""} · ${row.list.year}` })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("editor.editTitle")}</h1>
      <div className="card">
        <ActionForm
          action={updateItemAction}
          resetOnSuccess={false}
          submitLabel={tc("save")}
          successMessage={t("editor.saved")}
          fields={[
            { name: "itemId", label: "", type: "hidden", defaultValue: iid },
            { name: "version", label: "", type: "hidden", defaultValue: row.item.version },
            ...itemFormFields(t, items.filter((i) => i.kind === "business"), row.item, DUTY_CATEGORIES),
          ]}
        />
      </div>
    </div>
  );
}
