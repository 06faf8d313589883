import { getTranslations } from "next-intl/server";
import type { getPersonDetail } from "@/db/queries/people";

type Detail = NonNullable<Awaited<ReturnType<typeof getPersonDetail>>>;

/** A person's details, posts with history (acting and concurrent included), 分管 and committee seats. */
export async function PersonCard({ detail, today }: { detail: Detail; today: string }) {
  const t = await getTranslations();
  const { person, holdings, supervised, seats } = detail;
  const isCurrent = (h: Detail["holdings"][number]) => h.startDate <= today && (!h.endDate || h.endDate >= today);
  return (
    <div className="space-y-4">
      <dl className="card grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-600">{t("person.name")}</dt>
        <dd>{person.name}</dd>
        <dt className="text-slate-600">{t("person.staffNo")}</dt>
        <dd>{person.staffNo}</dd>
        <dt className="text-slate-600">{t("person.phone")}</dt>
        <dd>{person.phone ?? "—"}</dd>
        <dt className="text-slate-600">{t("person.status")}</dt>
        <dd>{person.isActive ? t("person.active") : t("person.inactive")}</dd>
        <dt className="text-slate-600">{t("person.account")}</dt>
        <dd>{person.username ?? "—"}</dd>
      </dl>
      <section className="card" aria-labelledby="posts-h">
        <h2 id="posts-h" className="mb-2 font-semibold">
          {t("person.posts")}
        </h2>
        {holdings.length === 0 ? (
          <p className="text-sm text-slate-600">{t("person.noHistory")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("person.unit")}</th>
                <th scope="col">{t("person.post")}</th>
                <th scope="col">{t("person.type")}</th>
                <th scope="col">{t("person.start")}</th>
                <th scope="col">{t("person.end")}</th>
                <th scope="col">{t("person.status")}</th>
              </tr>
            </thead>
            <tbody>
              {holdings.map((h) => (
                <tr key={h.id}>
                  <td>{h.unitName}</td>
                  <td>{h.postName}</td>
                  <td>{t(`enums.holdingType.${h.type}`)}</td>
                  <td>{h.startDate}</td>
                  <td>{h.endDate ?? "—"}</td>
                  <td>{isCurrent(h) ? t("person.current") : t("person.ended")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {supervised.length > 0 && (
        <section className="card" aria-labelledby="sup-h">
          <h2 id="sup-h" className="mb-2 font-semibold">
            {t("person.supervises")}
          </h2>
          <ul className="text-sm">
            {supervised.map((s) => (
              <li key={`${s.year}-${s.unitId}`}>
                {s.year} · {s.unitName} · {t(`enums.supervisionKind.${s.kind}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {seats.length > 0 && (
        <section className="card" aria-labelledby="seat-h">
          <h2 id="seat-h" className="mb-2 font-semibold">
            {t("person.committee")}
          </h2>
          <ul className="text-sm">
            {seats.map((s) => (
              <li key={s.year}>
                {s.year} · {t(`enums.committeeRole.${s.role}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
