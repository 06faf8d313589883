import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GAP_KINDS, type GapKind } from "@/lib/coverage/types";

const ITEM_KINDS: GapKind[] = ["business_without_safety", "item_missing_scope_or_standard"];

/** Headline figures, one per gap kind; each label filters the list to that kind. */
export async function GapSummary({
  counts,
  hrefFor,
  current,
}: {
  counts: Record<GapKind, { gaps: number; items: number }>;
  hrefFor: (kind: GapKind) => string;
  current?: GapKind;
}) {
  const t = await getTranslations("coverage");
  return (
    <div role="group" aria-label={t("summary")}>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7">
        {GAP_KINDS.map((k) => {
          const { gaps, items } = counts[k];
          return (
            <div key={k} className={`card p-3 ${current === k ? "ring-2 ring-blue-600" : ""}`}>
              <dt className="text-sm">
                <Link
                  href={hrefFor(k)}
                  className="text-blue-800 underline"
                  aria-current={current === k ? "true" : undefined}
                >
                  {t(`kind.${k}`)}
                </Link>
              </dt>
              <dd className={`text-2xl font-semibold ${gaps > 0 ? "text-amber-800" : "text-green-800"}`}>{gaps}</dd>
              {ITEM_KINDS.includes(k) && gaps > 0 && (
                <dd className="text-xs text-slate-600">{t("summaryItems", { count: items })}</dd>
              )}
            </div>
          );
        })}
      </dl>
    </div>
  );
}
