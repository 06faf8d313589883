// 考核评分表 of one unit and year: the stored scores (totals and grades once the committee has decided),
// or, with `?edition=<id>`, the sheet as frozen in an approved annual report. The office, chairs and
// leaders open any unit's sheet; a unit head or liaison only their own unit's.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDates } from "@/components/ui/dates";
import { getDb } from "@/db/client";
import { getReportEdition } from "@/db/queries/reports";
import { getScoreSheet } from "@/db/queries/report-sheets";
import { ReportPrintStyle } from "@/components/reports/print-style";
import { ScoreSheetView } from "@/components/reports/score-sheet";
import { PrintButton } from "@/components/duties/print-button";
import { NotPermitted } from "@/components/ui/not-permitted";
import { canViewBureauReport } from "@/lib/reports/access";
import { guardScoreSheet, idParam, yearParam } from "../../../guard";
import { DownloadLink } from "@/components/reports/download-link";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ unitId: string; year: string }>;
  searchParams: Promise<{ edition?: string | string[] }>;
};

export default async function ScoreSheetPage({ params, searchParams }: Props) {
  const p = await params;
  const year = yearParam(p.year);
  const unitId = idParam(p.unitId) ?? 0;
  const { viewer, allowed } = await guardScoreSheet(`/reports/unit/${p.unitId}/${year}`, unitId, year);
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("reports.sheet");
  const tp = await getTranslations("reports.page");
  const dates = await getDates();
  const db = await getDb();
  const editionId = idParam((await searchParams).edition);
  const edition = editionId != null ? await getReportEdition(db, editionId) : undefined;
  // Only an approved edition of this year is read; anything else falls back to the stored scores.
  const frozen = edition?.status === "approved" && edition.year === year ? edition : undefined;
  const sheet = frozen ? frozen.snapshot?.scoreSheets.find((s) => s.unitId === unitId) : await getScoreSheet(db, year, unitId);
  const query = frozen ? `&edition=${frozen.id}` : "";
  return (
    <div className="space-y-4">
      <ReportPrintStyle />
      <div className="no-print flex flex-wrap items-center justify-between gap-3 text-sm">
        {canViewBureauReport(viewer) ? (
          <Link className="text-blue-700 underline" href={`/reports/${year}${frozen ? `?edition=${frozen.id}` : ""}#appendix-3`}>
            {t("back", { year })}
          </Link>
        ) : (
          <Link className="text-blue-700 underline" href="/reports">
            {t("backIndex")}
          </Link>
        )}
        {sheet && (
          <div className="flex flex-wrap items-center gap-3">
            <span className="font-medium">{tp("downloadsLabel")}</span>
            {(["docx", "pdf", "xlsx"] as const).map((f) => (
              <DownloadLink key={f} href={`/api/reports/unit/${unitId}/${year}?format=${f}${query}`} label={tp(`download.${f}`)} fallbackName={`report.${f}`} />
            ))}
            <PrintButton label={tp("print")} />
          </div>
        )}
      </div>
      {frozen && (
        <p className="text-sm text-slate-700">{t("fromEdition", { time: dates.dateTime(frozen.approvedAt) })}</p>
      )}
      {sheet ? (
        <div className="card overflow-x-auto print:border-0 print:p-0 print:shadow-none">
          <ScoreSheetView sheet={sheet} headingLevel={1} />
        </div>
      ) : (
        <p className="card text-sm" role="status">
          {t("none")}
        </p>
      )}
    </div>
  );
}
