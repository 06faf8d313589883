import { getTranslations } from "next-intl/server";
import type { PledgeDetail } from "@/db/queries/pledges";
import { checkPledgeSignature } from "@/lib/pledges/signing";
import { getDates } from "@/components/ui/dates";

/** Who signed, when, as which party, and whether each signature covers exactly the pledge's text. */
export async function PledgeSignatures({ pledge }: { pledge: Pick<PledgeDetail, "content" | "contentHash" | "signatures"> }) {
  const t = await getTranslations("pledges.detail");
  const when = await getDates();
  return (
    <section aria-labelledby="signatures-h" className="card space-y-2">
      <h2 id="signatures-h" className="font-semibold">
        {t("signatures")}
      </h2>
      {pledge.signatures.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noSignatures")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table" aria-labelledby="signatures-h">
            <thead>
              <tr>
                <th scope="col">{t("party")}</th>
                <th scope="col">{t("signer")}</th>
                <th scope="col">{t("post")}</th>
                <th scope="col">{t("signedAt")}</th>
                <th scope="col">{t("method")}</th>
                <th scope="col">{t("hash")}</th>
                <th scope="col">{t("check")}</th>
              </tr>
            </thead>
            <tbody>
              {pledge.signatures.map((s) => {
                const c = checkPledgeSignature(pledge, s.contentHash);
                return (
                  <tr key={s.id}>
                    <td>{t(`partyName.${s.party}`)}</td>
                    <td>{s.signerName}</td>
                    <td>{s.signerPost ?? "—"}</td>
                    <td>{when.dateTime(s.signedAt)}</td>
                    <td>{s.method === "password" ? t("methodPassword") : s.method === "paper" ? t("methodPaper") : s.method}</td>
                    <td className="font-mono text-xs" title={s.contentHash}>
                      {s.contentHash.slice(0, 16)}…
                    </td>
                    <td>
                      {c.matches ? (
                        <span className="text-green-800">{t("matches")}</span>
                      ) : (
                        <strong className="text-red-800">{t("mismatch")}</strong>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
