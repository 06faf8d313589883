// The body of the annual report (年度安全生产责任制落实情况报告) as a web page: sections 一 to 六 and the
// appendices, from the report data only (live for a draft, the frozen snapshot for an approved edition). Its
// tables are the files' tables (lib/reports/annual-tables.ts), rendered by ReportTable.
// The report is a document filed in Chinese, so its wording is always the zh messages, whatever the
// interface language around it.
import { getTranslations } from "next-intl/server";
import type { AnnualReportData } from "@/lib/reports/types";
import { basicsCounts, casesTable, resultsTable, sanctionsTable, workTable } from "@/lib/reports/annual-tables";
import { AnnualAppendices } from "./annual-appendices";
import { ReportTable, TextParagraphs } from "./doc-table";

export type SheetHref = (unitId: number) => string | null;

/** `edition`: the line the files print under the title (草稿, or the approved edition with its hash); printed
 * here too, where the page's own box about the edition is left out of print. */
export async function AnnualReport({
  data,
  sheetHref,
  edition = null,
}: {
  data: AnnualReportData;
  sheetHref: SheetHref;
  edition?: string | null;
}) {
  const t = await getTranslations({ locale: "zh", namespace: "reports.doc" });
  const list = (xs: string[]) => xs.join("、");
  const c = data.committee;
  const h = data.hazardsSummary;
  const a = data.accidentsSummary;
  const decided = data.results.filter((r) => r.total != null);
  const vetoed = data.results.filter((r) => r.vetoed);
  const grades = data.gradeCounts.filter((g) => g.count > 0).map((g) => `${g.label}${g.count}个`);
  return (
    <article lang="zh-CN" aria-labelledby="report-title" className="mx-auto max-w-4xl space-y-4 bg-white leading-8 print:max-w-none">
      <header className="space-y-1 text-center">
        <h2 id="report-title" className="text-2xl font-bold tracking-wide">
          {t("title", { year: data.year })}
        </h2>
        <p>{data.bureauName}</p>
        {edition && <p className="hidden print:block">{edition}</p>}
      </header>

      <section aria-labelledby="s1" className="space-y-2">
        <h3 id="s1" className="text-lg font-bold">
          {t("s1")}
        </h3>
        <p className="indent-8">
          {c.chair || c.officeUnit
            ? t("committee", { chair: c.chair ?? "—", vice: list(c.viceChairs) || "—", members: c.members, office: c.officeUnit ?? "—" })
            : t("noCommittee")}
        </p>
        <p className="indent-8">
          {t("counts", basicsCounts(data))}
        </p>
        <p className="indent-8">{data.indicators.length ? t("indicators", { count: data.indicators.length }) : t("noIndicators")}</p>
      </section>

      <section aria-labelledby="s2" className="space-y-2">
        <h3 id="s2" className="text-lg font-bold">
          {t("s2")}
        </h3>
        <p className="indent-8">{t("workIntro")}</p>
        <ReportTable table={workTable(data)} />
        <p className="indent-8">{t("hazards", { ...h })}</p>
        <p className="indent-8">
          {a.total
            ? t("accidents", {
                total: a.total,
                levels: list(Object.entries(a.byLevel).map(([level, count]) => `${level}${count}起`)),
                late: a.late,
              })
            : t("noAccidents")}
        </p>
      </section>

      <section aria-labelledby="s3" className="space-y-2">
        <h3 id="s3" className="text-lg font-bold">
          {t("s3")}
        </h3>
        {data.results.length === 0 ? (
          <p className="indent-8">{t("noAssessment")}</p>
        ) : decided.length === 0 ? (
          <p className="indent-8">{t("notDecided", { status: data.assessmentStatus ?? "—", count: data.results.length })}</p>
        ) : (
          <>
            <p className="indent-8">
              {t("resultsIntro", { count: data.results.length, status: data.assessmentStatus ?? "—", grades: list(grades) || "—" })}
            </p>
            {vetoed.map((r) => (
              <p key={r.unitId} className="indent-8">
                {t("veto", {
                  unit: r.unitName,
                  rule: list(r.vetoes.map((v) => v.name)),
                  grade: r.gradeLabel ?? "—",
                  basis: r.vetoes.map((v) => v.basis).join("；") || "—",
                })}
              </p>
            ))}
          </>
        )}
        {data.results.length > 0 && <ReportTable table={resultsTable(data)} />}
      </section>

      <section aria-labelledby="s4" className="space-y-2">
        <h3 id="s4" className="text-lg font-bold">
          {t("s4")}
        </h3>
        {data.sanctions.length ? (
          <>
            <p className="indent-8">{t("sanctionsIntro", { count: data.sanctions.length })}</p>
            <ReportTable table={sanctionsTable(data)} />
          </>
        ) : (
          <p className="indent-8">{t("noSanctions")}</p>
        )}
        {data.cases.length ? (
          <>
            <p className="indent-8">{t("casesIntro", { count: data.cases.length })}</p>
            <ReportTable table={casesTable(data)} />
          </>
        ) : (
          <p className="indent-8">{t("noCases")}</p>
        )}
      </section>

      <section aria-labelledby="s5" className="space-y-2">
        <h3 id="s5" className="text-lg font-bold">
          {t("s5")}
        </h3>
        <TextParagraphs text={data.problems} empty={t("emptyText")} />
      </section>

      <section aria-labelledby="s6" className="space-y-2">
        <h3 id="s6" className="text-lg font-bold">
          {t("s6")}
        </h3>
        <TextParagraphs text={data.plans} empty={t("emptyText")} />
      </section>

      <p className="pt-6 text-right">{t("closing", { bureau: data.bureauName })}</p>

      <AnnualAppendices data={data} sheetHref={sheetHref} />
    </article>
  );
}
