import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Values = { actor?: string; action?: string; objectType?: string; result?: string; from?: string; to?: string };

/** A plain GET form: the filter lives in the URL, so a filtered view can be bookmarked and shared. */
export async function AuditFilterForm({ values, results }: { values: Values; results: readonly string[] }) {
  const t = await getTranslations("audit");
  const tc = await getTranslations("common");
  const input = (name: keyof Values, type: "text" | "date" = "text") => (
    <div className="min-w-36">
      <label htmlFor={`af-${name}`} className="mb-1 block text-sm font-medium">
        {t(`filter.${name}`)}
      </label>
      <input id={`af-${name}`} name={name} type={type} className="input" defaultValue={values[name] ?? ""} maxLength={64} />
    </div>
  );
  return (
    <form method="get" action="/audit" role="search" aria-label={t("filter.label")} className="card flex flex-wrap items-end gap-3">
      {input("actor")}
      {input("action")}
      {input("objectType")}
      <div className="min-w-28">
        <label htmlFor="af-result" className="mb-1 block text-sm font-medium">
          {t("filter.result")}
        </label>
        <select id="af-result" name="result" className="input" defaultValue={values.result ?? ""}>
          <option value="">{tc("all")}</option>
          {results.map((r) => (
            <option key={r} value={r}>
              {t(`results.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {input("from", "date")}
      {input("to", "date")}
      <div className="flex gap-2">
        <button type="submit" className="btn">
          {t("filter.submit")}
        </button>
        <Link href="/audit" className="btn-secondary" prefetch={false}>
          {t("filter.clear")}
        </Link>
      </div>
    </form>
  );
}
