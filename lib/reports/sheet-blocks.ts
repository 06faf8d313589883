// A unit's 考核评分表 (DESIGN §6) as blocks, in the web sheet's wording (reports.doc.sheet): the item table
// 考核项目 | 考核内容 | 标准分 | 评分标准 | 自评分 | 考核得分 | 扣分原因 | 备注 (a category's cell spans its items),
// then the bonus, the veto check, total, grade and status, and — on its own — the signature lines.
import type { ScoreSheet } from "./types";
import { type Block, type Edition, type ReportDocument, type TableBlock, editionLine, sc } from "./blocks";
import { fileWords, sheetWords as t } from "./wording";

const score = (n: number) => n.toFixed(1);

export function scoreSheetTable(sheet: ScoreSheet): TableBlock {
  return {
    kind: "table",
    caption: t("title", { unit: sheet.unitName, year: sheet.year }),
    sheet: fileWords("sheets.sheet"),
    dense: true,
    groupFirstColumn: true,
    columns: [
      { header: t("category"), width: 11 },
      { header: t("content"), width: 24 },
      { header: t("max"), width: 7, align: "right" },
      { header: t("rule"), width: 22 },
      { header: t("self"), width: 7, align: "right" },
      { header: t("review"), width: 8, align: "right" },
      { header: t("reason"), width: 13 },
      { header: t("note"), width: 8 },
    ],
    rows: sheet.rows.map((r) => [
      r.category,
      r.item ? `${r.item} ${r.content}` : r.content,
      sc(r.maxPoints),
      r.scoringRule,
      sc(r.selfScore),
      sc(r.reviewScore),
      r.deductionReason,
      r.note,
    ]),
  };
}

const totalsLine = (sheet: ScoreSheet): Block => ({
  kind: "line",
  bold: true,
  text: [
    `${t("total")}：${sheet.total == null ? t("pending") : score(sheet.total)}`,
    `${t("grade")}：${sheet.grade ?? t("pending")}`,
    `${t("status")}：${sheet.status}`,
  ].join("　　"),
});

export function bonusTable(sheet: ScoreSheet): TableBlock {
  return {
    kind: "table",
    caption: t("bonus"),
    sheet: fileWords("sheets.bonus"),
    columns: [
      { header: t("bonusItem"), width: 30 },
      { header: t("bonusPoints"), width: 12, align: "right" },
      { header: t("bonusReason"), width: 58 },
    ],
    rows: sheet.bonusItems.map((b) => [b.label, sc(b.points), b.reason]),
  };
}

export function vetoTable(sheet: ScoreSheet): TableBlock {
  return {
    kind: "table",
    caption: t("vetoCheck"),
    sheet: fileWords("sheets.veto"),
    columns: [
      { header: t("vetoRule"), width: 40 },
      { header: t("vetoHit"), width: 12, align: "center" },
      { header: t("vetoBasis"), width: 48 },
    ],
    rows: sheet.vetoCheck.map((v) => [v.name, v.hit ? t("hit") : t("notHit"), v.basis]),
  };
}

export const sheetTitle = (sheet: Pick<ScoreSheet, "unitName" | "year">) =>
  t("title", { unit: sheet.unitName, year: sheet.year });

/** The unit's sheet as a document of its own, with the bonus and veto tables and the signature lines. */
export function scoreSheetDocument(sheet: ScoreSheet, edition: Edition = null): ReportDocument {
  const title = sheetTitle(sheet);
  const line = editionLine(edition);
  return {
    title,
    fileName: title,
    edition: line,
    blocks: [
      { kind: "title", lines: [title] },
      ...(sheet.schemeTitle ? [{ kind: "subtitle" as const, text: t("scheme", { title: sheet.schemeTitle }) }] : []),
      ...(line ? [{ kind: "subtitle" as const, text: line }] : []),
      scoreSheetTable(sheet),
      ...(sheet.bonusItems.length
        ? [{ ...bonusTable(sheet), heading: t("bonus") }]
        : [{ kind: "line" as const, text: `${t("bonus")}：${t("noBonus")}` }]),
      { kind: "line", text: t("bonusTotal", { points: score(sheet.bonus) }) },
      { ...vetoTable(sheet), heading: t("vetoCheck") },
      totalsLine(sheet),
      {
        kind: "signatures",
        rows: [t("signHead"), t("signTeam"), t("signOffice")].map(
          (label) => [label, `${t("date")}　　年　　月　　日`] as [string, string],
        ),
      },
    ],
  };
}
