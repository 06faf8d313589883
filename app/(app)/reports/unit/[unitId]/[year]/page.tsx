// 考核评分表 of one unit and year, in the edition the download renders (server/reports/source): as frozen in
// the asked (`?edition=<id>`) or the year's standing approved annual report, else the stored scores (totals
// and grades once the committee has decided). The office, chairs and leaders open any unit's sheet; a unit
// head or liaison only their own unit's.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDates } from "@/components/ui/dates";
import { getDb } from "@/db/client";
import { ReportPrintStyle } from "@/components/reports/print-style";
import { ScoreSheetView } from "@/components/reports/score-sheet";
import { PrintButton } from "@/components/duties/print-button";
import { NotPermitted } from "@/components/ui/not-permitted";
import { canViewBureauReport } from "@/lib/reports/access";
import { guardScoreSheet } from "../../../guard";
import { parsePageParams, parseSearchParams } from "@/server/page-params";
import { pathParam, queryParam } from "@/lib/url-params";
import { DownloadLink } from "@/components/reports/download-link";
import { isTampered, sheetSource, shownSource } from "@/server/reports/source";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ unitId: string; year: string }>;
  searchParams: Promise<{ edition?: string | string[] }>;
};

export default async function ScoreSheetPage({ params, searchParams }: Props) {
  const { year, unitId } = await parsePageParams({ year: pathParam.year, unitId: pathParam.id }, params);
  const { viewer, allowed } = await guardScoreSheet(`/reports/unit/${unitId}/${year}`, unitId, year);
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("reports.sheet");
  const tp = await getTranslations("reports.page");
  const dates = await getDates();
  const db = await getDb();
  // An id that is no approved edition of this year falls back to the default edition.
  const asked = (await parseSearchParams({ edition: queryParam.id }, searchParams)).edition ?? null;
  const { source } = await shownSource(asked, (id) => sheetSource(db, year, unitId, id));
  const tampered = isTampered(source);
  const frozen = tampered || source.from === "approved" ? source.report : null;
  const sheet = tampered ? null : source.sheet;
  const query = frozen ? `&edition=${frozen.id}` : "";
  return (
    <div className="space-y-4">
      <ReportPrintStyle landscape />
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
      {tampered ? (
        <p role="alert" className="card text-sm font-medium text-red-700">
          {tp("tampered")}
        </p>
      ) : sheet ? (
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
