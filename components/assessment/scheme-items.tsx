import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DeductionRuleJson, Indicator, SchemeCategory, SchemeItem } from "@/db/schema";
import type { ActionResult } from "@/server/action";
import { SchemeDeleteButton } from "./scheme-delete-button";

type IndicatorRef = Pick<Indicator, "code" | "name" | "direction">;
type Act = (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
export type SchemeEditing = { href: string; schemeVersion: number; deleteItem: Act; deleteCategory: Act };

/** One deduction rule in words: what it takes off and for what. */
export async function ruleText(rule: DeductionRuleJson, indicators: IndicatorRef[]) {
  const t = await getTranslations("scheme");
  if (rule.kind === "per_occurrence") return t("rule.perOccurrence", { label: rule.label, points: rule.points });
  const ind = indicators.find((i) => i.code === rule.indicator);
  // A lower-is-better indicator (e.g. an overdue rate) falls short by going above its target.
  const key = ind?.direction === "lower_better" ? "rule.perExcess" : "rule.perShortfall";
  return t(key, { label: rule.label, points: rule.points, indicator: ind?.name ?? rule.indicator ?? "—" });
}

/**
 * The scheme's categories, each a table of its items (考核内容, 标准分, 评分标准, deduction rules), as on the
 * score sheet. With `editing`, each row links to its edit form and can be deleted.
 */
export async function SchemeItems({
  categories,
  items,
  indicators,
  editing,
}: {
  categories: SchemeCategory[];
  items: SchemeItem[];
  indicators: IndicatorRef[];
  editing?: SchemeEditing;
}) {
  const t = await getTranslations("scheme");
  if (!categories.length) return <p className="text-sm">{t("view.noCategories")}</p>;
  const rules = new Map(
    await Promise.all(
      items.map(async (i) => [i.id, await Promise.all(i.deductionRules.map((r) => ruleText(r, indicators)))] as const),
    ),
  );
  return (
    <div className="space-y-6">
      {categories.map((c, n) => {
        const mine = items.filter((i) => i.categoryId === c.id);
        const sum = mine.reduce((a, i) => a + Math.round(i.maxPoints * 10), 0) / 10;
        return (
          <div key={c.id} className="overflow-x-auto">
            <table className="table">
              <caption className="mb-1 text-left font-semibold">
                {t("view.categoryCaption", { n: n + 1, name: c.name, points: c.points })}
                {sum !== c.points && (
                  <span className="ml-2 text-sm font-normal text-red-700">{t("view.categorySum", { sum })}</span>
                )}
                {editing && (
                  <span className="ml-3 inline-flex gap-2 align-middle text-sm font-normal">
                    <Link
                      className="text-blue-700 underline"
                      href={`${editing.href}?category=${c.id}#category-form`}
                      aria-label={t("edit.editCategoryLabel", { name: c.name })}
                    >
                      {t("edit.edit")}
                    </Link>
                    {mine.length === 0 && (
                      <SchemeDeleteButton
                        action={editing.deleteCategory}
                        input={{ categoryId: c.id, version: editing.schemeVersion }}
                        label={t("edit.deleteCategoryLabel", { name: c.name })}
                      />
                    )}
                  </span>
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("col.code")}</th>
                  <th scope="col">{t("col.content")}</th>
                  <th scope="col" className="whitespace-nowrap">
                    {t("col.max")}
                  </th>
                  <th scope="col">{t("col.scoringRule")}</th>
                  <th scope="col">{t("col.deductions")}</th>
                  {editing && <th scope="col">{t("col.actions")}</th>}
                </tr>
              </thead>
              <tbody>
                {mine.length === 0 ? (
                  <tr>
                    <td colSpan={editing ? 6 : 5}>{t("view.noItems")}</td>
                  </tr>
                ) : (
                  mine.map((i) => (
                    <tr key={i.id}>
                      <td className="whitespace-nowrap">{i.code}</td>
                      <td className="min-w-64 whitespace-pre-line">{i.content}</td>
                      <td>{i.maxPoints}</td>
                      <td className="min-w-48 whitespace-pre-line">{i.scoringRule}</td>
                      <td className="min-w-48">
                        {rules.get(i.id)?.length ? (
                          <ul className="list-disc pl-4">
                            {rules.get(i.id)!.map((r, k) => (
                              <li key={k}>{r}</li>
                            ))}
                          </ul>
                        ) : (
                          "—"
                        )}
                      </td>
                      {editing && (
                        <td className="whitespace-nowrap">
                          <div className="flex flex-col gap-1">
                            <Link
                              className="text-blue-700 underline"
                              href={`${editing.href}?item=${i.id}#item-form`}
                              aria-label={t("edit.editItemLabel", { code: i.code })}
                            >
                              {t("edit.edit")}
                            </Link>
                            <SchemeDeleteButton
                              action={editing.deleteItem}
                              input={{ itemId: i.id, version: i.version }}
                              label={t("edit.deleteItemLabel", { code: i.code })}
                            />
                          </div>
                        </td>
                      )}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
