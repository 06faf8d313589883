// The annual accountability report (年度安全生产责任制落实情况报告, DESIGN §6) as blocks, in the web report's
// order and wording (reports.doc): 一 基本情况, 二 主要工作及成效, 三 考核结果, 四 奖惩兑现与问责, 五 存在问题,
// 六 下一年度工作打算, the sender and date, then 附表1–6. As on the web, 附表3 is the units' score summary;
// each unit's full 考核评分表 is a download of its own (a 300-unit bureau's sheets would be 300 more pages).
// Every figure is read from the report data.
import type { AnnualReportData } from "./types";
import { type Block, type Edition, type ReportDocument, type TableBlock, editionLine } from "./blocks";
import { formatDate } from "@/lib/format/datetime";
import {
  accidentsTable,
  casesTable,
  hazardsTable,
  indicatorsTable,
  leadersTable,
  basicsCounts,
  pledgesTable,
  resultsTable,
  sanctionsTable,
  scoresTable,
  workTable,
} from "./annual-tables";
import { doc } from "./wording";

export const annualTitle = (year: number) => doc("title", { year });

const p = (text: string): Block => ({ kind: "paragraph", text });
const list = (xs: string[]) => xs.join("、");

/** Editable text: one paragraph per non-blank line; the placeholder when empty. */
const texts = (s: string): Block[] => {
  const lines = s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length ? lines.map(p) : [p(doc("emptyText"))];
};

/** A table, or the appendix's "无。" when it has no rows (as on the web). */
const tableOrNone = (t: TableBlock): Block[] => (t.rows.length ? [t] : [p(doc("none"))]);

function basics(d: AnnualReportData): Block[] {
  const c = d.committee;
  return [
    { kind: "heading", text: doc("s1") },
    p(
      c.chair || c.officeUnit
        ? doc("committee", {
            chair: c.chair ?? "—",
            vice: list(c.viceChairs) || "—",
            members: c.members,
            office: c.officeUnit ?? "—",
          })
        : doc("noCommittee"),
    ),
    p(doc("counts", basicsCounts(d))),
    p(d.indicators.length ? doc("indicators", { count: d.indicators.length }) : doc("noIndicators")),
  ];
}

function work(d: AnnualReportData): Block[] {
  const a = d.accidentsSummary;
  return [
    { kind: "heading", text: doc("s2") },
    p(doc("workIntro")),
    workTable(d),
    p(doc("hazards", { ...d.hazardsSummary })),
    p(
      a.total
        ? doc("accidents", {
            total: a.total,
            levels: list(Object.entries(a.byLevel).map(([level, count]) => `${level}${count}起`)),
            late: a.late,
          })
        : doc("noAccidents"),
    ),
  ];
}

function results(d: AnnualReportData): Block[] {
  const out: Block[] = [{ kind: "heading", text: doc("s3") }];
  const decided = d.results.some((r) => r.total != null);
  if (!d.results.length) out.push(p(doc("noAssessment")));
  else if (!decided) out.push(p(doc("notDecided", { status: d.assessmentStatus ?? "—", count: d.results.length })));
  else {
    const grades = d.gradeCounts.filter((g) => g.count > 0).map((g) => `${g.label}${g.count}个`);
    out.push(
      p(
        doc("resultsIntro", {
          count: d.results.length,
          status: d.assessmentStatus ?? "—",
          grades: list(grades) || "—",
        }),
      ),
    );
    for (const r of d.results.filter((x) => x.vetoed))
      out.push(
        p(
          doc("veto", {
            unit: r.unitName,
            rule: list(r.vetoes.map((v) => v.name)),
            grade: r.gradeLabel ?? "—",
            basis: r.vetoes.map((v) => v.basis).join("；") || "—",
          }),
        ),
      );
  }
  if (d.results.length) out.push(resultsTable(d));
  return out;
}

function sanctions(d: AnnualReportData): Block[] {
  return [
    { kind: "heading", text: doc("s4") },
    ...(d.sanctions.length
      ? [p(doc("sanctionsIntro", { count: d.sanctions.length })), sanctionsTable(d)]
      : [p(doc("noSanctions"))]),
    ...(d.cases.length ? [p(doc("casesIntro", { count: d.cases.length })), casesTable(d)] : [p(doc("noCases"))]),
  ];
}

const appendix = (n: number, title: string): Block => ({ kind: "appendix", label: doc("appendix", { n }), title });

function appendices(d: AnnualReportData): Block[] {
  return [
    appendix(1, doc("a1")),
    ...tableOrNone(indicatorsTable(d)),
    appendix(2, doc("a2")),
    ...tableOrNone(pledgesTable(d)),
    appendix(3, doc("a3")),
    ...tableOrNone(scoresTable(d)),
    appendix(4, doc("a4")),
    ...tableOrNone(hazardsTable(d)),
    appendix(5, doc("a5")),
    ...tableOrNone(accidentsTable(d)),
    appendix(6, doc("a6")),
    ...tableOrNone(leadersTable(d)),
  ];
}

/** The annual report as a document. */
export function annualDocument(d: AnnualReportData, edition: Edition = null): ReportDocument {
  const title = annualTitle(d.year);
  const line = editionLine(edition);
  const date = edition && "approvedAt" in edition ? edition.approvedAt : d.generatedAt;
  return {
    title,
    fileName: title,
    edition: line,
    blocks: [
      { kind: "title", lines: [title] },
      ...(d.bureauName ? [{ kind: "subtitle" as const, text: d.bureauName }] : []),
      ...(line ? [{ kind: "subtitle" as const, text: line }] : []),
      ...basics(d),
      ...work(d),
      ...results(d),
      ...sanctions(d),
      { kind: "heading", text: doc("s5") },
      ...texts(d.problems),
      { kind: "heading", text: doc("s6") },
      ...texts(d.plans),
      { kind: "closing", lines: [doc("closing", { bureau: d.bureauName }), formatDate(date, "zh", { style: "long" })] },
      ...appendices(d),
    ],
  };
}

/** The tables that are the annual Excel file's sheets, in order (each with its headers, even when empty). */
export function annualSheets(d: AnnualReportData): TableBlock[] {
  return [
    resultsTable(d),
    indicatorsTable(d),
    pledgesTable(d),
    hazardsTable(d),
    accidentsTable(d),
    leadersTable(d),
    workTable(d),
    sanctionsTable(d),
    casesTable(d),
  ];
}
