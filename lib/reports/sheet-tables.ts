// The tables of a unit's 考核评分表 (DESIGN §6) and its totals, defined once: the web sheet
// (components/reports/score-sheet.tsx) and the Word, PDF and Excel files all render these — the item table
// 考核项目 | 考核内容 | 标准分 | 评分标准 | 自评分 | 考核得分 | 扣分原因 | 备注 (a category's cell spans its
// items), the bonus items, the veto check, and 考核总分 / 考核等次 / 考核状态.
import type { ScoreSheet } from "./types";
import { type Cell, type TableBlock, sc } from "./blocks";
import { fileWords, sheetWords as t } from "./wording";

export function scoreSheetTable(sheet: ScoreSheet): TableBlock {
  return {
    kind: "table",
    caption: t("title", { unit: sheet.unitName, year: sheet.year }),
    sheet: fileWords("sheets.sheet"),
    dense: true,
    groupFirstColumn: true,
    columns: [
      // 扣分原因 is the longest text of a reviewed sheet: the widest column with 考核内容 and 评分标准.
      { header: t("category"), width: 8 },
      { header: t("content"), width: 22 },
      { header: t("max"), width: 5, align: "right" },
      { header: t("rule"), width: 21 },
      { header: t("self"), width: 5, align: "right" },
      { header: t("review"), width: 6, align: "right" },
      { header: t("reason"), width: 25 },
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

export type SheetTotal = { label: string; value: Cell };

/** 考核总分, 考核等次 and 考核状态 under the items: 待审定 until the committee decides. */
export function sheetTotals(sheet: ScoreSheet): SheetTotal[] {
  return [
    { label: t("total"), value: sheet.total == null ? t("pending") : { score: sheet.total } },
    { label: t("grade"), value: sheet.grade ?? t("pending") },
    { label: t("status"), value: sheet.status },
  ];
}
