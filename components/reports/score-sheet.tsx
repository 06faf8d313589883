// 考核评分表 of one unit as a web page (DESIGN §6 columns: 考核项目 | 考核内容 | 标准分 | 评分标准 | 自评分 |
// 考核得分 | 扣分原因 | 备注), then the bonus, the veto check, total, grade and the signature lines. The
// tables and totals are the files' (lib/reports/sheet-tables.ts). A document in Chinese whatever the
// interface language, like the annual report.
import { getTranslations } from "next-intl/server";
import { cellText, sc } from "@/lib/reports/blocks";
import { bonusTable, scoreSheetTable, sheetTotals, vetoTable } from "@/lib/reports/sheet-tables";
import type { ScoreSheet } from "@/lib/reports/types";
import { ReportTable } from "./doc-table";

export async function ScoreSheetView({ sheet, headingLevel = 2 }: { sheet: ScoreSheet; headingLevel?: 1 | 2 }) {
  const t = await getTranslations({ locale: "zh", namespace: "reports.doc.sheet" });
  const Title = headingLevel === 1 ? "h1" : "h2";
  const items = scoreSheetTable(sheet);
  return (
    <article lang="zh-CN" aria-labelledby="sheet-title" className="space-y-3 bg-white">
      <header className="text-center">
        <Title id="sheet-title" className="text-xl font-bold">
          {items.caption}
        </Title>
        <p className="text-sm">{t("scheme", { title: sheet.schemeTitle })}</p>
      </header>
      <div className="overflow-x-auto">
        <ReportTable table={items} />
      </div>

      <section aria-labelledby="sheet-bonus" className="break-inside-avoid">
        <h3 id="sheet-bonus" className="font-bold">
          {t("bonus")}
        </h3>
        {sheet.bonusItems.length ? <ReportTable table={bonusTable(sheet)} /> : <p>{t("noBonus")}</p>}
        <p>{t("bonusTotal", { points: cellText(sc(sheet.bonus)) })}</p>
      </section>

      <section aria-labelledby="sheet-veto" className="break-inside-avoid">
        <h3 id="sheet-veto" className="font-bold">
          {t("vetoCheck")}
        </h3>
        <ReportTable table={vetoTable(sheet)} />
      </section>

      <dl className="grid grid-cols-3 gap-2 border border-slate-300 p-2 font-bold break-inside-avoid">
        {sheetTotals(sheet).map(({ label, value }) => (
          <div key={label}>
            <dt className="inline">{label}：</dt>
            <dd className="inline">{cellText(value)}</dd>
          </div>
        ))}
      </dl>

      <div className="grid grid-cols-2 gap-x-8 gap-y-6 pt-6 break-inside-avoid">
        {[t("signHead"), t("signTeam"), t("signOffice")].map((label) => (
          <p key={label} className="flex gap-2">
            <span>{label}</span>
            <span className="flex-1 border-b border-slate-500" aria-hidden="true" />
            <span>{t("date")}</span>
            <span className="w-24 border-b border-slate-500" aria-hidden="true" />
          </p>
        ))}
      </div>
    </article>
  );
}
