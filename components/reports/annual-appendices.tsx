// The annual report's appendices (附表1–6): indicators, pledges, the units' scores (each linking to its
// score sheet), the hazard ledger, accidents and the leaders' 一岗双责 table — the files' tables
// (lib/reports/annual-tables.ts). Each starts a new printed page.
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import {
  accidentsTable,
  hazardsTable,
  indicatorsTable,
  leadersTable,
  pledgesTable,
  scoresTable,
} from "@/lib/reports/annual-tables";
import type { TableBlock } from "@/lib/reports/blocks";
import type { AnnualReportData } from "@/lib/reports/types";
import { type ExtraColumn, ReportTable } from "./doc-table";
import type { SheetHref } from "./annual-report";

function Appendix({ n, label, title, children }: { n: number; label: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`appendix-${n}-h`}
      id={`appendix-${n}`}
      className="space-y-2 pt-6 print:break-before-page"
    >
      <h3 id={`appendix-${n}-h`} className="font-bold">
        <span className="mr-4">{label}</span>
        <span className="block text-center text-lg">{title}</span>
      </h3>
      {children}
    </section>
  );
}

export async function AnnualAppendices({ data, sheetHref }: { data: AnnualReportData; sheetHref: SheetHref }) {
  const t = await getTranslations({ locale: "zh", namespace: "reports.doc" });
  /** The table, or "无。" when it has no rows (as in the files). */
  const tableOrNone = (table: TableBlock, extra?: ExtraColumn) =>
    table.rows.length ? <ReportTable table={table} extra={extra} /> : <p>{t("none")}</p>;
  // 附表3's rows are the units' results in order: the web adds a link to each unit's sheet.
  const sheetLinks: ExtraColumn = {
    header: t("sheetLink"),
    cells: data.results.map((r) => {
      const href = sheetHref(r.unitId);
      return href ? (
        <Link
          className="text-blue-700 underline print:text-inherit print:no-underline"
          href={href}
          aria-label={`${r.unitName} ${t("sheetLink")}`}
        >
          {t("sheetLink")}
        </Link>
      ) : (
        "—"
      );
    }),
  };
  return (
    <>
      <Appendix n={1} label={t("appendix", { n: 1 })} title={t("a1")}>
        {tableOrNone(indicatorsTable(data))}
      </Appendix>
      <Appendix n={2} label={t("appendix", { n: 2 })} title={t("a2")}>
        {tableOrNone(pledgesTable(data))}
      </Appendix>
      <Appendix n={3} label={t("appendix", { n: 3 })} title={t("a3")}>
        {tableOrNone(scoresTable(data), sheetLinks)}
      </Appendix>
      <Appendix n={4} label={t("appendix", { n: 4 })} title={t("a4")}>
        {tableOrNone(hazardsTable(data))}
      </Appendix>
      <Appendix n={5} label={t("appendix", { n: 5 })} title={t("a5")}>
        {tableOrNone(accidentsTable(data))}
      </Appendix>
      <Appendix n={6} label={t("appendix", { n: 6 })} title={t("a6")}>
        {tableOrNone(leadersTable(data))}
      </Appendix>
    </>
  );
}
