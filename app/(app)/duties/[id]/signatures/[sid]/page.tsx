import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getListHeader, listWorkingItems } from "@/db/queries/duties";
import { listSignaturesOf, listSignerIds } from "@/db/queries/signoff";
import { NotPermitted } from "@/components/ui/not-permitted";
import { getDates } from "@/components/ui/dates";
import { orgDateOf, today } from "@/lib/clock";
import { canonicalListContent, contentHash, diffItems, type ItemContent } from "@/lib/duties/content";
import { listLabel } from "@/lib/duties/labels";
import { checkSignature } from "@/lib/duties/workflow";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";

function signedItems(content: string): ItemContent[] {
  try {
    const parsed = JSON.parse(content) as { items?: Omit<ItemContent, "sortOrder">[] };
    return (parsed.items ?? []).map((i, n) => ({ ...i, sortOrder: n + 1 }));
  } catch {
    return [];
  }
}

export default async function SignaturePage({ params }: { params: Promise<{ id: string; sid: string }> }) {
  const { id: listId, sid: sigId } = await parsePageParams({ id: pathParam.id, sid: pathParam.id }, params);
  const db = await getDb();
  const list = await getListHeader(db, listId);
  if (!list) notFound();
  const signers = await listSignerIds(db, list, orgDateOf(list.year, today()));
  const { allowed } = await guardPage("duty.view", `/duties/${listId}/signatures/${sigId}`, (v) => ({
    unitIds: [list.unitId],
    personId: v.personId != null && signers.includes(v.personId) ? v.personId : null,
    year: list.year,
  }));
  if (!allowed) return <NotPermitted />;
  const [signatures, items] = await Promise.all([listSignaturesOf(db, listId), listWorkingItems(db, listId)]);
  const sig = signatures.find((s) => s.id === sigId);
  if (!sig) notFound();
  const t = await getTranslations("duties");
  const tc = await getTranslations("common");
  const when = await getDates();
  const check = checkSignature(sig, contentHash(canonicalListContent(list, items)));
  const before = signedItems(sig.content);
  const diffs = check.current ? [] : diffItems(before, items as ItemContent[]);
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href={`/duties/${listId}`}>
          {tc("labelled", { label: t("editor.back"), value: `${listLabel(t, list)} · ${list.year}` })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("workflow.verifyTitle")}</h1>
      <dl className="card grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
        <dt>{t("workflow.signer")}</dt>
        <dd>{sig.signerName ?? sig.signerUsername}</dd>
        <dt>{t("workflow.post")}</dt>
        <dd>{sig.signerPost ?? "—"}</dd>
        <dt>{t("workflow.signedAt")}</dt>
        <dd>
          <time dateTime={sig.signedAt.toISOString()}>{when.dateTime(sig.signedAt, { seconds: true })}</time>
        </dd>
        <dt>{t("workflow.method")}</dt>
        <dd>{sig.method === "password" ? t("workflow.methodPassword") : sig.method}</dd>
        <dt>{t("workflow.hash")}</dt>
        <dd className="break-all font-mono text-xs">{sig.contentHash}</dd>
      </dl>
      {check.intact ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900">
          {t("workflow.intact")} {check.current ? t("workflow.current") : t("workflow.notCurrent")}
        </p>
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          {t("workflow.broken")}
        </p>
      )}
      {diffs.length > 0 && (
        <table className="table card">
          <caption className="text-left font-medium">{t("workflow.notCurrent")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("diff.change")}</th>
              <th scope="col">{t("diff.before")}</th>
              <th scope="col">{t("diff.after")}</th>
            </tr>
          </thead>
          <tbody>
            {diffs.map((d) => (
              <tr key={d.itemKey}>
                <td>
                  {t(`diff.${d.type}`)}
                  {d.type === "changed" ? tc("withNote", { text: "", note: d.fields.map((f) => t(`editor.${f === "supervisedUnitId" ? "supervisedUnit" : f}`)).join(tc("listSep")) }) : ""}
                </td>
                <td>{d.type === "added" ? "—" : <del>{d.type === "changed" ? d.fields.map((f) => String(d.before[f] ?? "—")).join(" / ") : d.before.text}</del>}</td>
                <td>{d.type === "removed" ? "—" : <ins className="no-underline">{d.type === "changed" ? d.fields.map((f) => String(d.after[f] ?? "—")).join(" / ") : d.after.text}</ins>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="card" aria-labelledby="signed-h">
        <h2 id="signed-h" className="mb-2 font-semibold">
          {t("workflow.signedContent")}
        </h2>
        <ol className="list-decimal space-y-1 pl-6 text-sm">
          {before.map((i) => (
            <li key={i.itemKey}>
              {i.text}
              {i.standard ? tc("withNote", { text: "", note: tc("labelled", { label: t("editor.standard"), value: i.standard }) }) : ""}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
