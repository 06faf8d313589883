// The ranking table shared by the results and decision pages: rank, unit, score, grade, veto (with the
// trace: which rule, on what basis, who confirmed, before → after), change against last year, status.
import { getTranslations } from "next-intl/server";
import type { RankingRow } from "@/db/queries/assessment-results";
import type { GradeBand } from "@/lib/assessment/score";
import { getGradeName } from "./grade-name";

export async function VetoTrace({ trace, bands }: { trace: RankingRow["trace"]; bands: GradeBand[] }) {
  const t = await getTranslations("assessment");
  const tc = await getTranslations("common");
  const gradeLabel = await getGradeName();
  if (!trace.length) return <span className="text-slate-500">—</span>;
  return (
    <ul className="space-y-1">
      {trace.map((v, i) => (
        <li key={`${v.rule}-${i}`} className="text-red-800">
          <strong>{t("decision.trace.rule", { name: v.name })}</strong>
          <span className="ml-1 text-xs text-slate-600">({t(`vetoEffect.${v.effect}` as "vetoEffect.force_grade")})</span>
          <div className="text-xs text-slate-700">
            {t("decision.trace.basis", { basis: v.basis })}
            {v.confirmedBy && <> · {t("decision.trace.confirmedBy", { name: v.confirmedBy })}</>}
          </div>
          <div className="text-xs text-slate-700">
            {t("decision.trace.change", {
              before: tc("withNote", { text: String(v.before.total), note: gradeLabel(bands, v.before.grade) }),
              after: tc("withNote", { text: String(v.after.total), note: gradeLabel(bands, v.after.grade) }),
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}

async function Change({ row, bands }: { row: RankingRow; bands: GradeBand[] }) {
  const t = await getTranslations("assessment.results.change");
  const gradeLabel = await getGradeName();
  if (row.change == null) return <span className="text-slate-500">{t("none")}</span>;
  const last = t("last", { total: row.lastTotal == null ? "—" : row.lastTotal.toFixed(1), grade: gradeLabel(bands, row.lastGrade) });
  const delta = Math.abs(row.change).toFixed(1);
  const [arrow, label, cls] =
    row.change > 0 ? ["↑", t("up", { delta }), "text-green-700"] : row.change < 0 ? ["↓", t("down", { delta }), "text-red-700"] : ["→", t("same"), "text-slate-600"];
  return (
    <span className={cls}>
      <span aria-hidden="true">
        {arrow}
        {row.change !== 0 ? delta : ""}
      </span>
      <span className="sr-only">{label}</span>
      <span className="ml-1 block text-xs text-slate-500">{last}</span>
    </span>
  );
}

export async function RankingTable({
  rows,
  bands,
  caption,
  showChange = true,
  showStatus = false,
}: {
  rows: RankingRow[];
  bands: GradeBand[];
  caption: string;
  showChange?: boolean;
  showStatus?: boolean;
}) {
  const t = await getTranslations("assessment");
  const gradeLabel = await getGradeName();
  return (
    <table className="table">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="whitespace-nowrap">
            {t("results.col.rank")}
          </th>
          <th scope="col">{t("results.col.unit")}</th>
          <th scope="col" className="whitespace-nowrap text-right">
            {t("results.col.score")}
          </th>
          <th scope="col" className="whitespace-nowrap">
            {t("results.col.grade")}
          </th>
          <th scope="col">{t("results.col.veto")}</th>
          {showChange && (
            <th scope="col" className="whitespace-nowrap">
              {t("results.col.change")}
            </th>
          )}
          {showStatus && <th scope="col">{t("results.col.status")}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.assessmentId} className={r.vetoed ? "bg-red-50" : undefined}>
            <td className="tabular-nums">{r.rank ?? "—"}</td>
            <th scope="row" className="whitespace-nowrap bg-transparent! align-top font-normal">
              {r.unitName}
            </th>
            <td className="text-right tabular-nums">{r.total == null ? "—" : r.total.toFixed(1)}</td>
            <td className="whitespace-nowrap">{gradeLabel(bands, r.grade)}</td>
            <td className="min-w-64">
              {r.vetoed ? (
                <>
                  <span className="font-medium text-red-800">{t("results.vetoed")}</span>
                  <VetoTrace trace={r.trace} bands={bands} />
                </>
              ) : (
                <span className="text-slate-500">{t("results.notVetoed")}</span>
              )}
            </td>
            {showChange && (
              <td className="whitespace-nowrap">
                <Change row={r} bands={bands} />
              </td>
            )}
            {showStatus && <td className="whitespace-nowrap">{t(`status.${r.status}` as "status.open")}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
