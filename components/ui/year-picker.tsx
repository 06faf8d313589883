// The year picker of the year-scoped pages: a plain GET form (`?year=`) with a labelled select, so it works
// without JavaScript and a year's view can be bookmarked. Pages open on the working year
// (lib/years/page-year.ts); the options are the years with data, the working year and the next one.
// `YearNotReady` says what to do about a year with nothing in it yet.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { YearsInfo } from "@/db/queries/years";

type Years = Pick<YearsInfo, "years" | "workingYear">;

/** The options, newest first; a year asked for in the URL is offered even when it has no data. */
function optionsOf(info: Years, year: number | undefined): number[] {
  return [...new Set([...info.years, ...(year === undefined ? [] : [year])])].sort((a, b) => b - a);
}

/** The labelled `<select name="year">`, for a page's own GET filter form. `withAll` adds "all years" (empty). */
export async function YearSelect({ year, info, id = "year", withAll = false }: { year: number | undefined; info: Years; id?: string; withAll?: boolean }) {
  const t = await getTranslations("yearPicker");
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {t("label")}
      </label>
      <select id={id} name="year" className="input" defaultValue={year === undefined ? "" : String(year)}>
        {withAll && <option value="">{t("allYears")}</option>}
        {optionsOf(info, year).map((y) => (
          <option key={y} value={y}>
            {y === info.workingYear ? t("working", { year: y }) : t("option", { year: y })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A GET form choosing the year. `action` defaults to the current page; `keep` carries other parameters. */
export async function YearPicker({
  year,
  info,
  action,
  keep,
  id = "year-picker",
}: {
  year: number;
  info: Years;
  action?: string;
  keep?: Record<string, string | number | null | undefined>;
  id?: string;
}) {
  const t = await getTranslations("yearPicker");
  return (
    <form method="get" action={action} aria-label={t("formLabel")} className="no-print flex flex-wrap items-end gap-2">
      {Object.entries(keep ?? {}).map(([name, value]) =>
        value === undefined || value === null || value === "" ? null : <input key={name} type="hidden" name={name} value={String(value)} />,
      )}
      <YearSelect year={year} info={info} id={id} />
      <button type="submit" className="btn-secondary">
        {t("show")}
      </button>
    </form>
  );
}

/**
 * Shown when the year has nothing at all (no committee, 分管, lists or scheme): for the current or a coming
 * year, that the year rollover prepares it — with a link to it for whoever may run it (the committee
 * office) — and for a past year that nothing was recorded; then a way back to the working year.
 */
export async function YearNotReady({
  year,
  info,
  canRollover,
  workingHref,
}: {
  year: number;
  info: Pick<YearsInfo, "workingYear" | "dataYears">;
  canRollover: boolean;
  /** The page's own address for the working year. */
  workingHref: string;
}) {
  if (info.dataYears.includes(year)) return null;
  const t = await getTranslations("yearPicker");
  const coming = year >= info.workingYear;
  return (
    <div role="status" className="card space-y-1 border-amber-300 bg-amber-50 text-sm text-amber-950">
      <p className="font-medium">{coming ? t("notReady", { year }) : t("pastEmpty", { year })}</p>
      {coming && (canRollover ? <p>{t("notReadyOffice")}</p> : <p>{t("notReadyOthers", { year })}</p>)}
      {((coming && canRollover) || year !== info.workingYear) && (
        <p className="flex flex-wrap gap-3">
          {coming && canRollover && (
            <Link href="/rollover" className="text-blue-700 underline">
              {t("rolloverLink")}
            </Link>
          )}
          {year !== info.workingYear && (
            <Link href={workingHref} className="text-blue-700 underline">
              {t("backToWorking", { year: info.workingYear })}
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
