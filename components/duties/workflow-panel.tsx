import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { listEventsOf, listSignaturesOf } from "@/db/queries/signoff";
import { ActionForm } from "@/components/ui/action-form";
import { getDates } from "@/components/ui/dates";
import type { DefinedAction } from "@/server/action";
import { can, type Viewer } from "@/lib/authz";
import { checkSignature } from "@/lib/duties/workflow";

type Act = DefinedAction;

/** Status, the next step for this viewer (submit, review, sign, approve, return), history and signatures. */
export async function WorkflowPanel(props: {
  list: { id: number; unitId: number; status: string };
  viewer: Viewer;
  isSigner: boolean;
  currentHash: string;
  events: Awaited<ReturnType<typeof listEventsOf>>;
  signatures: Awaited<ReturnType<typeof listSignaturesOf>>;
  actions: { submit: Act; review: Act; sign: Act; approve: Act; ret: Act };
}) {
  const { list, viewer, isSigner, currentHash, events, signatures, actions } = props;
  const t = await getTranslations("duties.workflow");
  const ts = await getTranslations("duties.enum.status");
  const tc = await getTranslations("common");
  const when = await getDates();
  const unit = { unitIds: [list.unitId] };
  const mine = signatures.find((s) => s.signerUserId === viewer.userId);
  const hasCurrent = signatures.some((s) => s.signerUserId === viewer.userId && s.contentHash === currentHash);
  // Re-sign after a change; a first signature on a published list (a successor after a handover, or a
  // list others have signed) is allowed too.
  const needsResign = list.status === "published" && isSigner && mine != null && !hasCurrent;
  const needsFirstSign = list.status === "published" && isSigner && mine == null;
  const canSign = isSigner && (list.status === "reviewed" || needsResign || needsFirstSign);
  const canReturn =
    (list.status === "submitted" && can(viewer, "duty.review", unit)) ||
    (list.status === "reviewed" && isSigner) ||
    ((list.status === "confirmed" || list.status === "approved") && can(viewer, "duty.approve", unit));
  const hidden = [{ name: "listId", label: "", type: "hidden" as const, defaultValue: list.id }];
  return (
    <section aria-labelledby="wf-h" className="card space-y-4">
      <h2 id="wf-h" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">
        {tc.rich("labelledStrong", { label: t("status"), value: ts(list.status), b: (c) => <strong>{c}</strong> })}
      </p>
      {needsResign && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          {t("resign")}{" "}
          <Link className="underline" href={`/duties/${list.id}/signatures/${mine!.id}`}>
            {t("verify")}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap gap-6">
        {list.status === "draft" && can(viewer, "duty.edit", unit) && (
          <ActionForm action={actions.submit} submitLabel={t("submit")} successMessage={t("done")} fields={hidden} />
        )}
        {list.status === "submitted" && can(viewer, "duty.review", unit) && (
          <ActionForm action={actions.review} submitLabel={t("review")} successMessage={t("done")} fields={hidden} />
        )}
        {list.status === "confirmed" && can(viewer, "duty.approve", unit) && (
          <ActionForm action={actions.approve} submitLabel={t("approve")} successMessage={t("done")} fields={hidden} />
        )}
      </div>
      {canSign && (
        <div className="rounded border border-blue-200 bg-blue-50 p-3">
          <p className="mb-2 text-sm">{t("signHelp")}</p>
          <ActionForm
            action={actions.sign}
            submitLabel={t("sign")}
            successMessage={t("signed")}
            fields={[...hidden, { name: "password", label: t("password"), type: "password", required: true }]}
          />
        </div>
      )}
      {canReturn && (
        <details>
          <summary className="cursor-pointer text-sm text-blue-700">{t("return")}</summary>
          <ActionForm
            action={actions.ret}
            submitLabel={t("return")}
            successMessage={t("done")}
            fields={[...hidden, { name: "comment", label: t("comment"), type: "textarea", required: true }]}
          />
        </details>
      )}
      <div>
        <h3 className="mb-1 font-medium">{t("signatures")}</h3>
        {signatures.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSignatures")}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("signer")}</th>
                <th scope="col">{t("post")}</th>
                <th scope="col">{t("signedAt")}</th>
                <th scope="col">{t("hash")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("verify")}</th>
              </tr>
            </thead>
            <tbody>
              {signatures.map((s) => {
                const c = checkSignature(s, currentHash);
                return (
                  <tr key={s.id}>
                    <td>{s.signerName ?? s.signerUsername}</td>
                    <td>{s.signerPost ?? "—"}</td>
                    <td>{when.dateTime(s.signedAt)}</td>
                    <td className="font-mono text-xs" title={s.contentHash}>
                      {s.contentHash.slice(0, 12)}…
                    </td>
                    <td>{!c.intact ? t("tampered") : c.current ? t("valid") : t("changed")}</td>
                    <td>
                      <Link className="text-blue-700 underline" href={`/duties/${list.id}/signatures/${s.id}`}>
                        {t("verify")}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
      {events.length > 0 && (
        <div>
          <h3 className="mb-1 font-medium">{t("events")}</h3>
          <ol className="space-y-1 text-sm">
            {events.map((e) => (
              <li key={e.id}>
                {when.dateTime(e.at)} · {e.actor ?? "—"} ·{" "}
                {e.comment ? tc("labelled", { label: t(`step.${e.step}`), value: e.comment }) : t(`step.${e.step}`)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
