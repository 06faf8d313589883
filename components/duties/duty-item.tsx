import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SheetItem } from "@/db/queries/my-duties";
import type { LastDone } from "@/db/queries/records-due";
import type { DueState } from "@/lib/records/cadence";

const DUE_STYLE: Record<DueState, string> = {
  done: "bg-green-100 text-green-800",
  due: "bg-amber-100 text-amber-900",
  overdue: "bg-red-100 text-red-800",
};

/** One duty with its 责任类型, 依据, 责任范围, 考核标准, 频次, when it was last done (and for a periodic duty
 * whether this period's is done, due or overdue), and a link to who held it when. */
export async function DutyItem({
  item,
  historyHref,
  lastDone = null,
  due = null,
}: {
  item: SheetItem;
  historyHref: string | null;
  lastDone?: LastDone | null;
  due?: DueState | null;
}) {
  const t = await getTranslations("duties");
  const tr = await getTranslations("records");
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
      {(lastDone || due) && (
        <p className="mt-1 flex flex-wrap items-center gap-2 text-xs" data-testid="duty-last-done">
          {lastDone && <span className="text-slate-700">{tr("lastDone", { date: lastDone.date, kind: tr(`kind.${lastDone.kind}`) })}</span>}
          {due && <span className={`rounded px-1.5 py-0.5 ${DUE_STYLE[due]}`}>{tr(`dueState.${due}`)}</span>}
        </p>
      )}
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
