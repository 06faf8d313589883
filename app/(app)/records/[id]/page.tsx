import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getRecord, recordTargetOf } from "@/db/queries/records";
import { listHeading } from "@/components/duties/duty-sheet";
import { NotPermitted } from "@/components/ui/not-permitted";
import { can } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { addRecordFilesAction } from "../actions";
import { FileForm } from "./file-form";

export const dynamic = "force-dynamic";

const kb = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** One work record: what, when, who, which units, the duties and scheme items it fulfils, and its files. */
export default async function RecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await parsePageParams({ id: pathParam.id }, params);
  const db = await getDb();
  const rec = await getRecord(db, id);
  const { viewer, allowed } = await guardPage("record.view", `/records/${id}`, (v) =>
    rec ? recordTargetOf(rec, v.personId) : { personId: null },
  );
  if (!allowed) return <NotPermitted />;
  if (!rec) notFound();
  const t = await getTranslations();
  const mayAddFiles = can(viewer, "record.edit", { ...recordTargetOf(rec, viewer.personId), unitIds: [rec.unitId] });
  const lead = rec.people.filter((p) => p.role === "lead");
  const others = rec.people.filter((p) => p.role !== "lead");
  return (
    <div className="max-w-4xl space-y-4">
      <nav className="text-sm">
        <Link href="/records" className="text-blue-700 underline">
          {t("records.title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{rec.title}</h1>
      <section className="card" aria-labelledby="rec-basic">
        <h2 id="rec-basic" className="sr-only">
          {t("records.detail.basic")}
        </h2>
        <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("records.field.kind")}</dt>
          <dd>{t(`records.kind.${rec.kind}`)}</dd>
          <dt className="text-slate-600">{t("records.field.date")}</dt>
          <dd>{rec.occurredOn}</dd>
          <dt className="text-slate-600">{t("records.field.unit")}</dt>
          <dd>{rec.unitName}</dd>
          <dt className="text-slate-600">{t("records.field.units")}</dt>
          <dd>{rec.units.map((u) => u.name).join("、") || "—"}</dd>
          <dt className="text-slate-600">{t("records.field.lead")}</dt>
          <dd>{lead.map((p) => p.name).join("、") || "—"}</dd>
          <dt className="text-slate-600">{t("records.field.participants")}</dt>
          <dd>{others.map((p) => p.name).join("、") || "—"}</dd>
          <dt className="text-slate-600">{t("records.detail.recordedBy")}</dt>
          <dd>{t("records.detail.recordedAt", { user: rec.recordedBy ?? t("records.detail.system"), at: rec.createdAt })}</dd>
        </dl>
        {rec.summary && <p className="mt-3 whitespace-pre-wrap text-sm">{rec.summary}</p>}
      </section>

      <section className="card space-y-2" aria-labelledby="rec-items">
        <h2 id="rec-items" className="font-semibold">
          {t("records.field.dutyItems")}
        </h2>
        {rec.dutyItems.length === 0 ? (
          <p className="text-sm text-slate-600">{t("records.detail.noItems")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {rec.dutyItems.map((d) => (
              <li key={`${d.listId}:${d.itemKey}`}>
                <p>{d.text ?? t("records.detail.itemGone")}</p>
                <p className="text-xs text-slate-600">
                  {d.year} · {listHeading(t, d)}
                </p>
              </li>
            ))}
          </ul>
        )}
        {rec.schemeItems.length > 0 && (
          <>
            <h3 className="pt-2 font-semibold">{t("records.field.schemeItems")}</h3>
            <ul className="list-disc pl-5 text-sm">
              {rec.schemeItems.map((s) => (
                <li key={s.id}>
                  {s.code} {s.content}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card space-y-3" aria-labelledby="rec-files">
        <h2 id="rec-files" className="font-semibold">
          {t("records.detail.files")}
        </h2>
        {rec.files.length === 0 ? (
          <p className="text-sm text-slate-600">{t("records.detail.noFiles")}</p>
        ) : (
          <table className="table" aria-labelledby="rec-files">
            <thead>
              <tr>
                <th scope="col">{t("records.detail.fileName")}</th>
                <th scope="col">{t("records.detail.fileSize")}</th>
                <th scope="col">{t("records.detail.fileHash")}</th>
                <th scope="col">{t("records.detail.fileAt")}</th>
              </tr>
            </thead>
            <tbody>
              {rec.files.map((f) => (
                <tr key={f.id}>
                  <td>
                    <a href={`/api/records/files/${f.id}`} className="text-blue-700 underline" download>
                      {f.filename}
                    </a>
                  </td>
                  <td className="whitespace-nowrap">{kb(f.size)}</td>
                  <td className="font-mono text-xs" title={f.sha256}>
                    {f.sha256.slice(0, 16)}…
                  </td>
                  <td className="whitespace-nowrap">{f.uploadedAt}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {mayAddFiles && <FileForm recordId={rec.id} action={addRecordFilesAction} />}
      </section>
    </div>
  );
}
