import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { YearsInfo } from "@/db/queries/years";
import { YearSelect } from "@/components/ui/year-picker";

type Option = { id: number; name: string };

/** A plain GET form: a filtered board is a URL that can be bookmarked and sent on. */
export async function BoardFilter(props: {
  year: number;
  years: Pick<YearsInfo, "years" | "workingYear">;
  unitId?: number;
  leaderId?: number;
  units: Option[];
  leaders: Option[];
}) {
  const { year, years, unitId, leaderId, units, leaders } = props;
  const t = await getTranslations("signing.filter");
  return (
    <form method="get" action="/signing" role="search" aria-label={t("label")} className="card no-print flex flex-wrap items-end gap-3">
      <YearSelect year={year} info={years} id="sig-year" />
      <div className="min-w-56">
        <label htmlFor="sig-unit" className="mb-1 block text-sm font-medium">
          {t("unit")}
        </label>
        <select id="sig-unit" name="unit" className="input" defaultValue={unitId ? String(unitId) : ""}>
          <option value="">{t("allUnits")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48">
        <label htmlFor="sig-leader" className="mb-1 block text-sm font-medium">
          {t("leader")}
        </label>
        <select id="sig-leader" name="leader" className="input" defaultValue={leaderId ? String(leaderId) : ""}>
          <option value="">{t("allLeaders")}</option>
          {leaders.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn">
        {t("apply")}
      </button>
      {(unitId || leaderId) && (
        <Link href={`/signing?year=${year}`} className="text-sm text-blue-700 underline">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
