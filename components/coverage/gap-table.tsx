import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Gap } from "@/lib/coverage/types";

const UNIT_LEVEL = new Set(["unit_without_leader", "unit_without_published_list", "leader_missing_oversight"]);

/** 缺口清单: one row per gap — what, where, who must close it, and a link to where it is closed. */
export async function GapTable({
  gaps,
  caption,
  examplesOf,
}: {
  gaps: Gap[];
  caption: string;
  /** The published text of the items an item-level gap names (a few per gap). */
  examplesOf: (g: Gap) => string[];
}) {
  const t = await getTranslations("coverage");
  const tc = await getTranslations("common");
  const subjectDetail = (g: Gap): string[] => {
    const out: string[] = [];
    switch (g.kind) {
      case "leader_missing_oversight":
        if (g.supervisionKind) out.push(t(`supervision.${g.supervisionKind}`));
        if (!g.hasPublishedList) out.push(t("gaps.noPublishedList"));
        break;
      case "person_without_list":
        if (g.postNames?.length) out.push(t("gaps.posts", { posts: g.postNames.join(tc("listSep")) }));
        break;
      case "business_without_safety":
      case "item_missing_scope_or_standard":
        out.push(t("gaps.items", { count: g.itemCount ?? 0 }));
        if (g.missingScope) out.push(t("gaps.missingScope", { count: g.missingScope }));
        if (g.missingStandard) out.push(t("gaps.missingStandard", { count: g.missingStandard }));
        return out;
    }
    if (g.kind !== "unit_without_leader" && g.kind !== "leader_missing_oversight") {
      out.push(g.listStatus ? t("gaps.status", { status: t(`status.${g.listStatus}`) }) : t("gaps.noList"));
    }
    return out;
  };
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("gaps.col.kind")}</th>
            <th scope="col">{t("gaps.col.unit")}</th>
            <th scope="col">{t("gaps.col.subject")}</th>
            <th scope="col">{t("gaps.col.closer")}</th>
            <th scope="col">{t("gaps.col.action")}</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((g, i) => (
            <tr key={`${g.kind}-${g.unitId}-${g.listId ?? ""}-${g.subject}-${i}`}>
              <td className={UNIT_LEVEL.has(g.kind) ? "font-medium text-red-800" : "text-amber-900"}>
                {t(`kind.${g.kind}`)}
              </td>
              <td>{g.unitName}</td>
              <td>
                <div>
                  {g.ownerType ? `${t(`ownerType.${g.ownerType}`)} · ` : ""}
                  {g.subject}
                </div>
                {subjectDetail(g).map((d) => (
                  <div key={d} className="text-xs text-slate-600">
                    {d}
                  </div>
                ))}
                {examplesOf(g).length > 0 && (
                  <ul aria-label={t("gaps.examplesLabel")} className="mt-1 list-disc pl-4 text-xs text-slate-700">
                    {examplesOf(g).map((text, j) => (
                      <li key={j} className="max-w-md truncate">
                        {text}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {t(`closer.${g.closer.role}`)}
                {g.closer.role !== "office" && (
                  <span className="ml-1">{g.closer.personName ?? t("closer.vacant")}</span>
                )}
              </td>
              <td className="whitespace-nowrap">
                <Link href={g.href} className="text-blue-800 underline">
                  {t("gaps.go")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
