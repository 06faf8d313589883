import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SheetItem } from "@/db/queries/my-duties";

/** One duty with its 责任类型, 依据, 责任范围, 考核标准, 频次 and a link to who held it when. */
export async function DutyItem({ item, historyHref }: { item: SheetItem; historyHref: string | null }) {
  const t = await getTranslations("duties");
  const fields: [label: string, value: string | null][] = [
    [t("sheet.supervisedUnit"), item.supervisedUnitName],
    [t("sheet.responsibilityType"), t(`enum.responsibilityType.${item.responsibilityType}`)],
    [t("sheet.legalBasis"), item.legalBasis],
    [t("sheet.scope"), item.scope],
    [t("sheet.standard"), item.standard],
    [t("sheet.cadence"), t(`enum.cadence.${item.cadence}`)],
    [t("sheet.evidence"), item.evidenceRequired],
  ];
  const accent = item.kind === "safety" ? "border-amber-500" : "border-blue-600";
  return (
    <div className={`break-inside-avoid border-l-2 pl-2 ${accent}`}>
      <p className="font-medium text-slate-900">{item.text}</p>
      <dl className="mt-1 grid grid-cols-[5.5rem_1fr] gap-x-2 gap-y-0.5 text-xs text-slate-600">
        {fields
          .filter(([, v]) => v)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {historyHref && (
        <Link
          href={historyHref}
          className="no-print mt-1 inline-block text-xs text-blue-700 underline hover:text-blue-900"
          aria-label={t("sheet.historyLabel", { text: item.text })}
        >
          {t("sheet.history")}
        </Link>
      )}
    </div>
  );
}
