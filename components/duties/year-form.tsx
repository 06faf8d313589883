import { getTranslations } from "next-intl/server";

/** A plain GET form choosing the year (`?year=`), so a year's sheet can be bookmarked. */
export async function YearForm({ year }: { year: number }) {
  const t = await getTranslations("duties.sheet");
  return (
    <form method="get" aria-label={t("yearForm")} className="no-print flex items-end gap-2">
      <div>
        <label htmlFor="duty-year" className="mb-1 block text-sm font-medium">
          {t("year")}
        </label>
        <input
          id="duty-year"
          name="year"
          type="number"
          min={2000}
          max={2100}
          step={1}
          defaultValue={year}
          className="input w-28"
        />
      </div>
      <button type="submit" className="btn-secondary">
        {t("show")}
      </button>
    </form>
  );
}
