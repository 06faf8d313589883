import { getTranslations } from "next-intl/server";

/** A GET search form with one labelled field `q`, for list pages. */
export async function SearchBox({ action, id, label, value }: { action: string; id: string; label: string; value?: string | null }) {
  const t = await getTranslations("common");
  return (
    <form method="get" action={action} role="search" aria-label={label} className="flex items-end gap-2">
      <div className="min-w-64">
        <label htmlFor={id} className="mb-1 block text-sm font-medium">
          {label}
        </label>
        <input id={id} name="q" className="input" defaultValue={value ?? ""} maxLength={64} />
      </div>
      <button type="submit" className="btn-secondary">
        {t("search")}
      </button>
    </form>
  );
}
