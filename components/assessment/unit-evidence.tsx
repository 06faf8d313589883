// Every evidence file of the assessment with its source, item, size, uploader and hash (downloads go through
// the scope-checked, audited route), and the upload form for whoever may add evidence now.
import { getTranslations } from "next-intl/server";
import type { UnitAssessmentDetail } from "@/db/queries/assessment-unit";
import type { DefinedAction } from "@/server/action";
import { getDates } from "@/components/ui/dates";
import { UnitUploadForm } from "./unit-upload-form";

type Upload = DefinedAction;

export async function UnitEvidence({
  assessmentId,
  detail,
  uploadSelf,
  uploadReview,
}: {
  assessmentId: number;
  detail: UnitAssessmentDetail;
  /** Present when the viewer may add evidence of that kind now. */
  uploadSelf?: Upload;
  uploadReview?: Upload;
}) {
  const t = await getTranslations("assessUnit.evidence");
  const when = await getDates();
  const itemCode = new Map(detail.scheme.items.map((i) => [i.id, i.code]));
  const items = detail.scheme.items.map((i) => ({ id: i.id, label: `${i.code} ${i.content.slice(0, 24)}` }));
  return (
    <section aria-labelledby="evidence-h" className="card space-y-3">
      <h2 id="evidence-h" className="font-semibold">
        {t("heading")}
      </h2>
      {detail.files.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("item")}</th>
                <th scope="col">{t("purpose")}</th>
                <th scope="col">{t("size")}</th>
                <th scope="col">{t("uploadedBy")}</th>
                <th scope="col">{t("sha256")}</th>
              </tr>
            </thead>
            <tbody>
              {detail.files.map((f) => (
                <tr key={f.id}>
                  <td>
                    <a className="text-blue-700 underline" href={`/api/assessment/attachments/${f.id}`} aria-label={t("download", { name: f.filename })}>
                      {f.filename}
                    </a>
                  </td>
                  <td>{f.itemId != null ? (itemCode.get(f.itemId) ?? "—") : "—"}</td>
                  <td>{t(`purposes.${f.purpose}`)}</td>
                  <td>{t("kb", { n: String(Math.max(1, Math.round(f.size / 1024))) })}</td>
                  <td>
                    {f.by ?? "—"} · {when.dateTime(f.at)}
                  </td>
                  <td className="font-mono text-xs" title={f.sha256}>
                    {f.sha256.slice(0, 16)}…
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {uploadSelf && <UnitUploadForm action={uploadSelf} assessmentId={assessmentId} label={t("uploadSelf")} items={items} />}
      {uploadReview && <UnitUploadForm action={uploadReview} assessmentId={assessmentId} label={t("uploadReview")} items={items} />}
    </section>
  );
}
