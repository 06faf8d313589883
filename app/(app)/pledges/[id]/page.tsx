import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getPledge } from "@/db/queries/pledges";
import { PledgeSignatures } from "@/components/pledges/signatures";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { pledgeHash } from "@/lib/pledges/render";
import { isDue, partyOf } from "@/lib/pledges/signing";
import { signPledgeAction } from "../actions";

export const dynamic = "force-dynamic";

/** One pledge: its full text as fixed at generation, parties, status, signatures, signing and downloads. */
export default async function PledgePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: pledgeId } = await parsePageParams({ id: pathParam.id }, params);
  const pledge = await getPledge(await getDb(), pledgeId);
  if (!pledge) notFound();
  const { viewer, allowed } = await guardPage("duty.view", `/pledges/${pledgeId}`, (v) => ({
    unitIds: pledge.unitId != null ? [pledge.unitId] : [],
    personId: partyOf(pledge, v.personId) ? v.personId : null,
  }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("pledges");
  const party = partyOf(pledge, viewer.personId);
  const due = isDue(pledge.status, party);
  const intact = pledgeHash(pledge.content) === pledge.contentHash;
  const download = (format: "docx" | "pdf") => `/api/pledges/${pledge.id}?format=${format}`;
  return (
    <div className="max-w-4xl space-y-4">
      <p className="no-print text-sm">
        <Link className="text-blue-700 underline" href={`/pledges?year=${pledge.year}`}>
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{pledge.title}</h1>
      <dl className="card grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
        <dt>{t("detail.kind")}</dt>
        <dd>
          {t(`kind.${pledge.kind}`)} · {t(`level.${pledge.level}`)} · {t("detail.yearValue", { year: pledge.year })}
        </dd>
        <dt>{t("detail.unit")}</dt>
        <dd>{pledge.unitName ?? "—"}</dd>
        <dt>{t("detail.partyA")}</dt>
        <dd>{pledge.partyAName}</dd>
        <dt>{t("detail.partyB")}</dt>
        <dd>{pledge.partyBName}</dd>
        <dt>{t("detail.status")}</dt>
        <dd>
          <strong data-testid="pledge-status">{t(`status.${pledge.status}`)}</strong>
          {party && <span className="ml-2 text-slate-600">{t("detail.youAre", { party: t(`party.${party}`) })}</span>}
        </dd>
        <dt>{t("detail.hash")}</dt>
        <dd className="break-all font-mono text-xs">{pledge.contentHash}</dd>
      </dl>
      {intact ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900">
          {t("detail.intact")}
        </p>
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          {t("detail.tampered")}
        </p>
      )}
      <nav aria-label={t("detail.downloads")} className="no-print flex flex-wrap gap-3">
        <a className="btn-secondary" href={download("docx")} download>
          {t("detail.word")}
        </a>
        <a className="btn-secondary" href={download("pdf")} download>
          {t("detail.pdf")}
        </a>
      </nav>
      {due && intact && (
        <section aria-labelledby="sign-h" className="no-print rounded border border-blue-200 bg-blue-50 p-3">
          <h2 id="sign-h" className="mb-1 font-semibold">
            {t("sign.title")}
          </h2>
          <p className="mb-2 text-sm">{t(party === "b" ? "sign.helpB" : "sign.helpA")}</p>
          <ActionForm
            action={signPledgeAction}
            submitLabel={t("sign.submit")}
            successMessage={t("sign.done")}
            fields={[
              { name: "pledgeId", label: "", type: "hidden", defaultValue: pledge.id },
              { name: "password", label: t("sign.password"), type: "password", required: true },
            ]}
          />
        </section>
      )}
      <PledgeSignatures pledge={pledge} />
      <section aria-labelledby="text-h" className="card">
        <h2 id="text-h" className="mb-2 font-semibold">
          {t("detail.text")}
        </h2>
        <pre className="whitespace-pre-wrap break-words font-serif text-base leading-relaxed">{pledge.content}</pre>
      </section>
    </div>
  );
}
