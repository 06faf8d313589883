// The committee's steps on a year, each shown when it can be taken: decide and publicise (chair), finalise
// with the password and, inside the publicity period, an early-close reason (chair), reopen a final unit
// with a reason and the password (office). The server checks all of it again.
import { getTranslations } from "next-intl/server";
import type { RankingRow } from "@/db/queries/assessment-results";
import { ActionForm } from "@/components/ui/action-form";
import type { DefinedAction } from "@/server/action";

type Status = RankingRow["status"];
type Action = DefinedAction;

export type DecisionActions = { decide: Action; publicise: Action; finalise: Action; reopen: Action };

export async function DecisionControls({
  year,
  rows,
  publicityDays,
  today,
  canDecide,
  canReopen,
  actions,
}: {
  year: number;
  rows: RankingRow[];
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
  const finals = rows.filter((r) => r.status === "final");
  // The latest end of publicity among the units still publicised (a reopened unit may end later).
  const until = rows
    .filter((r) => (r.status === "publicised" || r.status === "objection") && r.publicisedUntil)
    .map((r) => r.publicisedUntil!)
    .sort()
    .pop();
  const yearField = { name: "year", label: "", type: "hidden" as const, defaultValue: year };
  const canFinalise = publicised > 0 && objection === 0 && notReviewed + reviewed + decided === 0;
  return (
    <div className="grid gap-4 md:grid-cols-2">
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
              <ActionForm action={actions.decide} fields={[yearField]} submitLabel={t("decide.submit")} successMessage={t("decide.done")} />
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
          <ActionForm action={actions.publicise} fields={[yearField]} submitLabel={t("publicise.submit", { days: publicityDays })} successMessage={t("publicise.done")} />
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
          ) : (
            <p className="text-sm">{t("finalise.notReady")}</p>
          )}
        </section>
      )}
      {canReopen && finals.length > 0 && (
        <section className="card" aria-labelledby="reopen-h">
          <h2 id="reopen-h" className="mb-2 font-semibold">
            {t("reopen.title")}
          </h2>
          <p className="mb-2 text-sm text-slate-700">{t("reopen.hint")}</p>
          <ActionForm
            action={actions.reopen}
            fields={[
              { name: "assessmentId", label: t("reopen.unit"), type: "select", required: true, options: finals.map((r) => ({ value: String(r.assessmentId), label: r.unitName })) },
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
