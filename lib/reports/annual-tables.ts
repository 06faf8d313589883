// The tables of the annual report, defined once: columns (header, width, alignment) and typed cells from
// the report data, in the data's order. The web report (components/reports, ReportTable) and the Word, PDF
// and Excel files all render these; each is also one sheet of the Excel file.
import type { AnnualReportData } from "./types";
import { type TableBlock, sc } from "./blocks";
import { doc, fileWords, pledgeKindLabel, pledgeLevelLabel } from "./wording";

const yesNo = (b: boolean) => (b ? doc("vetoYes") : doc("vetoNo"));
const share = (part: number, whole: number) => (whole > 0 ? { percent: part / whole } : null);

export function workTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("s2"),
    sheet: fileWords("sheets.work"),
    columns: [
      { header: doc("workKind"), width: 40 },
      { header: doc("workCount"), width: 30, align: "right" },
      { header: doc("workPeople"), width: 30, align: "right" },
    ],
    rows: d.work.map((w) => [w.label, w.count, w.people]),
  };
}

export function resultsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("s3"),
    sheet: fileWords("sheets.results"),
    columns: [
      { header: doc("unit"), width: 32 },
      { header: doc("rank"), width: 9, align: "right" },
      { header: doc("group"), width: 15 },
      { header: doc("score"), width: 11, align: "right" },
      { header: doc("grade"), width: 11, align: "center" },
      { header: doc("vetoCol"), width: 11, align: "center" },
    ],
    rows: d.results.map((r) => [
      r.unitName,
      r.rank,
      r.group,
      sc(r.total),
      r.gradeLabel,
      r.total == null ? null : yesNo(r.vetoed),
    ]),
  };
}

export function sanctionsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("sanctionKind"),
    sheet: fileWords("sheets.sanctions"),
    columns: [
      { header: doc("sanctionKind"), width: 16 },
      { header: doc("unit"), width: 20 },
      { header: doc("person"), width: 10 },
      { header: doc("status"), width: 12 },
      { header: doc("due"), width: 12 },
      { header: doc("note"), width: 30 },
    ],
    rows: d.sanctions.map((s) => [s.kindLabel, s.unitName, s.personName, s.status, s.dueDate, s.note || null]),
  };
}

export function casesTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("situation"),
    sheet: fileWords("sheets.cases"),
    columns: [
      { header: doc("person"), width: 9 },
      { header: doc("unit"), width: 14 },
      { header: doc("situation"), width: 22 },
      { header: doc("form"), width: 9 },
      { header: doc("leniency"), width: 9 },
      { header: doc("decidedBy"), width: 13 },
      { header: doc("decidedOn"), width: 12 },
      { header: doc("restrictedUntil"), width: 12 },
    ],
    rows: d.cases.map((x) => [
      x.personName,
      x.unitName,
      x.situation,
      x.form,
      x.leniency,
      x.decidedBy,
      x.decidedOn,
      x.restrictedUntil,
    ]),
  };
}

/** 附表1. 达标单位 and 参评单位 as two numeric columns, so Excel keeps numbers. */
export function indicatorsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("a1"),
    sheet: fileWords("sheets.indicators"),
    columns: [
      { header: doc("indicator"), width: 24 },
      { header: doc("code"), width: 8 },
      { header: doc("measure"), width: 14 },
      { header: doc("direction"), width: 10, align: "center" },
      { header: doc("target"), width: 10, align: "right" },
      { header: doc("actual"), width: 10, align: "right" },
      { header: doc("met"), width: 8, align: "right" },
      { header: fileWords("doc.units"), width: 8, align: "right" },
    ],
    rows: d.indicators.map((i) => [i.name, i.code, i.measure, doc(i.direction), i.target, i.actual, i.met, i.units]),
  };
}

/** 附表2: the year's pledges by level and kind, with the share both parties signed, and their totals. */
export function pledgesTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("a2"),
    sheet: fileWords("sheets.pledges"),
    columns: [
      { header: doc("level"), width: 32 },
      { header: doc("kind"), width: 14, align: "center" },
      { header: doc("total"), width: 14, align: "right" },
      { header: doc("complete"), width: 14, align: "right" },
      { header: doc("rate"), width: 14, align: "right" },
    ],
    rows: [
      ...d.pledges.map((p) => [
        pledgeLevelLabel(p.level),
        pledgeKindLabel(p.kind),
        p.total,
        p.complete,
        share(p.complete, p.total),
      ]),
      // The totals are the figures section 一 states (pledgeTotals).
      ...(d.pledges.length ? [[doc("sumRow"), null, ...totalsRow(pledgeTotals(d))]] : []),
    ],
  };
}

/** All the year's pledges and those both parties signed: the sums of 附表2's rows, the figures 一、基本情况
 * states (one source for the sentence and the appendix). */
export function pledgeTotals(d: Pick<AnnualReportData, "pledges">): { total: number; complete: number } {
  return d.pledges.reduce((s, p) => ({ total: s.total + p.total, complete: s.complete + p.complete }), { total: 0, complete: 0 });
}

const totalsRow = (t: { total: number; complete: number }) => [t.total, t.complete, share(t.complete, t.total)];

/** The figures of 一、基本情况's counts sentence (reports.doc.counts), for the web and the files alike: the
 * pledges are 附表2's totals. */
export function basicsCounts(d: Pick<AnnualReportData, "counts" | "pledges">) {
  const n = d.counts;
  const pledges = pledgeTotals(d);
  return {
    units: n.units,
    people: n.people,
    lists: n.lists,
    published: n.listsPublished,
    confirmations: n.confirmations,
    pledges: pledges.total,
    complete: pledges.complete,
  };
}

/** 附表3: every unit's score, grade and veto, a row per result in order (the web links each to its sheet). */
export function scoresTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("a3"),
    columns: [
      { header: doc("unit"), width: 40 },
      { header: doc("rank"), width: 12, align: "right" },
      { header: doc("score"), width: 16, align: "right" },
      { header: doc("grade"), width: 16, align: "center" },
      { header: doc("vetoCol"), width: 16, align: "center" },
    ],
    rows: d.results.map((r) => [
      r.unitName,
      r.rank,
      sc(r.total),
      r.gradeLabel,
      r.total == null ? null : yesNo(r.vetoed),
    ]),
  };
}

export function hazardsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("a4"),
    sheet: fileWords("sheets.hazards"),
    columns: [
      { header: doc("hazardTitle"), width: 24 },
      { header: doc("unit"), width: 16 },
      { header: doc("hazardLevel"), width: 10, align: "center" },
      { header: doc("supervised"), width: 9, align: "center" },
      { header: doc("foundOn"), width: 11 },
      { header: doc("deadline"), width: 11 },
      { header: doc("status"), width: 9, align: "center" },
      { header: doc("closedOn"), width: 11 },
    ],
    rows: d.hazards.map((x) => [
      x.title,
      x.unitName,
      x.level,
      yesNo(x.isSupervised),
      x.foundOn,
      x.deadline,
      x.status,
      x.closedOn,
    ]),
  };
}

export function accidentsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("a5"),
    sheet: fileWords("sheets.accidents"),
    columns: [
      { header: doc("accident"), width: 22 },
      { header: doc("occurredAt"), width: 14 },
      { header: doc("unit"), width: 16 },
      { header: doc("accidentLevel"), width: 10, align: "center" },
      { header: doc("deaths"), width: 7, align: "right" },
      { header: doc("injuries"), width: 7, align: "right" },
      { header: doc("loss"), width: 11, align: "right" },
      { header: doc("flags"), width: 11 },
    ],
    rows: d.accidents.map((x) => [
      x.title,
      x.occurredAt,
      x.unitName,
      x.level,
      x.deaths,
      x.seriousInjuries,
      x.directLoss,
      x.flags.length ? x.flags.join("、") : doc("onTime"),
    ]),
  };
}

export function leadersTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: doc("a6"),
    sheet: fileWords("sheets.leaders"),
    columns: [
      { header: doc("leader"), width: 10 },
      { header: doc("post"), width: 18 },
      { header: doc("unitsSupervised"), width: 32 },
      { header: doc("meetings"), width: 10, align: "right" },
      { header: doc("inspections"), width: 10, align: "right" },
      { header: doc("hazardsClosed"), width: 10, align: "right" },
      { header: doc("trainings"), width: 10, align: "right" },
    ],
    rows: d.leaders.map((l) => [
      l.name,
      l.post,
      l.unitsSupervised.join("、") || null,
      l.meetingsChaired,
      l.inspectionsLed,
      l.hazardsClosed,
      l.trainings,
    ]),
  };
}
