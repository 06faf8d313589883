// The score sheet of one unit, a table per category: 考核内容, 标准分, 评分标准, 自评分 (with the unit's form
// while it may self-assess), 考核得分 from the engine with the occurrences per rule and the reason (with the
// team's form while it may review), and the item's evidence files.
import { getTranslations } from "next-intl/server";
import type { UnitAssessmentDetail } from "@/db/queries/assessment-unit";
import type { DefinedAction } from "@/server/action";
import { getDates } from "@/components/ui/dates";
import { UnitItemForm } from "./unit-item-form";
import { BEFORE_REVIEW } from "./unit-summary";

type Action = DefinedAction;

export async function UnitItems({
  assessmentId,
  status,
  detail,
  canEditSelf,
  canReview,
  saveSelf,
  saveReview,
}: {
  assessmentId: number;
  status: string;
  detail: UnitAssessmentDetail;
  canEditSelf: boolean;
  canReview: boolean;
  saveSelf: Action;
  saveReview: Action;
}) {
  const t = await getTranslations("assessUnit");
  const when = await getDates();
  const tc = await getTranslations("common");
  const selfOf = new Map(detail.self.map((s) => [s.itemId, s]));
  const reviewOf = new Map(detail.review.map((r) => [r.itemId, r]));
  // Before submission nothing is reviewed: no live item score is shown.
  const liveOf = new Map(BEFORE_REVIEW.has(status) ? [] : detail.result.items.map((i) => [i.id, i]));
  const filesOf = new Map<number, UnitAssessmentDetail["files"]>();
  for (const f of detail.files) if (f.itemId != null) filesOf.set(f.itemId, [...(filesOf.get(f.itemId) ?? []), f]);

  return (
    <>
      {detail.scheme.categories.map((c) => {
        const items = detail.scheme.items.filter((i) => i.categoryId === c.id);
        const headingId = `cat-${c.id}`;
        return (
          <section key={c.id} aria-labelledby={headingId} className="card overflow-x-auto">
            <h2 id={headingId} className="mb-2 font-semibold">
              {t("category", { name: c.name, points: String(c.points) })}
            </h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("col.item")}</th>
                  <th scope="col" className="whitespace-nowrap">{t("col.max")}</th>
                  <th scope="col">{t("col.standard")}</th>
                  <th scope="col">{t("col.self")}</th>
                  <th scope="col">{t("col.review")}</th>
                  <th scope="col" className="min-w-24">{t("col.evidence")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const self = selfOf.get(item.id);
                  const review = reviewOf.get(item.id);
                  const live = liveOf.get(item.id);
                  const occurrence = item.deductionRules.filter((r) => r.kind === "per_occurrence");
                  const shortfall = item.deductionRules.filter((r) => r.kind === "per_percent_shortfall");
                  const countText = (counts: Record<string, number>) =>
                    occurrence.filter((r) => counts[r.key]).map((r) => t("countLine", { label: r.label, n: String(counts[r.key]) }));
                  const currentSelf = self
                    ? t("currentSelf", { score: String(self.score), reason: self.reason, by: self.updatedBy ?? "—", at: when.dateTime(self.updatedAt) })
                    : null;
                  const currentReview = review
                    ? t("currentReview", {
                        score: String(review.score),
                        deduction: String(review.deduction),
                        counts: countText(review.counts).map((s) => `${tc("itemSep")}${s}`).join(""),
                        reason: review.reason,
                        by: review.reviewer ?? "—",
                        at: when.dateTime(review.updatedAt),
                      })
                    : null;
                  return (
                    <tr key={item.id} className="align-top">
                      <th scope="row" className="min-w-64 text-left font-normal">
                        <span className="font-medium">{item.code}</span> {item.content}
                      </th>
                      <td>{String(item.maxPoints)}</td>
                      <td className="min-w-48 text-sm">{item.scoringRule}</td>
                      <td className="min-w-48 text-sm">
                        {self ? (
                          <>
                            <p className="font-medium">{t("selfValue", { score: String(self.score) })}</p>
                            <p className="whitespace-pre-wrap">{self.reason}</p>
                            <p className="text-xs text-slate-600">{t("by", { name: self.updatedBy ?? "—", at: when.dateTime(self.updatedAt) })}</p>
                          </>
                        ) : (
                          <p className="text-slate-600">{t("noSelf")}</p>
                        )}
                        {canEditSelf && (
                          <UnitItemForm
                            action={saveSelf}
                            kind="self"
                            assessmentId={assessmentId}
                            itemId={item.id}
                            code={item.code}
                            max={item.maxPoints}
                            version={self?.version ?? 0}
                            defaults={{ score: self?.score, reason: self?.reason }}
                            current={currentSelf}
                          />
                        )}
                      </td>
                      <td className="min-w-56 text-sm">
                        {live && <p className="font-medium">{t("reviewValue", { score: String(live.score), deduction: String(live.deduction) })}</p>}
                        {review ? (
                          <>
                            <ul>
                              {countText(review.counts).map((s) => (
                                <li key={s}>{s}</li>
                              ))}
                            </ul>
                            <p className="whitespace-pre-wrap">{review.reason}</p>
                            <p className="text-xs text-slate-600">{t("by", { name: review.reviewer ?? "—", at: when.dateTime(review.updatedAt) })}</p>
                          </>
                        ) : (
                          <p className="text-slate-600">{t("noReview")}</p>
                        )}
                        {shortfall.map((r) => (
                          <p key={r.key} className="text-xs text-slate-600">
                            {t("shortfallRule", { label: r.label, indicator: detail.indicators.find((i) => i.code === r.indicator)?.name ?? r.indicator ?? "—" })}
                          </p>
                        ))}
                        {canReview && (
                          <UnitItemForm
                            action={saveReview}
                            kind="review"
                            assessmentId={assessmentId}
                            itemId={item.id}
                            code={item.code}
                            max={item.maxPoints}
                            version={review?.version ?? 0}
                            rules={occurrence.map((r) => ({ key: r.key, label: r.label, points: r.points }))}
                            defaults={{ counts: review?.counts, reason: review?.reason }}
                            current={currentReview}
                          />
                        )}
                      </td>
                      <td className="text-sm">
                        <ul>
                          {(filesOf.get(item.id) ?? []).map((f) => (
                            <li key={f.id}>
                              <a className="text-blue-700 underline" href={`/api/assessment/attachments/${f.id}`} aria-label={t("evidence.download", { name: f.filename })}>
                                {f.filename}
                              </a>
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
