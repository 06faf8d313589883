// The annual report's appendices (附表1–6): indicators, pledges, the units' scores (each linking to its
// score sheet), the hazard ledger, accidents and the leaders' 一岗双责 table. Each starts a new printed page.
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { AnnualReportData } from "@/lib/reports/types";
import { DocTable, score } from "./doc-table";
import type { SheetHref } from "./annual-report";

function Appendix({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`appendix-${n}-h`} id={`appendix-${n}`} className="space-y-2 pt-6 print:break-before-page">
      <h3 id={`appendix-${n}-h`} className="font-bold">
        <span className="mr-4">{`附表${n}`}</span>
        <span className="block text-center text-lg">{title}</span>
      </h3>
      {children}
    </section>
  );
}

const pct = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : "—");
const num = (n: number | null) => (n == null ? "—" : String(n));

export async function AnnualAppendices({ data, sheetHref }: { data: AnnualReportData; sheetHref: SheetHref }) {
  const t = await getTranslations({ locale: "zh", namespace: "reports.doc" });
  const none = <p>{t("none")}</p>;
  return (
    <>
      <Appendix n={1} title={t("a1")}>
        {data.indicators.length ? (
          <DocTable
            caption={t("a1")}
            captionHidden
            headers={[t("indicator"), t("code"), t("measure"), t("direction"), t("target"), t("actual"), t("met")]}
            numeric={[4, 5, 6]}
            rows={data.indicators.map((i) => [
              i.name,
              i.code,
              i.measure,
              t(i.direction),
              num(i.target),
              num(i.actual),
              t("metOf", { met: i.met, units: i.units }),
            ])}
          />
        ) : (
          none
        )}
      </Appendix>

      <Appendix n={2} title={t("a2")}>
        {data.pledges.length ? (
          <DocTable
            caption={t("a2")}
            captionHidden
            headers={[t("level"), t("kind"), t("total"), t("complete"), t("rate")]}
            numeric={[2, 3, 4]}
            rows={data.pledges.map((p) => [
              t.has(`pledgeLevel.${p.level}`) ? t(`pledgeLevel.${p.level}` as "pledgeLevel.1") : String(p.level),
              t.has(`pledgeKind.${p.kind}`) ? t(`pledgeKind.${p.kind}` as "pledgeKind.responsibility") : p.kind,
              p.total,
              p.complete,
              pct(p.complete, p.total),
            ])}
          />
        ) : (
          none
        )}
      </Appendix>

      <Appendix n={3} title={t("a3")}>
        {data.results.length ? (
          <DocTable
            caption={t("a3")}
            captionHidden
            headers={[t("unit"), t("rank"), t("score"), t("grade"), t("vetoCol"), t("sheetLink")]}
            numeric={[1, 2]}
            rows={data.results.map((r) => {
              const href = sheetHref(r.unitId);
              return [
                r.unitName,
                r.rank ?? "—",
                score(r.total),
                r.gradeLabel ?? "—",
                r.total == null ? "—" : r.vetoed ? t("vetoYes") : t("vetoNo"),
                href ? (
                  <Link className="text-blue-700 underline print:text-inherit print:no-underline" href={href} aria-label={`${r.unitName} ${t("sheetLink")}`}>
                    {t("sheetLink")}
                  </Link>
                ) : (
                  "—"
                ),
              ];
            })}
          />
        ) : (
          none
        )}
      </Appendix>

      <Appendix n={4} title={t("a4")}>
        {data.hazards.length ? (
          <DocTable
            caption={t("a4")}
            captionHidden
            headers={[t("hazardTitle"), t("unit"), t("hazardLevel"), t("supervised"), t("foundOn"), t("deadline"), t("status"), t("closedOn")]}
            rows={data.hazards.map((x) => [
              x.title,
              x.unitName,
              x.level,
              x.isSupervised ? t("vetoYes") : t("vetoNo"),
              x.foundOn,
              x.deadline,
              x.status,
              x.closedOn ?? "—",
            ])}
          />
        ) : (
          none
        )}
      </Appendix>

      <Appendix n={5} title={t("a5")}>
        {data.accidents.length ? (
          <DocTable
            caption={t("a5")}
            captionHidden
            headers={[t("accident"), t("occurredAt"), t("unit"), t("accidentLevel"), t("deaths"), t("injuries"), t("loss"), t("flags")]}
            numeric={[4, 5, 6]}
            rows={data.accidents.map((x) => [
              x.title,
              x.occurredAt,
              x.unitName,
              x.level,
              x.deaths,
              x.seriousInjuries,
              x.directLoss,
              x.flags.length ? x.flags.join("、") : t("onTime"),
            ])}
          />
        ) : (
          none
        )}
      </Appendix>

      <Appendix n={6} title={t("a6")}>
        {data.leaders.length ? (
          <DocTable
            caption={t("a6")}
            captionHidden
            headers={[t("leader"), t("post"), t("unitsSupervised"), t("meetings"), t("inspections"), t("hazardsClosed"), t("trainings")]}
            numeric={[3, 4, 5, 6]}
            rows={data.leaders.map((l) => [
              l.name,
              l.post,
              l.unitsSupervised.join("、") || "—",
              l.meetingsChaired,
              l.inspectionsLed,
              l.hazardsClosed,
              l.trainings,
            ])}
          />
        ) : (
          none
        )}
      </Appendix>
    </>
  );
}
