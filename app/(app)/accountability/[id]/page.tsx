import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getCase } from "@/db/queries/accountability";
import { NotPermitted } from "@/components/ui/not-permitted";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";

export const dynamic = "force-dynamic";

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await parsePageParams({ id: pathParam.id }, params);
  const db = await getDb();
  const detail = await getCase(db, id);
  // A reader with only their own cases learns nothing about another person's case: the same refusal.
  const { allowed } = await guardPage("accountability.view", `/accountability/${id}`, () => ({
    personId: detail?.case.personId ?? null,
  }));
  if (!allowed) return <NotPermitted />;
  if (!detail) notFound();
  const t = await getTranslations("accountability");
  const tc = await getTranslations("common");
  const c = detail.case;
  const source =
    c.triggerKind === "accident" && c.accidentId ? (
      <Link className="text-blue-700 underline" href={`/accidents/${c.accidentId}`}>
        {detail.accidentTitle}
      </Link>
    ) : c.triggerKind === "hazard" && c.hazardId ? (
      <Link className="text-blue-700 underline" href={`/hazards/${c.hazardId}`}>
        {detail.hazardTitle}
      </Link>
    ) : c.recordId ? (
      <Link className="text-blue-700 underline" href={`/records/${c.recordId}`}>
        {detail.recordTitle}
      </Link>
    ) : null;
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd>{value ?? "—"}</dd>
    </>
  );
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href="/accountability">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("detail.title", { name: detail.personName })}</h1>
      <section className="card" aria-label={t("detail.title", { name: detail.personName })}>
        <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          {row(
            t("col.person"),
            <Link className="text-blue-700 underline" href={`/people/${c.personId}`}>
              {tc("withNote", { text: detail.personName, note: `${t("detail.staffNo")} ${detail.personStaffNo}` })}
            </Link>,
          )}
          {row(t("col.unit"), detail.unitName)}
          {row(
            t("detail.source"),
            <>
              {t(`trigger.${c.triggerKind}`)}
              {tc("colon")}
              {source}
            </>,
          )}
          {row(t("col.situation"), t(`situation.${c.situation}`))}
          {row(t("col.form"), <strong>{t(`form.${c.form}`)}</strong>)}
          {row(t("col.leniency"), t(`leniency.${c.leniency}`))}
          {c.leniency !== "none"
            ? row(t("detail.leniencyReason"), <span className="whitespace-pre-wrap">{c.leniencyReason}</span>)
            : null}
          {row(t("detail.summary"), <span className="whitespace-pre-wrap">{c.summary}</span>)}
          {row(t("col.decidedBy"), c.decidedBy)}
          {row(t("col.decidedOn"), c.decidedOn)}
          {row(t("col.restrictedUntil"), c.restrictedUntil)}
        </dl>
      </section>
    </div>
  );
}
