import { getTranslations } from "next-intl/server";
import type { YearsInfo } from "@/db/queries/years";
import { YearSelect } from "@/components/ui/year-picker";
import { GAP_KINDS } from "@/lib/coverage/types";

type UnitOption = { id: number; name: string; depth: number };

/** A plain GET form: a filtered view is a URL that can be bookmarked and sent to a unit. */
export async function CoverageFilter({
  year,
  unitId,
  kind,
  units,
  years,
}: {
  year: number;
  years: Pick<YearsInfo, "years" | "workingYear">;
  unitId?: number;
  kind?: string;
  units: UnitOption[];
}) {
  const t = await getTranslations("coverage");
  return (
    <form
      method="get"
      action="/coverage"
      role="search"
      aria-label={t("filter.label")}
      className="card flex flex-wrap items-end gap-3 no-print"
    >
      <YearSelect year={year} info={years} id="cov-year" />
      <div className="min-w-56">
        <label htmlFor="cov-unit" className="mb-1 block text-sm font-medium">
          {t("filter.unit")}
        </label>
        <select id="cov-unit" name="unit" className="input" defaultValue={unitId ? String(unitId) : ""}>
          <option value="">{t("filter.allUnits")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {"\u3000".repeat(Math.min(u.depth, 4)) + u.name}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-56">
        <label htmlFor="cov-kind" className="mb-1 block text-sm font-medium">
          {t("filter.kind")}
        </label>
        <select id="cov-kind" name="kind" className="input" defaultValue={kind ?? ""}>
          <option value="">{t("filter.allKinds")}</option>
          {GAP_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn">
        {t("filter.apply")}
      </button>
    </form>
  );
}
