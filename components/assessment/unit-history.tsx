// Every step of the unit's assessment (who, when, from which status to which, with the comment), and the
// objections filed during publicity with their decisions.
import { getTranslations } from "next-intl/server";
import type { UnitAssessmentDetail } from "@/db/queries/assessment-unit";
import { getDates } from "@/components/ui/dates";

export async function UnitHistory({ detail }: { detail: UnitAssessmentDetail }) {
  const t = await getTranslations("assessUnit");
  const ta = await getTranslations("assessment");
  const tc = await getTranslations("common");
  const when = await getDates();
  const status = (s: string) => (ta.has(`status.${s}`) ? ta(`status.${s}`) : s);
  const step = (s: string) => (t.has(`events.steps.${s}`) ? t(`events.steps.${s}`) : s);
  const itemCode = new Map(detail.scheme.items.map((i) => [i.id, i.code]));
  return (
    <>
      {detail.objections.length > 0 && (
        <section aria-labelledby="objections-h" className="card overflow-x-auto">
          <h2 id="objections-h" className="mb-2 font-semibold">
            {t("objections.heading")}
          </h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("objections.col.item")}</th>
                <th scope="col">{t("objections.col.text")}</th>
                <th scope="col">{t("objections.col.status")}</th>
                <th scope="col">{t("objections.col.filedBy")}</th>
                <th scope="col">{t("objections.col.decision")}</th>
              </tr>
            </thead>
            <tbody>
              {detail.objections.map((o) => (
                <tr key={o.id}>
                  <td>{o.itemId != null ? (itemCode.get(o.itemId) ?? "—") : "—"}</td>
                  <td className="whitespace-pre-wrap">{o.text}</td>
                  <td>{ta(`objectionStatus.${o.status}`)}</td>
                  <td>
                    {o.filedBy ?? "—"} · {when.dateTime(o.at)}
                  </td>
                  <td className="whitespace-pre-wrap">{o.decision ? tc("withNote", { text: o.decision, note: `${o.decidedBy ?? "—"} · ${when.dateTime(o.decidedAt)}` }) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="events-h" className="card overflow-x-auto">
        <h2 id="events-h" className="mb-2 font-semibold">
          {t("events.heading")}
        </h2>
        {detail.events.length === 0 ? (
          <p className="text-sm">{t("events.none")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("events.col.at")}</th>
                <th scope="col">{t("events.col.step")}</th>
                <th scope="col">{t("events.col.change")}</th>
                <th scope="col">{t("events.col.actor")}</th>
                <th scope="col">{t("events.col.comment")}</th>
              </tr>
            </thead>
            <tbody>
              {detail.events.map((e) => (
                <tr key={e.id}>
                  <td>{when.dateTime(e.at)}</td>
                  <td>{step(e.step)}</td>
                  <td>{e.fromStatus === e.toStatus ? status(e.toStatus) : `${status(e.fromStatus)} → ${status(e.toStatus)}`}</td>
                  <td>{e.actor ?? "—"}</td>
                  <td className="whitespace-pre-wrap">{e.comment ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
