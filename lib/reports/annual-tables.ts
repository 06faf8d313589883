// The tables of the annual report (results, sanctions, cases, and the appendices), each also one sheet of
// the Excel file: typed cells from the report data, in the order the report prints them.
import type { AnnualReportData, ReportUnitResult } from "./types";
import { type TableBlock, sc } from "./blocks";
import { directionLabel, pledgeKindLabel, pledgeLevelLabel } from "./file-labels";

/** Ranked units first (by rank), then the rest by name. */
export function sortedResults(results: ReportUnitResult[]): ReportUnitResult[] {
  return [...results].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unitName.localeCompare(b.unitName, "zh-CN") || a.unitId - b.unitId,
  );
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "");
const percent = (part: number, whole: number) => (whole > 0 ? { score: Math.round((part / whole) * 1000) / 10 } : null);

export function resultsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: `${d.year}年度安全生产责任制考核结果`,
    sheet: "考核结果",
    columns: [
      { header: "名次", width: 8, align: "center" },
      { header: "单位", width: 30 },
      { header: "类别", width: 12 },
      { header: "得分", width: 10, align: "right" },
      { header: "等次", width: 10, align: "center" },
      { header: "一票否决", width: 30 },
    ],
    rows: sortedResults(d.results).map((r) => [
      r.rank,
      r.unitName,
      r.group ?? "",
      sc(r.total),
      r.gradeLabel ?? r.grade ?? "",
      r.vetoed ? (r.vetoes.map((v) => `${v.name}${v.basis ? `（${v.basis}）` : ""}`).join("；") || "是") : "",
    ]),
  };
}

export function sanctionsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: "奖惩兑现情况",
    sheet: "奖惩兑现",
    columns: [
      { header: "事项", width: 16 },
      { header: "单位", width: 20 },
      { header: "人员", width: 10 },
      { header: "状态", width: 12 },
      { header: "期限", width: 12 },
      { header: "说明", width: 30 },
    ],
    rows: d.sanctions.map((s) => [s.kindLabel || s.kind, s.unitName ?? "", s.personName ?? "", s.status, day(s.dueDate), s.note]),
  };
}

export function casesTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: "安全生产责任追究情况",
    sheet: "问责",
    columns: [
      { header: "人员", width: 10 },
      { header: "单位", width: 16 },
      { header: "情形", width: 18 },
      { header: "问责方式", width: 10 },
      { header: "从轻从重", width: 9 },
      { header: "决定机关", width: 15 },
      { header: "决定日期", width: 11 },
      { header: "影响期至", width: 11 },
    ],
    rows: d.cases.map((c) => [
      c.personName,
      c.unitName ?? "",
      c.situation,
      c.form,
      c.leniency,
      c.decidedBy,
      day(c.decidedOn),
      day(c.restrictedUntil),
    ]),
  };
}

export function indicatorsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: "控制指标完成情况",
    sheet: "控制指标",
    columns: [
      { header: "序号", width: 6, align: "center" },
      { header: "指标", width: 30 },
      { header: "计量", width: 8, align: "center" },
      { header: "方向", width: 10, align: "center" },
      { header: "目标值", width: 10, align: "right" },
      { header: "实际值", width: 10, align: "right" },
      { header: "参评单位", width: 9, align: "right" },
      { header: "达标单位", width: 9, align: "right" },
    ],
    rows: d.indicators.map((i, n) => [n + 1, i.name, i.measure, directionLabel(i.direction), i.target, i.actual, i.units, i.met]),
  };
}

export function pledgesTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: "安全生产责任书、承诺书签订情况",
    sheet: "责任书签订",
    columns: [
      { header: "层级", width: 30 },
      { header: "文书", width: 14, align: "center" },
      { header: "应签订", width: 14, align: "right" },
      { header: "已签署", width: 14, align: "right" },
      { header: "签订率（%）", width: 14, align: "right" },
    ],
    rows: d.pledges.map((p) => [pledgeLevelLabel(p.level), pledgeKindLabel(p.kind), p.total, p.complete, percent(p.complete, p.total)]),
  };
}

export function hazardsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: "事故隐患排查治理台账",
    sheet: "隐患台账",
    columns: [
      { header: "序号", width: 6, align: "center" },
      { header: "隐患", width: 26 },
      { header: "单位", width: 16 },
      { header: "等级", width: 9, align: "center" },
      { header: "挂牌督办", width: 8, align: "center" },
      { header: "发现日期", width: 11 },
      { header: "整改期限", width: 11 },
      { header: "状态", width: 8, align: "center" },
      { header: "销号日期", width: 11 },
    ],
    rows: d.hazards.map((h, n) => [
      n + 1,
      h.title,
      h.unitName,
      h.level,
      h.isSupervised ? "是" : "否",
      day(h.foundOn),
      day(h.deadline),
      h.status,
      day(h.closedOn),
    ]),
  };
}

export function accidentsTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: "生产安全事故情况",
    sheet: "事故",
    columns: [
      { header: "序号", width: 6, align: "center" },
      { header: "事故", width: 24 },
      { header: "发生时间", width: 12 },
      { header: "单位", width: 16 },
      { header: "等级", width: 10, align: "center" },
      { header: "死亡", width: 6, align: "right" },
      { header: "重伤", width: 6, align: "right" },
      { header: "直接经济损失（万元）", width: 10, align: "right" },
      { header: "报告问题", width: 10 },
    ],
    rows: d.accidents.map((a, n) => [
      n + 1,
      a.title,
      day(a.occurredAt),
      a.unitName,
      a.level,
      a.deaths,
      a.seriousInjuries,
      a.directLoss,
      a.flags.join("、"),
    ]),
  };
}

export function leadersTable(d: AnnualReportData): TableBlock {
  return {
    kind: "table",
    caption: "领导干部“一岗双责”履职情况",
    sheet: "一岗双责",
    columns: [
      { header: "序号", width: 6, align: "center" },
      { header: "姓名", width: 10 },
      { header: "职务", width: 16 },
      { header: "分管单位", width: 32 },
      { header: "主持会议", width: 9, align: "right" },
      { header: "带队检查", width: 9, align: "right" },
      { header: "督办隐患销号", width: 9, align: "right" },
      { header: "参加培训", width: 9, align: "right" },
    ],
    rows: d.leaders.map((l, n) => [
      n + 1,
      l.name,
      l.post,
      l.unitsSupervised.join("、"),
      l.meetingsChaired,
      l.inspectionsLed,
      l.hazardsClosed,
      l.trainings,
    ]),
  };
}
