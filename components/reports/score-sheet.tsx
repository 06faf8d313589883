// 考核评分表 of one unit as a web page (DESIGN §6 columns: 考核项目 | 考核内容 | 标准分 | 评分标准 | 自评分 |
// 考核得分 | 扣分原因 | 备注), then the bonus, the veto check, total, grade and the signature lines. A document
// in Chinese whatever the interface language, like the annual report.
import { getTranslations } from "next-intl/server";
import type { ScoreSheet } from "@/lib/reports/types";
import { DocTable, score } from "./doc-table";

/** Rows grouped by category: the category cell spans its items (as on a printed sheet). */
function groups(sheet: ScoreSheet) {
  const out: { category: string; rows: ScoreSheet["rows"] }[] = [];
  for (const r of sheet.rows) {
    const last = out[out.length - 1];
    if (last && last.category === r.category) last.rows.push(r);
    else out.push({ category: r.category, rows: [r] });
  }
  return out;
}

export async function ScoreSheetView({ sheet, headingLevel = 2 }: { sheet: ScoreSheet; headingLevel?: 1 | 2 }) {
  const t = await getTranslations({ locale: "zh", namespace: "reports.doc.sheet" });
  const Title = headingLevel === 1 ? "h1" : "h2";
  const cell = "border border-slate-300 px-2 py-1 align-top";
  const title = t("title", { unit: sheet.unitName, year: sheet.year });
  return (
    <article lang="zh-CN" aria-labelledby="sheet-title" className="space-y-3 bg-white">
      <header className="text-center">
        <Title id="sheet-title" className="text-xl font-bold">
          {title}
        </Title>
        <p className="text-sm">{t("scheme", { title: sheet.schemeTitle })}</p>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse border border-slate-300 text-sm print:text-[9pt]">
          <caption className="sr-only">{title}</caption>
          <thead className="bg-slate-50 print:table-header-group">
            <tr>
              {[t("category"), t("content"), t("max"), t("rule"), t("self"), t("review"), t("reason"), t("note")].map((h) => (
                <th key={h} scope="col" className={`${cell} text-left font-medium`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          {groups(sheet).map((g) => (
            <tbody key={g.category}>
              {g.rows.map((r, i) => (
                <tr key={r.item} className="break-inside-avoid">
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={g.rows.length} className={`${cell} text-left font-medium`}>
                      {g.category}
                    </th>
                  )}
                  <td className={cell}>
                    <span className="mr-1 font-medium">{r.item}</span>
                    {r.content}
                  </td>
                  <td className={`${cell} text-right`}>{score(r.maxPoints)}</td>
                  <td className={cell}>{r.scoringRule}</td>
                  <td className={`${cell} text-right`}>{score(r.selfScore)}</td>
                  <td className={`${cell} text-right`}>{score(r.reviewScore)}</td>
                  <td className={cell}>{r.deductionReason}</td>
                  <td className={cell}>{r.note}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>

      <section aria-labelledby="sheet-bonus" className="break-inside-avoid">
        <h3 id="sheet-bonus" className="font-bold">
          {t("bonus")}
        </h3>
        {sheet.bonusItems.length ? (
          <DocTable
            caption={t("bonus")}
            captionHidden
            headers={[t("bonusItem"), t("bonusPoints"), t("bonusReason")]}
            numeric={[1]}
            rows={sheet.bonusItems.map((b) => [b.label, score(b.points), b.reason])}
          />
        ) : (
          <p>{t("noBonus")}</p>
        )}
        <p>{t("bonusTotal", { points: score(sheet.bonus) })}</p>
      </section>

      <section aria-labelledby="sheet-veto" className="break-inside-avoid">
        <h3 id="sheet-veto" className="font-bold">
          {t("vetoCheck")}
        </h3>
        <DocTable
          caption={t("vetoCheck")}
          captionHidden
          headers={[t("vetoRule"), t("vetoHit"), t("vetoBasis")]}
          rows={sheet.vetoCheck.map((v) => [v.name, v.hit ? t("hit") : t("notHit"), v.basis ?? "—"])}
        />
      </section>

      <dl className="grid grid-cols-3 gap-2 border border-slate-300 p-2 font-bold break-inside-avoid">
        <div>
          <dt className="inline">{t("total")}：</dt>
          <dd className="inline">{sheet.total == null ? t("pending") : score(sheet.total)}</dd>
        </div>
        <div>
          <dt className="inline">{t("grade")}：</dt>
          <dd className="inline">{sheet.grade ?? t("pending")}</dd>
        </div>
        <div>
          <dt className="inline">{t("status")}：</dt>
          <dd className="inline">{sheet.status}</dd>
        </div>
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
