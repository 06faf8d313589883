import { getTranslations } from "next-intl/server";
import type { AssessmentScheme, Indicator, SchemeCategory, SchemeItem } from "@/db/schema";
import type { DefinedAction } from "@/server/action";
import { ActionForm } from "@/components/ui/action-form";
import { SchemeGridForm, type GridField } from "./scheme-grid-form";

type Act = DefinedAction;
const RULE_SLOTS = [1, 2, 3];

/** Add an item, or edit the one chosen (?item=): category, code, content, 标准分, 评分标准, up to 3 rules. */
export async function SchemeItemForm({
  scheme,
  categories,
  indicators,
  item,
  actions,
}: {
  scheme: AssessmentScheme;
  categories: SchemeCategory[];
  indicators: Indicator[];
  item?: SchemeItem;
  actions: { create: Act; update: Act };
}) {
  const t = await getTranslations("scheme");
  const ta = await getTranslations("assessment");
  const tc = await getTranslations("common");
  const field = (
    name: string,
    type: GridField["type"],
    defaultValue: GridField["defaultValue"],
    extra: Partial<GridField> = {},
  ): GridField => ({
    name,
    label: t(`form.${name}`),
    type,
    defaultValue,
    required: true,
    ...extra,
  });
  const rules = item?.deductionRules ?? [];
  return (
    <section id="item-form" aria-labelledby="item-form-h" className="card">
      <h2 id="item-form-h" className="mb-2 font-semibold">
        {item ? t("edit.editItem", { code: item.code }) : t("edit.addItem")}
      </h2>
      {!item && categories.length === 0 ? (
        <p className="text-sm">{t("edit.addCategoryFirst")}</p>
      ) : (
        <SchemeGridForm
          key={item?.id ?? "new"}
          action={item ? actions.update : actions.create}
          hidden={item ? { itemId: item.id, version: item.version } : { schemeId: scheme.id }}
          resetOnSuccess={!item}
          submitLabel={item ? t("edit.save") : t("edit.addItemSubmit")}
          successMessage={item ? t("edit.saved") : t("edit.added")}
          groups={[
            {
              kind: "fields",
              fields: [
                field("categoryId", "select", item?.categoryId, {
                  options: categories.map((c) => ({ value: String(c.id), label: c.name })),
                }),
                field("code", "text", item?.code),
                field("content", "textarea", item?.content),
                field("maxPoints", "number", item?.maxPoints, { hint: t("form.maxPointsHint") }),
                field("scoringRule", "textarea", item?.scoringRule),
              ],
            },
            {
              kind: "table",
              legend: t("form.rules"),
              note: t("form.rulesHelp"),
              columns: [t("form.ruleLabel"), t("form.ruleKind"), t("form.rulePoints"), t("form.ruleIndicator")],
              rows: RULE_SLOTS.map((n) => {
                const r = rules[n - 1];
                const row = t("form.ruleN", { n });
                return {
                  label: row,
                  fields: [
                    { name: `rule${n}Label`, label: `${row} ${t("form.ruleLabel")}`, defaultValue: r?.label },
                    {
                      name: `rule${n}Kind`,
                      label: `${row} ${t("form.ruleKind")}`,
                      type: "select",
                      defaultValue: r?.kind,
                      options: (["per_occurrence", "per_percent_shortfall"] as const).map((k) => ({
                        value: k,
                        label: ta(`ruleKind.${k}`),
                      })),
                    },
                    {
                      name: `rule${n}Points`,
                      label: `${row} ${t("form.rulePoints")}`,
                      type: "number",
                      defaultValue: r?.points,
                    },
                    {
                      name: `rule${n}Indicator`,
                      label: `${row} ${t("form.ruleIndicator")}`,
                      type: "select",
                      defaultValue: r?.indicator,
                      options: indicators.map((i) => ({ value: i.code, label: tc("withNote", { text: i.name, note: i.measure }) })),
                    },
                  ],
                };
              }),
            },
          ]}
        />
      )}
    </section>
  );
}

/** 分值分配: the total, every category's points and every item's 标准分 in one save, so points can move. */
export async function SchemePointsForm({
  scheme,
  categories,
  items,
  action,
}: {
  scheme: AssessmentScheme;
  categories: SchemeCategory[];
  items: SchemeItem[];
  action: Act;
}) {
  const t = await getTranslations("scheme");
  const rows = categories.flatMap((c) => [
    {
      label: t("points.categoryRow", { name: c.name }),
      fields: [
        {
          name: `cat_${c.id}`,
          label: t("points.categoryLabel", { name: c.name }),
          type: "number" as const,
          defaultValue: c.points,
        },
      ],
    },
    ...items
      .filter((i) => i.categoryId === c.id)
      .map((i) => ({
        label: t("points.itemRow", { code: i.code, content: i.content.slice(0, 24) }),
        fields: [
          {
            name: `item_${i.id}`,
            label: t("points.itemLabel", { code: i.code }),
            type: "number" as const,
            defaultValue: i.maxPoints,
          },
        ],
      })),
  ]);
  return (
    <section id="points-form" aria-labelledby="points-h" className="card">
      <h2 id="points-h" className="mb-2 font-semibold">
        {t("points.title")}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{t("points.help")}</p>
      <SchemeGridForm
        action={action}
        hidden={{ schemeId: scheme.id, version: scheme.version }}
        submitLabel={t("points.submit")}
        successMessage={t("edit.saved")}
        groups={[
          {
            kind: "fields",
            fields: [
              {
                name: "totalPoints",
                label: t("points.total"),
                type: "number",
                defaultValue: scheme.totalPoints,
                required: true,
              },
            ],
          },
          { kind: "table", legend: t("points.rows"), columns: [t("points.value")], rows },
        ]}
      />
    </section>
  );
}

/** Add a category, or edit the one chosen (?category=). */
export async function SchemeCategoryForm({
  scheme,
  category,
  actions,
}: {
  scheme: AssessmentScheme;
  category?: SchemeCategory;
  actions: { create: Act; update: Act };
}) {
  const t = await getTranslations("scheme");
  return (
    <section id="category-form" aria-labelledby="category-h" className="card">
      <h2 id="category-h" className="mb-2 font-semibold">
        {category ? t("edit.editCategory", { name: category.name }) : t("edit.addCategory")}
      </h2>
      <ActionForm
        key={category?.id ?? "new"}
        action={category ? actions.update : actions.create}
        submitLabel={category ? t("edit.save") : t("edit.addCategorySubmit")}
        successMessage={category ? t("edit.saved") : t("edit.added")}
        resetOnSuccess={!category}
        fields={[
          ...(category
            ? [
                { name: "categoryId", label: "", type: "hidden" as const, defaultValue: category.id },
                { name: "version", label: "", type: "hidden" as const, defaultValue: scheme.version },
              ]
            : [{ name: "schemeId", label: "", type: "hidden" as const, defaultValue: scheme.id }]),
          { name: "code", label: t("form.categoryCode"), required: true, defaultValue: category?.code },
          { name: "name", label: t("form.categoryName"), required: true, defaultValue: category?.name },
          {
            name: "points",
            label: t("form.categoryPoints"),
            type: "number",
            required: true,
            defaultValue: category?.points,
          },
        ]}
      />
    </section>
  );
}
