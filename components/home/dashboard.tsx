// 统计图表 on the home page of the committee, its office and the leaders: signing progress per level of the
// cascade, the units with the most coverage gaps, the score distribution of the latest decided year, and
// the years side by side. Read in a fixed number of queries (signing progress counted in SQL by the board's
// rules, the coverage inputs and rules, the stored results per year), drawn as SVG on the server.
import Link from "next/link";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { readDashboard } from "@/server/reads";
import { distributionOf } from "@/lib/assessment/distribution";
import { DistributionChart } from "@/components/assessment/results-charts";
import { computeGaps } from "@/lib/coverage/gaps";
import { requireViewer } from "@/server/auth/viewer";
import { today as clockToday } from "@/lib/clock";
import { BarChart, type BarRow } from "./dashboard-charts";
import { getGradeName } from "@/components/assessment/grade-name";

export const DASHBOARD_ROLES = new Set(["committee_office", "committee_chair", "committee_member", "leader"]);
const GRADE_COLORS = ["#15803d", "#1d4ed8", "#d97706", "#b91c1c", "#64748b"];
const TOP_UNITS = 10;

/** The charts of year `year` (the home page's year: the working year unless picked) stream in after the rest
 * of the home page: on a province-sized organisation the coverage rules and the signing count take a second
 * or more. */
export async function Dashboard({ year }: { year: number }) {
  const viewer = await requireViewer();
  if (!viewer.roles.some((r) => DASHBOARD_ROLES.has(r))) return null;
  const t = await getTranslations("dashboard");
  return (
    <Suspense
      fallback={
        <p role="status" className="card text-sm text-slate-600">
          {t("loading")}
        </p>
      }
    >
      <DashboardCharts year={year} />
    </Suspense>
  );
}

async function DashboardCharts({ year }: { year: number }) {
  const t = await getTranslations("dashboard");
  const gradeLabel = await getGradeName();
  const today = clockToday();
  const { levels, coverage, results } = await readDashboard(year, today);

  const pct = (done: number, total: number) => (total ? Math.floor((done * 100) / total) : 0);
  const signingRows: BarRow[] = levels.flatMap((l) => [
    {
      label: t(`levels.${l.level}`),
      segments: [{ value: pct(l.pledgesDone, l.pledgesTotal), color: "#1d4ed8", name: t("pledges") }],
      text: `${l.pledgesDone}/${l.pledgesTotal}`,
    },
    {
      label: "",
      segments: [{ value: pct(l.listsDone, l.listsTotal), color: "#15803d", name: t("lists") }],
      text: `${l.listsDone}/${l.listsTotal}`,
    },
  ]);

  const gapsByUnit = new Map<number, { name: string; count: number }>();
  for (const g of computeGaps(coverage)) {
    const u = gapsByUnit.get(g.unitId) ?? { name: g.unitName, count: 0 };
    u.count += 1;
    gapsByUnit.set(g.unitId, u);
  }
  const topGaps = [...gapsByUnit.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh")).slice(0, TOP_UNITS);

  const latest = results[results.length - 1];
  const maxUnits = Math.max(1, ...results.map((r) => r.totals.length));
  const bandsOf = (r: (typeof results)[number]) =>
    r.bands.map((b, i) => ({ ...b, label: gradeLabel(r.bands, b.key), color: GRADE_COLORS[Math.min(i, GRADE_COLORS.length - 1)] }));
  const allBands = latest ? bandsOf(latest) : [];

  return (
    <section aria-labelledby="dashboard-h" className="space-y-3">
      <h2 id="dashboard-h" className="font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-3 lg:grid-cols-2">
        <div>
          <BarChart
            id="dash-signing"
            title={t("signing", { year })}
            ariaLabel={t("signingAria", { year })}
            rows={signingRows}
            max={100}
            table={{
              headers: [t("level"), `${t("pledges")} ${t("done")}`, `${t("pledges")} ${t("due")}`, `${t("lists")} ${t("done")}`, `${t("lists")} ${t("due")}`],
              rows: levels.map((l) => [t(`levels.${l.level}`), l.pledgesDone, l.pledgesTotal, l.listsDone, l.listsTotal]),
            }}
          />
          <Link className="text-sm text-blue-700 underline" href={`/signing?year=${year}`}>
            {t("more")}
          </Link>
        </div>
        <div>
          {topGaps.length ? (
            <BarChart
              id="dash-coverage"
              title={t("coverage", { year })}
              ariaLabel={t("coverageAria", { year, count: topGaps.length })}
              rows={topGaps.map((u) => ({ label: u.name, segments: [{ value: u.count, color: "#d97706", name: t("gaps") }], text: String(u.count) }))}
              max={topGaps[0].count}
              table={{ headers: [t("unit"), t("gaps")], rows: topGaps.map((u) => [u.name, u.count]) }}
            />
          ) : (
            <p className="card text-sm">{t("noGaps")}</p>
          )}
          <Link className="text-sm text-blue-700 underline" href={`/coverage?year=${year}`}>
            {t("more")}
          </Link>
        </div>
        <div>
          {latest ? (
            <section aria-label={t("scores", { year: latest.year })}>
              <p className="mb-1 text-sm font-medium">{t("scores", { year: latest.year })}</p>
              <DistributionChart buckets={distributionOf(latest.totals)} idPrefix="dash-dist" />
              <Link className="text-sm text-blue-700 underline" href={`/assessment/${latest.year}/results`}>
                {t("more")}
              </Link>
            </section>
          ) : (
            <p className="card text-sm">{t("noScores")}</p>
          )}
        </div>
        {results.length > 0 && (
          <div>
            <BarChart
              id="dash-years"
              title={t("years")}
              ariaLabel={t("yearsAria")}
              rows={results.map((r) => ({
                label: String(r.year),
                segments: bandsOf(r).map((b) => ({ value: r.grades[b.key] ?? 0, color: b.color, name: b.label })),
                text: `${t("average")} ${r.average?.toFixed(1) ?? "—"}`,
              }))}
              max={maxUnits}
              table={{
                headers: [t("year"), t("average"), ...allBands.map((b) => b.label)],
                rows: results.map((r) => [r.year, r.average?.toFixed(1) ?? "—", ...allBands.map((b) => r.grades[b.key] ?? 0)]),
              }}
            />
            <Link className="text-sm text-blue-700 underline" href="/reports">
              {t("more")}
            </Link>
          </div>
        )}
      </div>
    </section>
  );
}
