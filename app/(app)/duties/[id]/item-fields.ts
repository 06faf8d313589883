// The fields of the duty-item form, shared by "add" and "edit".
import type { FieldSpec } from "@/components/ui/action-form";

type T = (key: string) => string;
type Item = {
  itemKey: string;
  text: string;
  category: string;
  kind: string;
  responsibilityType: string;
  legalBasis: string | null;
  scope: string | null;
  standard: string | null;
  cadence: string;
  evidenceRequired: string | null;
  pairedKey: string | null;
};

export function itemFormFields(t: T, business: { itemKey: string; text: string }[], item: Item | undefined, categories: readonly string[]): FieldSpec[] {
  const opts = (prefix: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return [
    { name: "text", label: t("editor.text"), type: "textarea", required: true, defaultValue: item?.text },
    { name: "category", label: t("editor.category"), type: "select", required: true, options: opts("enum.category", categories), defaultValue: item?.category },
    { name: "kind", label: t("editor.kind"), type: "select", required: true, options: opts("enum.kind", ["business", "safety"]), defaultValue: item?.kind },
    {
      name: "responsibilityType",
      label: t("editor.responsibilityType"),
      type: "select",
      required: true,
      options: opts("enum.responsibilityType", ["first", "leadership", "direct", "post"]),
      defaultValue: item?.responsibilityType,
    },
    { name: "scope", label: t("editor.scope"), defaultValue: item?.scope },
    { name: "standard", label: t("editor.standard"), type: "textarea", defaultValue: item?.standard },
    { name: "legalBasis", label: t("editor.legalBasis"), defaultValue: item?.legalBasis },
    {
      name: "cadence",
      label: t("editor.cadence"),
      type: "select",
      required: true,
      options: opts("enum.cadence", ["once", "monthly", "quarterly", "yearly", "on_event"]),
      defaultValue: item?.cadence ?? "yearly",
    },
    { name: "evidenceRequired", label: t("editor.evidenceRequired"), defaultValue: item?.evidenceRequired },
    {
      name: "pairedKey",
      label: t("editor.pairedKey"),
      type: "select",
      options: business.filter((b) => b.itemKey !== item?.itemKey).map((b) => ({ value: b.itemKey, label: b.text.slice(0, 40) })),
      defaultValue: item?.pairedKey,
    },
  ];
}
