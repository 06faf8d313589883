import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { NeedsMeList } from "@/db/queries/needs-me";
import type { NeedsMeAssessment } from "@/db/queries/needs-me-assessment";
import { loadNeedsMe } from "@/server/home/needs-me";

const SHOWN = 20;

/** A published list to confirm opens on 我的责任, where its 签字确认 button is; other steps on the list page. */
function listHref(l: NeedsMeList): string {
  if (l.action === "confirm" || l.action === "resign") return `/my-duties#duty-list-${l.listId}-h`;
  return `/duties/${l.listId}`;
}

function assessmentHref(a: NeedsMeAssessment): string {
  if (a.unitId != null) return `/assessment/${a.year}/units/${a.unitId}`;
  return `/assessment/${a.year}/decision`;
}

/** 需要我处理: the lists and pledges waiting for the viewer's action, with counts and links. */
export async function NeedsMeSection() {
  const data = await loadNeedsMe();
  if (!data) return null;
  const t = await getTranslations("needsMe");
  const td = await getTranslations("signing.ownerType");
  const tc = await getTranslations("common");
  const name = (l: NeedsMeList) =>
    [td(l.ownerType), l.ownerType === "leader" ? l.leaderName : l.unitName, l.ownerType === "post" ? l.postName : null]
      .filter(Boolean)
      .join(" · ");
  return (
    <section aria-labelledby="needs-me-h" className="card space-y-3">
      <h2 id="needs-me-h" className="font-semibold">
        {t("title")}
      </h2>
      {data.total === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <>
          <p className="text-sm font-medium">{t("total", { count: data.total })}</p>
          {data.lists.length > 0 && (
            <div>
              <h3 className="text-sm font-medium">{t("lists", { count: data.lists.length })}</h3>
              <ul className="text-sm">
                {data.lists.slice(0, SHOWN).map((l) => (
                  <li key={`${l.action}:${l.listId}`}>
                    <Link className="text-blue-700 underline" href={listHref(l)}>
                      {tc("labelled", { label: t(`action.${l.action}`), value: name(l) })}
                    </Link>
                  </li>
                ))}
              </ul>
              {data.lists.length > SHOWN && <p className="text-xs text-slate-600">{t("more", { count: data.lists.length - SHOWN })}</p>}
            </div>
          )}
          {data.assessments.length > 0 && (
            <div>
              <h3 className="text-sm font-medium">{t("assessments", { count: data.assessments.length })}</h3>
              <ul className="text-sm">
                {data.assessments.slice(0, SHOWN).map((a) => (
                  <li key={`${a.action}:${a.year}:${a.unitId ?? "-"}`}>
                    <Link className="text-blue-700 underline" href={assessmentHref(a)}>
                      {a.unitName
                        ? tc("labelled", { label: t(`assessment.${a.action}`, { year: a.year, count: a.count }), value: a.unitName })
                        : t(`assessment.${a.action}`, { year: a.year, count: a.count })}
                    </Link>
                  </li>
                ))}
              </ul>
              {data.assessments.length > SHOWN && <p className="text-xs text-slate-600">{t("more", { count: data.assessments.length - SHOWN })}</p>}
            </div>
          )}
          {data.pledges.length > 0 && (
            <div>
              <h3 className="text-sm font-medium">{t("pledges", { count: data.pledges.length })}</h3>
              <ul className="text-sm">
                {data.pledges.slice(0, SHOWN).map((p) => (
                  <li key={p.pledgeId}>
                    <Link className="text-blue-700 underline" href={`/pledges/${p.pledgeId}`}>
                      {tc("labelled", { label: t(`party.${p.party}`), value: p.title })}
                    </Link>{" "}
                    <span className="text-slate-600">{t("pledgeWith", { name: p.otherName })}</span>
                  </li>
                ))}
              </ul>
              {data.pledges.length > SHOWN && <p className="text-xs text-slate-600">{t("more", { count: data.pledges.length - SHOWN })}</p>}
            </div>
          )}
        </>
      )}
    </section>
  );
}
