// The annual accountability report (年度安全生产责任制落实情况报告, DESIGN §6) as blocks: 一 基本情况, 二 主要
// 工作及成效, 三 考核结果, 四 奖惩兑现与问责, 五 存在问题, 六 下一年度工作打算, the sender and date, then the
// appendices. Every figure is read from the report data; the wording around it is fixed.
import type { AnnualReportData } from "./types";
import { type Block, type Edition, type ReportDocument, chineseDay, editionLine } from "./blocks";
import {
  accidentsTable,
  casesTable,
  hazardsTable,
  indicatorsTable,
  leadersTable,
  pledgesTable,
  resultsTable,
  sanctionsTable,
  sortedResults,
} from "./annual-tables";
import { SANCTION_CONFIRMED } from "./file-labels";
import { scoreSheetSummary, scoreSheetTable } from "./sheet-blocks";

export const annualTitle = (year: number) => `${year}年度安全生产责任制落实情况报告`;

const pct = (part: number, whole: number) => (whole > 0 ? `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%` : "—");
const p = (text: string): Block => ({ kind: "paragraph", text });
const list = (xs: string[]) => xs.filter(Boolean).join("、");

/** Editable text: one paragraph per non-blank line; a placeholder when empty. */
const texts = (s: string): Block[] => {
  const lines = s.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.length ? lines.map(p) : [p("（未填写）")];
};

/** Work records per category (会议, 检查, 培训 …) in one sentence each. */
const WORK_SENTENCE: Record<string, (c: number, n: number) => string> = {
  meeting: (c, n) => `召开安全生产专题会议${c}次，参会${n}人次`,
  inspection: (c, n) => `开展安全生产检查${c}次，参与${n}人次`,
  training: (c, n) => `组织安全生产教育培训${c}次，参训${n}人次`,
  drill: (c, n) => `开展应急演练${c}次，参演${n}人次`,
  hazard_check: (c, n) => `开展事故隐患排查${c}次，参与${n}人次`,
  report: (c, n) => `报送安全生产工作报告${c}份，涉及${n}人次`,
};

function basics(d: AnnualReportData): Block[] {
  const c = d.committee;
  const committee = [
    c.chair ? `由${c.chair}任主任` : "",
    c.viceChairs.length ? `${list(c.viceChairs)}任副主任` : "",
    `共有委员${c.members}名`,
    c.officeUnit ? `办公室设在${c.officeUnit}` : "",
  ].filter(Boolean);
  const n = d.counts;
  const met = d.indicators.filter((i) => i.units > 0 && i.met === i.units).length;
  return [
    { kind: "heading", text: "一、基本情况" },
    p(`本局安全生产委员会${committee.join("，")}，统筹全局安全生产责任制落实工作。`),
    p(
      `全局${n.units}个单位、${n.people}名工作人员纳入安全生产责任制管理。全年制定安全生产责任清单${n.lists}份，` +
        `已发布${n.listsPublished}份；责任清单确认签字${n.confirmations}人次；签订安全生产责任书、承诺书${n.pledges}份，` +
        `双方签署完成${n.pledgesComplete}份，签订率${pct(n.pledgesComplete, n.pledges)}（详见附表2）。`,
    ),
    p(
      d.indicators.length
        ? `全年设定安全生产控制指标${d.indicators.length}项，其中${met}项全部参评单位达标（详见附表1）。`
        : "本年度未设定安全生产控制指标。",
    ),
  ];
}

function work(d: AnnualReportData): Block[] {
  const out: Block[] = [{ kind: "heading", text: "二、主要工作及成效" }];
  let n = 0;
  const sub = (label: string, text: string) => {
    n++;
    out.push({ kind: "subheading", text: `（${"一二三四五六七八九十"[n - 1] ?? n}）${label}` }, p(text));
  };
  for (const w of d.work) {
    const sentence = WORK_SENTENCE[w.kind]?.(w.count, w.people) ?? `全年记录${w.label}${w.count}次，涉及${w.people}人次`;
    sub(w.label, `全年${sentence.replace(/^全年/, "")}。`);
  }
  const h = d.hazardsSummary;
  sub(
    "隐患排查治理",
    `全年排查发现事故隐患${h.total}项，其中重大事故隐患${h.major}项、挂牌督办${h.supervised}项；已整改销号${h.closed}项，` +
      `整改率${pct(h.closed, h.total)}${h.overdue ? `；逾期未整改${h.overdue}项` : "；无逾期未整改隐患"}（详见附表4）。`,
  );
  const a = d.accidentsSummary;
  const byLevel = Object.entries(a.byLevel)
    .filter(([, c]) => c > 0)
    .map(([level, c]) => `${level}${c}起`);
  sub(
    "事故报告",
    a.total
      ? `全年发生生产安全事故${a.total}起${byLevel.length ? `（${list(byLevel)}）` : ""}` +
          `${a.late ? `，其中迟报、漏报、谎报、瞒报${a.late}起` : "，均按规定及时报告"}（详见附表5）。`
      : "全年未发生生产安全事故。",
  );
  return out;
}

function results(d: AnnualReportData): Block[] {
  const out: Block[] = [{ kind: "heading", text: "三、考核结果" }];
  const decided = d.results.some((r) => r.total != null);
  if (!decided) {
    out.push(
      p(
        `${d.year}年度安全生产责任制考核结果尚未经安委会审定（当前状态：${d.assessmentStatus ?? "未开展"}），` +
          `本报告不列示暂定分数。参加考核单位${d.results.length}个。`,
      ),
    );
    return out;
  }
  const counts = d.gradeCounts.filter((g) => g.count > 0).map((g) => `${g.label}${g.count}个`);
  out.push(
    p(
      `按照年度安全生产责任制考核方案，经单位自评、考核组评审、安委会审定和公示，${d.year}年度共考核${d.results.length}个单位，` +
        `考核结果为：${list(counts) || "—"}${d.assessmentStatus ? `（考核状态：${d.assessmentStatus}）` : ""}。`,
    ),
  );
  for (const r of sortedResults(d.results).filter((x) => x.vetoed)) {
    const why = r.vetoes.map((v) => `${v.name}${v.basis ? `（${v.basis}）` : ""}`).join("；");
    out.push(p(`${r.unitName}因${why || "发生否决事项"}，实行安全生产“一票否决”，考核等次定为${r.gradeLabel ?? r.grade ?? "—"}。`));
  }
  out.push(resultsTable(d));
  return out;
}

function sanctions(d: AnnualReportData): Block[] {
  const out: Block[] = [{ kind: "heading", text: "四、奖惩兑现与问责" }];
  if (d.sanctions.length) {
    const kinds = new Map<string, number>();
    for (const s of d.sanctions) kinds.set(s.kindLabel || s.kind, (kinds.get(s.kindLabel || s.kind) ?? 0) + 1);
    const confirmed = d.sanctions.filter((s) => s.status === SANCTION_CONFIRMED).length;
    out.push(
      p(`根据考核结果兑现奖惩${d.sanctions.length}项（${list([...kinds].map(([k, c]) => `${k}${c}项`))}），其中经安委会确认${confirmed}项。`),
      sanctionsTable(d),
    );
  } else out.push(p("本年度无奖惩兑现事项。"));
  if (d.cases.length) out.push(p(`全年对${d.cases.length}人次启动安全生产责任追究。`), casesTable(d));
  else out.push(p("全年未发生安全生产责任追究事项。"));
  return out;
}

function appendices(d: AnnualReportData): Block[] {
  const out: Block[] = [
    { kind: "appendix", label: "附表1", title: "控制指标完成情况" },
    indicatorsTable(d),
    { kind: "appendix", label: "附表2", title: "安全生产责任书、承诺书签订情况" },
    pledgesTable(d),
    { kind: "appendix", label: "附表3", title: "单位考核评分表" },
  ];
  if (!d.scoreSheets.length) out.push(p("本年度无考核评分表。"));
  d.scoreSheets.forEach((s, i) => {
    out.push(scoreSheetTable(s, `3-${i + 1}　${s.unitName}`), ...scoreSheetSummary(s));
  });
  out.push(
    { kind: "appendix", label: "附表4", title: "事故隐患排查治理台账" },
    hazardsTable(d),
    { kind: "appendix", label: "附表5", title: "生产安全事故情况" },
    accidentsTable(d),
    { kind: "appendix", label: "附表6", title: "领导干部“一岗双责”履职情况" },
    leadersTable(d),
  );
  return out;
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
      { kind: "title", lines: d.bureauName ? [d.bureauName, title] : [title] },
      ...(line ? [{ kind: "subtitle" as const, text: line }] : []),
      p(`按照安全生产“党政同责、一岗双责、齐抓共管、失职追责”的要求，现将${d.year}年度安全生产责任制落实情况报告如下。`),
      ...basics(d),
      ...work(d),
      ...results(d),
      ...sanctions(d),
      { kind: "heading", text: "五、存在问题" },
      ...texts(d.problems),
      { kind: "heading", text: "六、下一年度工作打算" },
      ...texts(d.plans),
      { kind: "closing", lines: [d.bureauName, chineseDay(date)].filter(Boolean) },
      ...appendices(d),
    ],
  };
}

/** The tables that are the annual Excel file's sheets, in order. */
export function annualSheets(d: AnnualReportData) {
  return [resultsTable(d), indicatorsTable(d), pledgesTable(d), hazardsTable(d), accidentsTable(d), leadersTable(d), sanctionsTable(d), casesTable(d)];
}
