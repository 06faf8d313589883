// A unit's 考核评分表 (DESIGN §6) as a document for Word and PDF, in the web sheet's order and wording
// (reports.doc.sheet): the item table, the bonus, the veto check, total, grade and status (the tables and
// totals of ./sheet-tables, as on the web), and — on its own — the signature lines.
import type { ScoreSheet } from "./types";
import { type Block, type Edition, type ReportDocument, cellText, editionLine } from "./blocks";
import { bonusTable, scoreSheetTable, sheetTotals, vetoTable } from "./sheet-tables";
import { sheetWords as t } from "./wording";

const score = (n: number) => n.toFixed(1);

const totalsLine = (sheet: ScoreSheet): Block => ({
  kind: "line",
  bold: true,
  text: sheetTotals(sheet)
    .map((x) => `${x.label}：${cellText(x.value)}`)
    .join("　　"),
});

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
    // Eight columns with long texts (评分标准, 扣分原因): the PDF prints on A4 landscape.
    landscape: true,
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
