// A unit's 考核评分表 (DESIGN §6) as blocks: the item table with the columns 考核项目 | 考核内容 | 标准分 |
// 评分标准 | 自评分 | 考核得分 | 扣分原因 | 备注, then bonus, the veto check, total and grade, and (on its own)
// the signature lines.
import type { ScoreSheet } from "./types";
import { type Block, type Edition, type ReportDocument, type TableBlock, editionLine, sc } from "./blocks";

const COLUMNS: TableBlock["columns"] = [
  { header: "考核项目", width: 13 },
  { header: "考核内容", width: 22 },
  { header: "标准分", width: 7, align: "right" },
  { header: "评分标准", width: 22 },
  { header: "自评分", width: 7, align: "right" },
  { header: "考核得分", width: 8, align: "right" },
  { header: "扣分原因", width: 14 },
  { header: "备注", width: 7 },
];

/** 【category】item, or the item alone when the category says the same. */
export const itemLabel = (category: string, item: string) => (!category || category === item ? item : `【${category}】${item}`);

export function scoreSheetTable(sheet: ScoreSheet, caption: string): TableBlock {
  return {
    kind: "table",
    caption,
    dense: true,
    columns: COLUMNS,
    rows: sheet.rows.map((r) => [
      itemLabel(r.category, r.item),
      r.content,
      sc(r.maxPoints),
      r.scoringRule,
      sc(r.selfScore),
      sc(r.reviewScore),
      r.deductionReason,
      r.note,
    ]),
  };
}

/** 加分 / 一票否决 / 总分 lines under the table. */
export function scoreSheetSummary(sheet: ScoreSheet): Block[] {
  const bonus = sheet.bonusItems.length
    ? `${sheet.bonusItems.map((b) => `${b.label}${b.reason ? `（${b.reason}）` : ""}加${b.points.toFixed(1)}分`).join("；")}；计入加分${sheet.bonus.toFixed(1)}分。`
    : `无；计入加分${sheet.bonus.toFixed(1)}分。`;
  const hits = sheet.vetoCheck.filter((v) => v.hit);
  const veto = !sheet.vetoCheck.length
    ? "本年度方案未设否决事项。"
    : hits.length
      ? `发生否决事项：${hits.map((v) => `${v.name}${v.basis ? `（${v.basis}）` : ""}`).join("；")}。`
      : `经核查，未发生${sheet.vetoCheck.map((v) => v.name).join("、")}等否决事项。`;
  const total = sheet.total == null ? "待审定" : `${sheet.total.toFixed(1)}分`;
  const grade = sheet.grade ?? "待审定";
  return [
    { kind: "line", text: `加分项目：${bonus}` },
    { kind: "line", text: `一票否决核查：${veto}` },
    { kind: "line", text: `考核总分：${total}　　考核等次：${grade}　　考核状态：${sheet.status}`, bold: true },
  ];
}

/** The bonus items and the veto rules as tables (the unit's Excel file has one sheet for each). */
export function scoreSheetExtraTables(sheet: ScoreSheet): TableBlock[] {
  return [
    {
      kind: "table",
      caption: "加分项目",
      sheet: "加分项目",
      columns: [
        { header: "加分项目", width: 30 },
        { header: "加分", width: 10, align: "right" },
        { header: "依据", width: 60 },
      ],
      rows: sheet.bonusItems.map((b) => [b.label, sc(b.points), b.reason]),
    },
    {
      kind: "table",
      caption: "一票否决核查",
      sheet: "一票否决核查",
      columns: [
        { header: "否决事项", width: 40 },
        { header: "是否发生", width: 12, align: "center" },
        { header: "依据", width: 48 },
      ],
      rows: sheet.vetoCheck.map((v) => [v.name, v.hit ? "是" : "否", v.basis ?? ""]),
    },
  ];
}

export const sheetTitle = (sheet: Pick<ScoreSheet, "year">) => `${sheet.year}年度安全生产责任制考核评分表`;

/** The unit's sheet as a document of its own, with signature lines. */
export function scoreSheetDocument(sheet: ScoreSheet, edition: Edition = null): ReportDocument {
  const title = sheetTitle(sheet);
  const line = editionLine(edition);
  return {
    title: `${title}（${sheet.unitName}）`,
    fileName: `${title}（${sheet.unitName}）`,
    edition: line,
    blocks: [
      { kind: "title", lines: [title] },
      { kind: "subtitle", text: `被考核单位：${sheet.unitName}` },
      ...(sheet.schemeTitle ? [{ kind: "subtitle" as const, text: `考核方案：${sheet.schemeTitle}` }] : []),
      ...(line ? [{ kind: "subtitle" as const, text: line }] : []),
      { ...scoreSheetTable(sheet, "考核评分表"), sheet: "考核评分表" },
      ...scoreSheetSummary(sheet),
      {
        kind: "signatures",
        rows: [
          ["被考核单位负责人（签字）：", "日期：　　年　　月　　日"],
          ["考核组成员（签字）：", "日期：　　年　　月　　日"],
          ["考核组组长（签字）：", "日期：　　年　　月　　日"],
        ],
      },
    ],
  };
}
