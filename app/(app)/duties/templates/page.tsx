import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listTemplates } from "@/db/queries/duties";
import { TEMPLATE_KEYS } from "@/db/schema";
import { NotPermitted } from "@/components/ui/not-permitted";
import { guardPage } from "@/server/page-guard";

export default async function TemplatesPage() {
  const { allowed } = await guardPage("template.manage", "/duties/templates");
  if (!allowed) return <NotPermitted />;
  const templates = await listTemplates(await getDb());
  const t = await getTranslations("duties");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("template.title")}</h1>
      {TEMPLATE_KEYS.map((key) => {
        const items = templates.filter((x) => x.templateKey === key);
        const textOf = new Map(items.map((i) => [i.ref, i.text]));
        return (
          <section key={key} aria-labelledby={`tpl-${key}`} className="card overflow-x-auto">
            <h2 id={`tpl-${key}`} className="mb-2 font-semibold">
              {t(`template.keys.${key}`)} <span className="text-sm font-normal text-slate-600">{t("template.items", { count: items.length })}</span>
            </h2>
            {items.length > 0 && (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t("editor.category")}</th>
                    <th scope="col">{t("editor.kind")}</th>
                    <th scope="col">{t("editor.text")}</th>
                    <th scope="col">{t("editor.responsibilityType")}</th>
                    <th scope="col">{t("editor.standard")}</th>
                    <th scope="col">{t("editor.legalBasis")}</th>
                    <th scope="col">{t("editor.pairedKey")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr key={i.id}>
                      <td>{t(`enum.category.${i.category}`)}</td>
                      <td>{t(`enum.kind.${i.kind}`)}</td>
                      <td>{i.text}</td>
                      <td>{t(`enum.responsibilityType.${i.responsibilityType}`)}</td>
                      <td>{i.standard ?? "—"}</td>
                      <td>{i.legalBasis ?? "—"}</td>
                      <td className="text-xs">{i.pairedRef ? (textOf.get(i.pairedRef) ?? "—") : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
