import { Fragment } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { HistoryVersion, ItemHistory } from "@/db/queries/my-duties";
import { getDates } from "@/components/ui/dates";
import { ITEM_FIELDS, type ItemField } from "@/lib/duties/content";
import { listHeading } from "./duty-sheet";

type Change = { type: "added" | "changed" | "same" | "removed" | "absent"; fields: ItemField[] };

/** How each version relates to the one before it, for this item (and which fields changed). */
function changesOf(versions: HistoryVersion[]): Change[] {
  return versions.map((v, i) => {
    const before = i > 0 ? versions[i - 1].item : null;
    const after = v.item;
    if (!after) return { type: before ? "removed" : "absent", fields: [] };
    if (!before) return { type: "added", fields: [] };
    const fields = ITEM_FIELDS.filter((f) => (before[f] ?? null) !== (after[f] ?? null));
    return { type: fields.length ? "changed" : "same", fields };
  });
}

/** Who held a duty on a date (问责倒查): the version in force, the post and holders, and every version. */
export async function DutyHistory({ history }: { history: ItemHistory }) {
  const t = await getTranslations();
  const th = await getTranslations("duties.history");
  const when = await getDates();
  const { list, inForce, holders, versions } = history;
  const isCurrent = (v: HistoryVersion) => inForce?.listId === v.listId && inForce.versionNo === v.versionNo;
  const posts =
    list.ownerType === "post"
      ? [th("headPost", { unit: list.unitName, post: list.postName ?? "" })]
      : list.ownerType === "unit"
        ? holders.length
          ? [...new Set(holders.map((h) => th("headPost", { unit: list.unitName, post: h.postName })))]
          : [th("headPost", { unit: list.unitName, post: t("enums.postKind.head") })]
        : [list.unitName];
  const changes = changesOf(versions);
  return (
    <>
      <section aria-labelledby="history-on" className="card space-y-3">
        <h2 id="history-on" className="text-lg font-semibold">
          {th("onDate", { date: history.date })}
        </h2>
        <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[7rem_1fr]">
          <dt className="text-slate-600">{th("text")}</dt>
          <dd className="font-medium">
            {inForce?.item ? (
              inForce.item.text
            ) : inForce ? (
              <span className="text-amber-800">{th("notInVersion")}</span>
            ) : (
              "—"
            )}
          </dd>
          <dt className="text-slate-600">{th("list")}</dt>
          <dd>{th("listLabel", { year: list.year, owner: listHeading(t, list) })}</dd>
          <dt className="text-slate-600">{th("inForce")}</dt>
          <dd title={inForce?.contentHash}>
            {inForce ? (
              th("versionLine", {
                no: inForce.versionNo,
                date: inForce.publishedDate,
                hash: `${inForce.contentHash.slice(0, 12)}…`,
              })
            ) : (
              <span className="text-amber-800">{th("noVersion")}</span>
            )}
          </dd>
          <dt className="text-slate-600">{th("post")}</dt>
          <dd>{posts.join(t("common.listSep"))}</dd>
          <dt className="text-slate-600">{th("holder")}</dt>
          <dd>
            {holders.length === 0 ? (
              <span className="text-amber-800">{th("noHolder")}</span>
            ) : (
              holders.map((h, i) => (
                <Fragment key={`${h.personId}-${h.postId}`}>
                  {i > 0 && t("common.listSep")}
                  <Link href={`/people/${h.personId}`} className="text-blue-700 underline hover:text-blue-900">
                    {h.name}
                  </Link>
                  {h.holdingType !== "primary" && (
                    <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">
                      {t(`enums.holdingType.${h.holdingType}`)}
                    </span>
                  )}
                </Fragment>
              ))
            )}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="history-versions" className="card space-y-2">
        <h2 id="history-versions" className="text-lg font-semibold">
          {th("versions")}
        </h2>
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{th("colYear")}</th>
                <th scope="col">{th("colVersion")}</th>
                <th scope="col">{th("colPublished")}</th>
                <th scope="col">{th("colText")}</th>
                <th scope="col">{th("colChange")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v, i) => (
                <tr
                  key={`${v.listId}-${v.versionNo}`}
                  aria-current={isCurrent(v) ? "true" : undefined}
                  className={isCurrent(v) ? "bg-blue-50" : undefined}
                >
                  <td>{v.year}</td>
                  <td className="whitespace-nowrap">
                    {th("versionNo", { no: v.versionNo })}
                    {isCurrent(v) && (
                      <span className="ml-1 rounded bg-blue-700 px-1 text-xs text-white">{th("current")}</span>
                    )}
                  </td>
                  <td className="whitespace-nowrap">{when.dateTime(v.publishedAt)}</td>
                  <td>{v.item ? v.item.text : <span className="text-slate-500">{th("absent")}</span>}</td>
                  <td>
                    {changes[i].type === "changed"
                      ? th("changedFields", {
                          fields: changes[i].fields.map((f) => th(`field.${f}`)).join(th("fieldSeparator")),
                        })
                      : th(`change.${changes[i].type}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
