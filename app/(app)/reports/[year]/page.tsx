// 年度安全生产责任制落实情况报告 on the web: the working draft from live records, or an approved edition
// from its frozen snapshot (never re-assembled), with its hash checked — the edition the downloads render
// (server/reports/source). `?edition=<id>` opens an older approved edition. The committee office edits the
// draft's texts, approves it, and starts a new draft.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDates } from "@/components/ui/dates";
import { getDb } from "@/db/client";
import { listReportEditions } from "@/db/queries/reports";
import { AnnualReport } from "@/components/reports/annual-report";
import { ReportPrintStyle } from "@/components/reports/print-style";
import { PrintButton } from "@/components/duties/print-button";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { guardBureauReport } from "../guard";
import { parsePageParams, parseSearchParams } from "@/server/page-params";
import { pathParam, queryParam } from "@/lib/url-params";
import { OfficePanel } from "./office-panel";
import { DownloadLink } from "@/components/reports/download-link";
import { annualSource, isTampered, shownSource } from "@/server/reports/source";
import { editionLine } from "@/lib/reports/blocks";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ edition?: string | string[] }> };

export default async function AnnualReportPage({ params, searchParams }: Props) {
  const { year } = await parsePageParams({ year: pathParam.year }, params);
  const { viewer, allowed } = await guardBureauReport(`/reports/${year}`, year);
  if (!allowed) return <NotPermitted />;
  const asked = (await parseSearchParams({ edition: queryParam.id }, searchParams)).edition ?? null;
  const t = await getTranslations("reports.page");
  const dates = await getDates();
  const when = (d: Date | string | null) => dates.dateTime(d);
  const db = await getDb();
  const editions = await listReportEditions(db, year);
  const draft = editions.find((e) => e.status === "draft");
  const approved = editions.filter((e) => e.status === "approved");
  // The asked approved edition; by default the working draft, else the standing approved edition, else a
  // live preview. A snapshot that fails its hash is named, never shown.
  const { source, unknownEdition } = await shownSource(asked, (id) => annualSource(db, year, id));
  const tampered = isTampered(source);
  const edition = tampered || source.from === "approved" ? source.report : null;
  const data = tampered ? null : source.data;
  const editionQuery = edition ? `&edition=${edition.id}` : "";
  const sheetHref = (unitId: number) => `/reports/unit/${unitId}/${year}${edition ? `?edition=${edition.id}` : ""}`;
  const undecided = !!data && data.results.length > 0 && data.results.every((r) => r.total == null);
  return (
    <div className="space-y-4">
      <ReportPrintStyle />
      <div className="no-print space-y-3">
        <p className="text-sm">
          <Link className="text-blue-700 underline" href="/reports">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("title", { year })}</h1>
        {unknownEdition && (
          <p role="alert" className="text-sm text-amber-800">
            {t("unknownEdition")}
          </p>
        )}
      </div>
      {/* Which edition is shown, its hash and the downloads: for the screen, not part of the printed report. */}
      <section aria-label={t("editionInfo")} className="card no-print space-y-2 text-sm">
        {edition ? (
          <>
            <p className="font-medium">{t("shownApproved", { time: when(edition.approvedAt!), name: edition.approverName ?? "—" })}</p>
            <p className="break-all font-mono text-xs">{t("hash", { hash: edition.snapshotHash ?? "" })}</p>
            {tampered ? (
              <p role="alert" className="font-medium text-red-700">
                {t("tampered")}
              </p>
            ) : (
              <p className="text-green-800">{t("intact")}</p>
            )}
          </>
        ) : (
          data && (
            <p className="font-medium">{draft ? t("shownDraft", { time: when(data.generatedAt) }) : t("shownPreview", { time: when(data.generatedAt) })}</p>
          )
        )}
        {undecided && <p className="text-amber-800">{t("notDecided")}</p>}
        {(draft || approved.length > 0) && (
          <nav aria-label={t("editions")} className="no-print">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {draft && (
                <li>
                  <Link className="text-blue-700 underline" href={`/reports/${year}`} aria-current={!edition ? "page" : undefined}>
                    {t("latestDraft")}
                  </Link>
                  {!edition && <span className="ml-1 text-slate-600">{t("current")}</span>}
                </li>
              )}
              {approved.map((e) => (
                <li key={e.id}>
                  <Link className="text-blue-700 underline" href={`/reports/${year}?edition=${e.id}`} aria-current={edition?.id === e.id ? "page" : undefined}>
                    {t("approvedEdition", { time: when(e.approvedAt!) })} · {(e.snapshotHash ?? "").slice(0, 12)}
                  </Link>
                  {edition?.id === e.id && <span className="ml-1 text-slate-600">{t("current")}</span>}
                </li>
              ))}
            </ul>
          </nav>
        )}
        {data && (
          <div className="no-print flex flex-wrap items-center gap-3 pt-1">
            <span className="font-medium">{t("downloadsLabel")}</span>
            {(["docx", "pdf", "xlsx"] as const).map((f) => (
              <DownloadLink key={f} href={`/api/reports/annual/${year}?format=${f}${editionQuery}`} label={t(`download.${f}`)} fallbackName={`report.${f}`} />
            ))}
            <PrintButton label={t("print")} />
          </div>
        )}
      </section>
      {/* The panel acts on the draft: not shown beside an older edition while a draft exists. */}
      {(!edition || !draft) && (
        <OfficePanel
          year={year}
          draft={draft}
          hasApproved={approved.length > 0}
          canEdit={hasPermission(viewer, "report.edit")}
          canApprove={hasPermission(viewer, "report.approve")}
        />
      )}
      {data && (
        <div className="card print:border-0 print:p-0 print:shadow-none">
          <AnnualReport data={data} sheetHref={sheetHref} edition={tampered ? null : editionLine(source.edition)} />
        </div>
      )}
    </div>
  );
}
