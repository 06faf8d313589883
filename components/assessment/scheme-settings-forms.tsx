import { getTranslations } from "next-intl/server";
import type { AssessmentScheme, SchemeVetoRule } from "@/db/schema";
import type { DefinedAction } from "@/server/action";
import { SchemeGridForm, type GridField } from "./scheme-grid-form";

type Act = DefinedAction;
const TIER_SLOTS = [1, 2, 3, 4, 5];
const BAND_SLOTS = [1, 2, 3, 4, 5, 6];
const CONSEQUENCES = ["lose_honours", "no_excellent", "rectification"];
const GROUPS = ["general", "regulatory", "technical", "field"];
const KINDS = ["section", "affiliated", "branch"];

/** Title, bonus cap and mode with up to 5 tiers, up to 6 grade bands, publicity days. */
export async function SchemeSettingsForm({ scheme, action }: { scheme: AssessmentScheme; action: Act }) {
  const t = await getTranslations("scheme");
  const ta = await getTranslations("assessment");
  const cell = (
    name: string,
    label: string,
    defaultValue: GridField["defaultValue"],
    type: GridField["type"] = "text",
  ): GridField => ({ name, label, defaultValue, type });
  return (
    <section id="settings-form" aria-labelledby="settings-h" className="card">
      <h2 id="settings-h" className="mb-2 font-semibold">
        {t("settings.title")}
      </h2>
      <SchemeGridForm
        action={action}
        hidden={{ schemeId: scheme.id, version: scheme.version }}
        submitLabel={t("edit.save")}
        successMessage={t("edit.saved")}
        groups={[
          {
            kind: "fields",
            fields: [
              { name: "title", label: t("settings.schemeTitle"), defaultValue: scheme.title, required: true },
              {
                name: "bonusCap",
                label: t("settings.bonusCap"),
                type: "number",
                defaultValue: scheme.bonusCap,
                required: true,
              },
              {
                name: "bonusMode",
                label: t("settings.bonusMode"),
                type: "select",
                defaultValue: scheme.bonusMode,
                required: true,
                options: (["sum", "highest"] as const).map((m) => ({ value: m, label: ta(`bonusMode.${m}`) })),
              },
              {
                name: "publicityDays",
                label: t("settings.publicityDays"),
                type: "number",
                defaultValue: scheme.publicityDays,
                required: true,
              },
            ],
          },
          {
            kind: "table",
            legend: t("settings.tiers"),
            note: t("settings.tiersHelp"),
            columns: [t("col.key"), t("col.tier"), t("col.points")],
            rows: TIER_SLOTS.map((n) => {
              const b = scheme.bonusTiers[n - 1];
              const row = t("settings.tierN", { n });
              return {
                label: row,
                fields: [
                  cell(`tier${n}Key`, `${row} ${t("col.key")}`, b?.key),
                  cell(`tier${n}Label`, `${row} ${t("col.tier")}`, b?.label),
                  cell(`tier${n}Points`, `${row} ${t("col.points")}`, b?.points, "number"),
                ],
              };
            }),
          },
          {
            kind: "table",
            legend: t("settings.bands"),
            note: t("settings.bandsHelp"),
            columns: [t("col.key"), t("col.grade"), t("settings.bandMin"), t("settings.bandInclusive")],
            rows: BAND_SLOTS.map((n) => {
              const b = scheme.gradeBands[n - 1];
              const row = t("settings.bandN", { n });
              return {
                label: row,
                fields: [
                  cell(`band${n}Key`, `${row} ${t("col.key")}`, b?.key),
                  cell(`band${n}Label`, `${row} ${t("col.grade")}`, b?.label),
                  cell(`band${n}Min`, `${row} ${t("settings.bandMin")}`, b?.min, "number"),
                  cell(
                    `band${n}Inclusive`,
                    `${row} ${t("settings.bandInclusive")}`,
                    b ? b.inclusive : true,
                    "checkbox",
                  ),
                ],
              };
            }),
          },
        ]}
      />
    </section>
  );
}

/** Add a veto rule, or edit the one chosen (?veto=): basis, effect and grade, consequences, reach. */
export async function SchemeVetoForm({
  scheme,
  rule,
  actions,
}: {
  scheme: AssessmentScheme;
  rule?: SchemeVetoRule;
  actions: { create: Act; update: Act };
}) {
  const t = await getTranslations("scheme");
  const ta = await getTranslations("assessment");
  const te = await getTranslations("enums");
  const box = (prefix: string, key: string, label: string, on: boolean): GridField => ({
    name: `${prefix}_${key}`,
    label,
    type: "checkbox",
    defaultValue: on,
  });
  return (
    <section id="veto-form" aria-labelledby="veto-h" className="card">
      <h2 id="veto-h" className="mb-2 font-semibold">
        {rule ? t("edit.editVeto", { code: rule.code }) : t("edit.addVeto")}
      </h2>
      <SchemeGridForm
        key={rule?.id ?? "new"}
        action={rule ? actions.update : actions.create}
        hidden={rule ? { ruleId: rule.id, version: scheme.version } : { schemeId: scheme.id }}
        resetOnSuccess={!rule}
        submitLabel={rule ? t("edit.save") : t("edit.addVetoSubmit")}
        successMessage={rule ? t("edit.saved") : t("edit.added")}
        groups={[
          {
            kind: "fields",
            fields: [
              { name: "code", label: t("form.vetoCode"), defaultValue: rule?.code, required: true },
              { name: "name", label: t("form.vetoName"), defaultValue: rule?.name, required: true },
              {
                name: "basis",
                label: t("form.vetoBasis"),
                type: "textarea",
                defaultValue: rule?.basis,
                required: true,
              },
              {
                name: "effect",
                label: t("form.vetoEffect"),
                type: "select",
                defaultValue: rule?.effect ?? "force_grade",
                required: true,
                options: (["force_grade", "zero_score", "cap_grade"] as const).map((e) => ({
                  value: e,
                  label: ta(`vetoEffect.${e}`),
                })),
              },
              {
                name: "effectGrade",
                label: t("form.vetoGrade"),
                type: "select",
                defaultValue: rule?.effectGrade,
                hint: t("form.vetoGradeHint"),
                options: scheme.gradeBands.map((b) => ({ value: b.key, label: b.label })),
              },
            ],
          },
          {
            kind: "fields",
            legend: t("form.consequences"),
            fields: CONSEQUENCES.map((c) =>
              box("consequence", c, ta(`consequence.${c}`), !!rule?.consequences.includes(c)),
            ),
          },
          {
            kind: "fields",
            legend: t("form.groups"),
            fields: GROUPS.map((g) => box("group", g, te(`unitGroup.${g}`), !!rule?.appliesTo.groups.includes(g))),
          },
          {
            kind: "fields",
            legend: t("form.kinds"),
            fields: KINDS.map((k) => box("kind", k, te(`unitKind.${k}`), !!rule?.appliesTo.kinds.includes(k))),
          },
        ]}
      />
    </section>
  );
}
