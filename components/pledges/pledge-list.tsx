import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PledgeSummary } from "@/db/queries/pledges";
import { isDue, partyOf, type PledgeStatus } from "@/lib/pledges/signing";
import { getDates } from "@/components/ui/dates";

/**
 * A person's pledges of a year: title (link), level, both parties, status, and whether it waits for them.
 * Usable wherever a person's pledges are listed (the pledge page, "my duties").
 */
export async function PledgeList({ pledges, personId, caption }: { pledges: PledgeSummary[]; personId: number | null; caption: string }) {
  const t = await getTranslations("pledges");
  const when = await getDates();
  return (
    <table className="table">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("col.title")}</th>
          <th scope="col">{t("col.level")}</th>
          <th scope="col">{t("col.partyA")}</th>
          <th scope="col">{t("col.partyB")}</th>
          <th scope="col">{t("col.status")}</th>
          <th scope="col">{t("col.waiting")}</th>
        </tr>
      </thead>
      <tbody>
        {pledges.map((p) => {
          const status = p.status as PledgeStatus;
          const mine = partyOf(p, personId);
          const waiting = isDue(status, mine)
            ? t("waiting.me")
            : status === "complete" || status === "superseded" || !mine
              ? "—"
              : t("waiting.other");
          return (
            <tr key={p.id}>
              <td>
                <Link className="text-blue-700 underline" href={`/pledges/${p.id}`}>
                  {p.title}
                </Link>
              </td>
              <td>{t(`level.${p.level}`)}</td>
              <td>
                {p.partyAName}
                {p.signedAAt && <span className="block text-xs text-slate-600">{t("signedOn", { at: when.dateTime(p.signedAAt) })}</span>}
              </td>
              <td>
                {p.partyBName}
                {p.signedBAt && <span className="block text-xs text-slate-600">{t("signedOn", { at: when.dateTime(p.signedBAt) })}</span>}
              </td>
              <td>{t(`status.${status}`)}</td>
              <td>{waiting === t("waiting.me") ? <strong className="text-amber-800">{waiting}</strong> : waiting}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
