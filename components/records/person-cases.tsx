// A person's accountability cases (问责), on their page: for readers the permission table lets see them
// (the committee and leaders, and the person themselves); nothing is rendered for anyone else.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { readPersonCases } from "@/server/reads";
import { can } from "@/lib/authz";
import { getViewer } from "@/server/auth/viewer";
import { today as clockToday } from "@/lib/clock";

export async function PersonCases({ personId }: { personId: number }) {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "accountability.view", { personId })) return null;
  const [cases, t] = await Promise.all([readPersonCases(personId), getTranslations("accountability")]);
  const today = clockToday();
  return (
    <section aria-labelledby="person-cases-h" className="card mt-4 overflow-x-auto">
      <h2 id="person-cases-h" className="mb-2 font-semibold">
        {t("person.title")}
      </h2>
      {cases.length === 0 ? (
        <p className="text-sm">{t("person.none")}</p>
      ) : (
        <table className="table" aria-labelledby="person-cases-h">
          <thead>
            <tr>
              <th scope="col">{t("col.decidedOn")}</th>
              <th scope="col">{t("col.form")}</th>
              <th scope="col">{t("col.situation")}</th>
              <th scope="col">{t("col.leniency")}</th>
              <th scope="col">{t("col.decidedBy")}</th>
              <th scope="col">{t("col.restrictedUntil")}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link className="text-blue-700 underline" href={`/accountability/${c.id}`}>
                    {c.decidedOn}
                  </Link>
                </td>
                <td>{t(`form.${c.form}`)}</td>
                <td>{t(`situation.${c.situation}`)}</td>
                <td>{t(`leniency.${c.leniency}`)}</td>
                <td>{c.decidedBy}</td>
                <td>
                  {c.restrictedUntil ?? "—"}
                  {c.restrictedUntil && c.restrictedUntil >= today && (
                    <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("person.inForce")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
