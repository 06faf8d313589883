// 覆盖检查 (横向到边、纵向到底): the year's gaps first, each with who must close it, then the unit × category
// matrix. Eight queries whatever the size of the bureau (the bureau's years, six for the data, one for the
// texts of the items shown); the rules are plain functions in lib/coverage. Opens on the working year.
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getCoverageData, getPublishedItemTexts, itemTextKey } from "@/db/queries/coverage";
import { CoverageFilter } from "@/components/coverage/coverage-filter";
import { CoverageMatrixTable } from "@/components/coverage/coverage-matrix";
import { GapPager } from "@/components/coverage/gap-pager";
import { GapSummary } from "@/components/coverage/gap-summary";
import { GapTable } from "@/components/coverage/gap-table";
import { NotPermitted } from "@/components/ui/not-permitted";
import { YearNotReady } from "@/components/ui/year-picker";
import { hasPermission } from "@/lib/authz";
import { computeCoverage } from "@/lib/coverage/coverage";
import type { Gap } from "@/lib/coverage/types";
import { unitTreeOrder } from "@/lib/coverage/units";
import { today } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { loadYearsInfo } from "@/server/years/page-year";
import { coverageHref, parseCoverageParams, type SearchParams } from "./params";

const PAGE_SIZE = 200;

export default async function CoveragePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Coverage is not secret: everyone with coverage.view (unit heads included) sees the whole bureau.
  const { viewer, allowed } = await guardPage("coverage.view", "/coverage");
  if (!allowed) return <NotPermitted />;
  const info = await loadYearsInfo();
  const p = parseCoverageParams(await searchParams, info.workingYear);
  const db = await getDb();
  const input = await getCoverageData(db, p.year, today());
  const unitId = p.unitId && input.units.some((u) => u.id === p.unitId) ? p.unitId : undefined;
  const invalid = p.unitId && !unitId ? [...p.invalid, "unit"] : p.invalid;
  const result = computeCoverage(input, { unitId });
  const shown = p.kind ? result.gaps.filter((g) => g.kind === p.kind) : result.gaps;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(p.page, pages);
  const from = (page - 1) * PAGE_SIZE;
  const pageGaps = shown.slice(from, from + PAGE_SIZE);
  // One more query, for this page's rows only: the text of the items an item-level gap names.
  const texts = await getPublishedItemTexts(
    db,
    pageGaps.flatMap((g) => (g.listId ? (g.itemKeys ?? []).map((itemKey) => ({ listId: g.listId!, itemKey })) : [])),
  );
  const examplesOf = (g: Gap) =>
    g.listId ? (g.itemKeys ?? []).map((k) => texts.get(itemTextKey(g.listId!, k)) ?? k) : [];
  const units = unitTreeOrder(input.units).map(({ unit, depth }) => ({ id: unit.id, name: unit.name, depth }));
  const t = await getTranslations("coverage");
  const tc = await getTranslations("common");
  const base = { year: p.year, unitId, kind: p.kind };
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro", { year: p.year })}</p>
      </div>
      <CoverageFilter year={p.year} unitId={unitId} kind={p.kind} units={units} years={info} />
      <YearNotReady year={p.year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref="/coverage" />
      {invalid.length > 0 && (
        <p role="alert" className="text-sm text-amber-800">
          {t("filter.ignored", { fields: invalid.map((f) => t(`filter.${f}`)).join(tc("listSep")) })}
        </p>
      )}
      <section aria-labelledby="cov-gaps-h" className="space-y-3">
        <h2 id="cov-gaps-h" className="text-lg font-semibold">
          {t("gaps.title")}
        </h2>
        <GapSummary
          counts={result.counts}
          current={p.kind}
          hrefFor={(kind) => coverageHref({ ...base, kind: p.kind === kind ? undefined : kind })}
        />
        {shown.length === 0 ? (
          <p className="card text-sm text-green-800">
            {p.kind || unitId ? t("gaps.noneFiltered") : t("gaps.none", { year: p.year })}
          </p>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              {shown.length > PAGE_SIZE
                ? t("gaps.range", { from: from + 1, to: from + pageGaps.length, total: shown.length })
                : t("gaps.total", { count: shown.length })}
            </p>
            <GapTable gaps={pageGaps} caption={t("gaps.title")} examplesOf={examplesOf} />
            <GapPager page={page} pages={pages} hrefFor={(n) => coverageHref({ ...base, page: n })} />
          </>
        )}
      </section>
      <section aria-labelledby="cov-matrix-h" className="space-y-3">
        <h2 id="cov-matrix-h" className="text-lg font-semibold">
          {t("matrix.title")}
        </h2>
        <p className="text-sm text-slate-700">
          {t("matrix.help")} {t("matrix.emptyCells", { count: result.matrix.emptyCells })}
        </p>
        <CoverageMatrixTable
          matrix={result.matrix}
          caption={t("matrix.title")}
          unitHref={(id) => coverageHref({ year: p.year, unitId: id, kind: p.kind })}
        />
      </section>
    </div>
  );
}
