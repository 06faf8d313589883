import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getAccident } from "@/db/queries/accidents";
import { getUnitAssessment } from "@/db/queries/proposals";
import { getDates } from "@/components/ui/dates";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { now, shanghaiYear } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { flagKeys, reportHops, REPORT_HOPS, type ReportHop } from "@/lib/records/accident-level";

export const dynamic = "force-dynamic";

export default async function AccidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await parsePageParams({ id: pathParam.id }, params);
  const { viewer, allowed } = await guardPage("accident.view", `/accidents/${id}`);
  if (!allowed) return <NotPermitted />;
  const db = await getDb();
  const detail = await getAccident(db, id);
  if (!detail) notFound();
  const a = detail.accident;
  const t = await getTranslations("accidents");
  const tp = await getTranslations("proposals");
  const tc = await getTranslations("common");
  const when = await getDates();
  const flags = flagKeys(a);
  const year = shanghaiYear(a.occurredAt);
  // Without a proposal on record, say why: the year is final, the unit has no assessment, or no rule.
  const assessment = flags.length && !detail.vetoes.length ? await getUnitAssessment(db, year, a.unitId) : undefined;
  const reported = Object.fromEntries(
    a.reports.map((r) => [r.hop, r.reportedAt ? new Date(r.reportedAt) : null]),
  ) as Partial<Record<ReportHop, Date | null>>;
  const hops = reportHops(a.occurredAt, reported, now()).filter((h) => REPORT_HOPS.includes(h.hop));
  const at = (d: Date | null) => when.dateTime(d);
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href="/accidents">
          {t("detail.back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("detail.title", { title: a.title })}</h1>
        {hasPermission(viewer, "accident.edit") && (
          <Link href={`/accidents/${a.id}/edit`} className="btn-secondary">
            {t("detail.edit")}
          </Link>
        )}
      </div>

      <section aria-labelledby="facts-h" className="card">
        <h2 id="facts-h" className="mb-2 font-semibold">
          {t("detail.facts")}
        </h2>
        <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
          {row(t("detail.occurredAt"), at(a.occurredAt))}
          {row(t("detail.domain"), t(`domain.${a.domain}`))}
          {row(t("detail.unit"), detail.unitName)}
          {row(t("detail.level"), <strong data-testid="accident-level">{t(`level.${a.level}`)}</strong>)}
          {row(t("detail.deaths"), a.deaths)}
          {row(t("detail.seriousInjuries"), a.seriousInjuries)}
          {row(t("detail.directLoss"), a.directLoss.toFixed(2))}
          {row(t("detail.createdBy"), detail.createdByName ?? "—")}
          {a.description
            ? row(t("detail.description"), <span className="whitespace-pre-wrap">{a.description}</span>)
            : null}
        </dl>
      </section>

      <section aria-labelledby="flags-h" className="card space-y-2">
        <h2 id="flags-h" className="font-semibold">
          {t("detail.flags")}
        </h2>
        {flags.length ? (
          <p className="flex flex-wrap gap-2" data-testid="accident-flags">
            {flags.map((f) => (
              <strong key={f} className="rounded bg-red-100 px-2 py-0.5 text-red-800">
                {t(`flag.${f}`)}
              </strong>
            ))}
          </p>
        ) : (
          <p className="text-sm">{t("detail.noFlags")}</p>
        )}
        <table className="table" aria-label={t("detail.hops")}>
          <thead>
            <tr>
              <th scope="col">{t("detail.hopCols.hop")}</th>
              <th scope="col">{t("detail.hopCols.due")}</th>
              <th scope="col">{t("detail.hopCols.reported")}</th>
              <th scope="col">{t("detail.hopCols.state")}</th>
            </tr>
          </thead>
          <tbody>
            {hops.map((h) => (
              <tr key={h.hop}>
                <th scope="row" className="font-normal">
                  {tc("withNote", { text: t(`hop.${h.hop}`), note: t(`hopRule.${h.hop}`) })}
                </th>
                <td>{at(h.dueAt)}</td>
                <td>{at(h.reportedAt)}</td>
                <td className={h.state === "late" || h.state === "missing" ? "font-semibold text-red-700" : undefined}>
                  {t(`hopState.${h.state}`, { minutes: h.lateMinutes })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {flags.length > 0 && (
        <section aria-labelledby="veto-h" className="card space-y-2">
          <h2 id="veto-h" className="font-semibold">
            {t("detail.veto")}
          </h2>
          {detail.vetoes.length ? (
            <ul className="space-y-2 text-sm">
              {detail.vetoes.map((v) => (
                <li key={v.id}>
                  <p>{t("detail.vetoRow", { year: v.year, rule: v.ruleName, status: tp(`vetoStatus.${v.status}`) })}</p>
                  <p className="whitespace-pre-wrap text-slate-600">{v.basis}</p>
                  <Link className="text-blue-700 underline" href={`/assessment/${v.year}/units/${v.unitId}`}>
                    {t("detail.openAssessment")}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p role="status" className="text-sm">
              {!assessment
                ? t("detail.noAssessment", { unit: detail.unitName, year })
                : assessment.status === "final"
                  ? t("detail.yearClosed", { year })
                  : t("detail.noRule", { year })}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
