import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getHazard, listLeaders } from "@/db/queries/hazards";
import { getDates } from "@/components/ui/dates";
import { ActionForm, type FieldSpec } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { can } from "@/lib/authz";
import { today as clockToday } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import {
  HAZARD_TRANSITIONS,
  daysOverdue,
  isOverdue,
  stepsFrom,
  type HazardStatus,
  type HazardStep,
} from "@/lib/records/hazard-workflow";
import {
  acceptHazardAction,
  returnHazardAction,
  startHazardAction,
  submitHazardAction,
  superviseHazardAction,
} from "../actions";

export const dynamic = "force-dynamic";

const STEP_ACTIONS = {
  start: startHazardAction,
  submit: submitHazardAction,
  accept: acceptHazardAction,
  return: returnHazardAction,
} as const;

export default async function HazardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: hazardId } = await parsePageParams({ id: pathParam.id }, params);
  const db = await getDb();
  const detail = await getHazard(db, hazardId);
  const target = detail ? { unitIds: [detail.hazard.unitId] } : undefined;
  const { viewer, allowed } = await guardPage("hazard.view", `/hazards/${hazardId}`, () => target ?? { unitIds: [] });
  if (!allowed) return <NotPermitted />;
  if (!detail) notFound();
  const t = await getTranslations("hazards");
  const tc = await getTranslations("common");
  const when = await getDates();
  const today = clockToday();
  const h = detail.hazard;
  const status = h.status as HazardStatus;
  const overdue = isOverdue({ status, deadline: h.deadline }, today);
  const steps = stepsFrom(status).filter((s) => can(viewer, HAZARD_TRANSITIONS[s].permission, target));
  const maySupervise =
    can(viewer, "hazard.supervise", target) && h.level === "major" && status !== "closed" && !h.isSupervised;
  const leaders = maySupervise ? await listLeaders(db, today) : [];
  const base: FieldSpec[] = [
    { name: "hazardId", label: "", type: "hidden", defaultValue: h.id },
    { name: "version", label: "", type: "hidden", defaultValue: h.version },
  ];
  const stepFields = (s: HazardStep): FieldSpec[] =>
    s === "submit"
      ? [
          ...base,
          { name: "rectifiedOn", label: t("act.rectifiedOn"), type: "date", defaultValue: today },
          { name: "comment", label: t("act.comment"), type: "textarea" },
        ]
      : s === "return"
        ? [...base, { name: "comment", label: t("act.returnComment"), type: "textarea", required: true }]
        : [...base, { name: "comment", label: t("act.comment"), type: "textarea" }];
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd>{value ?? "—"}</dd>
    </>
  );
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href="/hazards">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("detail.title", { title: h.title })}</h1>
      <p className="flex flex-wrap gap-2 text-sm">
        <span className="rounded bg-slate-100 px-2 py-0.5" data-testid="hazard-status">
          {t(`status.${status}`)}
        </span>
        <span className="rounded bg-slate-100 px-2 py-0.5">{t(`level.${h.level}`)}</span>
        {h.isSupervised && <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("supervised")}</span>}
        {overdue && (
          <strong className="rounded bg-red-100 px-2 py-0.5 text-red-800">
            {t("overdueDays", { days: daysOverdue(h.deadline, today) })}
          </strong>
        )}
      </p>

      {overdue && h.level === "major" && can(viewer, "hazard.supervise", target) && (
        <p className="text-sm">
          <Link className="text-blue-700 underline" href={`/hazards/proposals/${today.slice(0, 4)}/${h.unitId}`}>
            {t("detail.proposals", { unit: detail.unitName, year: today.slice(0, 4) })}
          </Link>
        </p>
      )}

      <section aria-labelledby="facts-h" className="card">
        <h2 id="facts-h" className="mb-2 font-semibold">
          {t("detail.facts")}
        </h2>
        <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          {row(t("detail.unit"), detail.unitName)}
          {row(t("detail.foundOn"), h.foundOn)}
          {row(t("detail.deadline"), h.deadline)}
          {row(t("detail.owner"), detail.ownerName)}
          {row(
            t("detail.record"),
            detail.recordTitle && h.recordId ? (
              <Link className="text-blue-700 underline" href={`/records/${h.recordId}`}>
                {detail.recordTitle}
              </Link>
            ) : null,
          )}
          {row(t("detail.rectifiedOn"), h.rectifiedOn)}
          {row(t("detail.closedOn"), h.closedOn)}
          {row(t("detail.acceptedBy"), h.acceptedBy ? detail.acceptedByName : null)}
          {row(
            t("detail.description"),
            h.description ? <span className="whitespace-pre-wrap">{h.description}</span> : null,
          )}
        </dl>
      </section>

      {h.isSupervised && h.plan && (
        <section aria-labelledby="plan-h" className="card">
          <h2 id="plan-h" className="mb-2 font-semibold">
            {t("detail.plan")}
          </h2>
          <dl className="grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
            {row(t("detail.leader"), detail.leaderName)}
            {row(t("plan.measures"), <span className="whitespace-pre-wrap">{h.plan.measures}</span>)}
            {row(t("plan.funds"), h.plan.funds)}
            {row(t("plan.deadline"), h.plan.deadline)}
            {row(t("plan.responsible"), h.plan.responsible)}
            {row(t("plan.emergencyPlan"), <span className="whitespace-pre-wrap">{h.plan.emergencyPlan}</span>)}
          </dl>
        </section>
      )}

      {(steps.length > 0 || maySupervise) && (
        <section aria-labelledby="act-h" className="card space-y-4">
          <h2 id="act-h" className="font-semibold">
            {t("act.title")}
          </h2>
          {steps.map((s) => (
            <div key={s} role="group" aria-label={t(`step.${s}`)} className="rounded border border-slate-200 p-3">
              <ActionForm
                action={STEP_ACTIONS[s]}
                fields={stepFields(s)}
                submitLabel={t(`step.${s}`)}
                successMessage={t("act.done")}
              />
            </div>
          ))}
          {maySupervise && (
            <div role="group" aria-labelledby="supervise-h" className="rounded border border-amber-300 p-3">
              <h3 id="supervise-h" className="mb-1 font-medium">
                {t("supervise.title")}
              </h3>
              <p className="mb-2 text-sm text-slate-600">{t("supervise.help")}</p>
              <ActionForm
                action={superviseHazardAction}
                submitLabel={t("supervise.submit")}
                successMessage={t("supervise.done")}
                fields={[
                  ...base,
                  { name: "measures", label: t("plan.measures"), type: "textarea", required: true },
                  { name: "funds", label: t("plan.funds"), required: true },
                  {
                    name: "planDeadline",
                    label: t("plan.deadline"),
                    type: "date",
                    required: true,
                    defaultValue: h.deadline,
                  },
                  { name: "responsible", label: t("plan.responsible"), required: true, defaultValue: detail.ownerName },
                  { name: "emergencyPlan", label: t("plan.emergencyPlan"), type: "textarea", required: true },
                  {
                    name: "leaderId",
                    label: t("supervise.leader"),
                    type: "select",
                    required: true,
                    options: leaders.map((l) => ({ value: String(l.id), label: tc("withNote", { text: l.name, note: l.post }) })),
                  },
                ]}
              />
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="events-h" className="card overflow-x-auto">
        <h2 id="events-h" className="mb-2 font-semibold">
          {t("detail.events")}
        </h2>
        <table className="table" aria-labelledby="events-h">
          <thead>
            <tr>
              <th scope="col">{t("detail.eventCols.at")}</th>
              <th scope="col">{t("detail.eventCols.actor")}</th>
              <th scope="col">{t("detail.eventCols.step")}</th>
              <th scope="col">{t("detail.eventCols.to")}</th>
              <th scope="col">{t("detail.eventCols.comment")}</th>
            </tr>
          </thead>
          <tbody>
            {detail.events.map((e) => (
              <tr key={e.id}>
                <td>{when.dateTime(e.at)}</td>
                <td>{e.actorName ?? "—"}</td>
                <td>{t(`step.${e.step as HazardStep | "create" | "supervise"}`)}</td>
                <td>{t(`status.${e.toStatus as HazardStatus}`)}</td>
                <td className="whitespace-pre-wrap">{e.comment ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
