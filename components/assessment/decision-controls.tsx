// The committee's steps on a year, each shown when it can be taken: decide and publicise (chair), finalise
// with the password and, inside the publicity period, an early-close reason (chair) — not while a deduction
// or veto proposal is pending, which it names —, reopen a decided unit with a reason and the password
// (office). The server checks all of it again.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RankingRow } from "@/db/queries/assessment-results";
import type { PendingProposal } from "@/db/queries/pending-proposals";
import { ActionForm } from "@/components/ui/action-form";
import { REOPENABLE } from "@/lib/assessment/status-rules";
import type { DefinedAction } from "@/server/action";

type Status = RankingRow["status"];
type Action = DefinedAction;

export type DecisionActions = { decide: Action; publicise: Action; finalise: Action; reopen: Action };

/** The pending proposals, each with its unit (a link to the unit's assessment page) and source, and how they
 * are decided. */
async function PendingProposals({ year, pending }: { year: number; pending: PendingProposal[] }) {
  const t = await getTranslations("assessment.decision.pending");
  return (
    <section className="card md:col-span-2" aria-labelledby="pending-h">
      <h2 id="pending-h" className="mb-2 font-semibold">
        {t("title")}
      </h2>
      <ul className="mb-2 list-disc pl-5 text-sm">
        {pending.map((p) => (
          <li key={`${p.kind}-${p.id}`}>
            <Link className="text-blue-700 underline" href={`/assessment/${year}/units/${p.unitId}`}>
              {p.unitName}
            </Link>
            {t("sep")}
            {t(p.kind, { label: p.label })}
            {p.sourceTitle &&
              t("source", {
                source: t(
                  `sourceKind.${p.source === "accident" ? "accident" : p.source === "hazard" ? "hazard" : "manual"}`,
                ),
                title: p.sourceTitle,
              })}
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">{t("how")}</p>
    </section>
  );
}

export async function DecisionControls({
  year,
  rows,
  pending,
  publicityDays,
  today,
  canDecide,
  canReopen,
  actions,
}: {
  year: number;
  rows: RankingRow[];
  /** Deduction and veto proposals still pending on the year's units that are not final. */
  pending: PendingProposal[];
  publicityDays: number;
  today: string;
  canDecide: boolean;
  canReopen: boolean;
  actions: DecisionActions;
}) {
  const t = await getTranslations("assessment.decision");
  const n = (...s: Status[]) => rows.filter((r) => s.includes(r.status)).length;
  const notReviewed = n("open", "self_assessed", "submitted");
  const reviewed = n("reviewed");
  const decided = n("decided");
  const publicised = n("publicised");
  const objection = n("objection");
  const reopenable = rows.filter((r) => REOPENABLE.includes(r.status));
  // The latest end of publicity among the units still publicised (a reopened unit may end later).
  const until = rows
    .filter((r) => (r.status === "publicised" || r.status === "objection") && r.publicisedUntil)
    .map((r) => r.publicisedUntil!)
    .sort()
    .pop();
  const yearField = { name: "year", label: "", type: "hidden" as const, defaultValue: year };
  const isFinaliseStage = publicised > 0 && objection === 0 && notReviewed + reviewed + decided === 0;
  const canFinalise = isFinaliseStage && pending.length === 0;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {pending.length > 0 && <PendingProposals year={year} pending={pending} />}
      {canDecide && notReviewed + reviewed > 0 && (
        <section className="card" aria-labelledby="decide-h">
          <h2 id="decide-h" className="mb-2 font-semibold">
            {t("decide.title")}
          </h2>
          {notReviewed > 0 ? (
            <p className="text-sm">{t("decide.notReady", { count: notReviewed })}</p>
          ) : (
            <>
              <p className="mb-2 text-sm">{t("decide.ready", { count: reviewed })}</p>
              {pending.length > 0 && (
                <p role="note" className="mb-2 text-sm text-amber-800">
                  {t("pending.decide", { count: pending.length })}
                </p>
              )}
              <ActionForm
                action={actions.decide}
                fields={[yearField]}
                submitLabel={t("decide.submit")}
                successMessage={t("decide.done")}
              />
            </>
          )}
        </section>
      )}
      {canDecide && decided > 0 && notReviewed + reviewed === 0 && (
        <section className="card" aria-labelledby="publicise-h">
          <h2 id="publicise-h" className="mb-2 font-semibold">
            {t("publicise.title")}
          </h2>
          <p className="mb-2 text-sm">{t("publicise.hint", { count: decided, days: publicityDays })}</p>
          <ActionForm
            action={actions.publicise}
            fields={[yearField]}
            submitLabel={t("publicise.submit", { days: publicityDays })}
            successMessage={t("publicise.done")}
          />
        </section>
      )}
      {canDecide && (publicised > 0 || objection > 0) && (
        <section className="card" aria-labelledby="finalise-h">
          <h2 id="finalise-h" className="mb-2 font-semibold">
            {t("finalise.title")}
          </h2>
          {until && <p className="mb-1 text-sm">{t("publicise.until", { date: until })}</p>}
          {canFinalise ? (
            <>
              <p className="mb-2 text-sm text-slate-700">{t("finalise.hint")}</p>
              {until && today < until && (
                <p className="mb-2 text-sm text-amber-800" role="note">
                  {t("finalise.early", { date: until })}
                </p>
              )}
              <ActionForm
                action={actions.finalise}
                fields={[
                  yearField,
                  { name: "earlyCloseReason", label: t("finalise.earlyCloseReason"), type: "textarea" },
                  { name: "password", label: t("password"), type: "password", required: true },
                ]}
                submitLabel={t("finalise.submit")}
                successMessage={t("finalise.done")}
              />
            </>
          ) : isFinaliseStage ? (
            <p role="note" className="text-sm text-red-800">
              {t("pending.finalise", {
                count: pending.length,
                units: [...new Set(pending.map((p) => p.unitName))].join("、"),
              })}
            </p>
          ) : (
            <p className="text-sm">{t("finalise.notReady")}</p>
          )}
        </section>
      )}
      {canReopen && reopenable.length > 0 && (
        <section className="card" aria-labelledby="reopen-h">
          <h2 id="reopen-h" className="mb-2 font-semibold">
            {t("reopen.title")}
          </h2>
          <p className="mb-2 text-sm text-slate-700">{t("reopen.hint")}</p>
          <ActionForm
            action={actions.reopen}
            fields={[
              {
                name: "assessmentId",
                label: t("reopen.unit"),
                type: "select",
                required: true,
                options: reopenable.map((r) => ({ value: String(r.assessmentId), label: r.unitName })),
              },
              { name: "reason", label: t("reopen.reason"), type: "textarea", required: true },
              { name: "password", label: t("password"), type: "password", required: true },
            ]}
            submitLabel={t("reopen.submit")}
            successMessage={t("reopen.done")}
          />
        </section>
      )}
    </div>
  );
}
