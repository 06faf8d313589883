import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getCommitteeByYear } from "@/db/queries/org";
import { listYearStates } from "@/db/queries/rollover";
import { getYearsInfo } from "@/db/queries/years";
import { CommitteeMembers } from "@/components/rollover/committee-members";
import { StepForm } from "@/components/rollover/step-form";
import { StepSection } from "@/components/rollover/step-section";
import { YearTable } from "@/components/rollover/year-table";
import { NotPermitted } from "@/components/ui/not-permitted";
import { calendarYear } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { deadlineOf } from "@/lib/signing/deadline";
import {
  emptyYearState,
  pledgeTotal,
  preparableYears,
  stepStates,
  targetYearOf,
  type RolloverStep,
} from "@/lib/years/rollover";
import {
  changeCommitteeSeatAction,
  replaceCommitteeMemberAction,
  rolloverCommitteeAction,
  rolloverDeadlineAction,
  rolloverListsAction,
  rolloverPledgesAction,
  rolloverSchemeAction,
  rolloverSupervisionsAction,
  setCommitteeSeatActiveAction,
} from "./actions";

export const dynamic = "force-dynamic";


/** 年度切换: the committee office prepares year Y+1 from Y, step by step. Four queries. */
export default async function RolloverPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const { allowed } = await guardPage("year.rollover", "/rollover");
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("rollover");
  const ts = await getTranslations("assessment.schemeStatus");
  const cy = calendarYear();
  const db = await getDb();
  const info = await getYearsInfo(db, cy);
  const to = targetYearOf((await searchParams).year, info.workingYear, cy);
  const from = to - 1;
  const [states, committee] = await Promise.all([
    listYearStates(db, [...info.years, to, from]),
    getCommitteeByYear(db, to),
  ]);
  const of = (y: number) => states.find((s) => s.year === y) ?? emptyYearState(y);
  const [target, source] = [of(to), of(from)];
  const state = stepStates(target);
  const line = (step: RolloverStep, key: string, values: Record<string, string | number> = {}) =>
    t("stateLine", {
      state: t(`state.${state[step]}`),
      detail: t(`steps.${step}.${key}`, { year: to, from, ...values }),
    });
  const deadline = deadlineOf(to, target.deadline ?? target.generalDeadline);

  return (
    <div className="max-w-6xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      <form method="get" aria-label={t("yearForm")} className="no-print flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="rollover-year" className="mb-1 block text-sm font-medium">
            {t("targetYear")}
          </label>
          <select id="rollover-year" name="year" className="input" defaultValue={String(to)}>
            {preparableYears(cy).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("show")}
        </button>
      </form>
      <section className="card" aria-label={t("years.caption")}>
        <YearTable states={states} workingYear={info.workingYear} />
      </section>

      <h2 className="text-xl font-semibold">{t("preparing", { to, from })}</h2>
      <ol className="space-y-4">
        <StepSection
          id="step-committee"
          title={t("steps.committee.title")}
          state={state.committee}
          statusLine={
            target.hasCommittee
              ? line("committee", "ready", { members: target.members })
              : line("committee", source.hasCommittee ? "missing" : "missingNoSource", { members: source.members })
          }
        >
          <StepForm action={rolloverCommitteeAction} year={to} submitLabel={t("steps.committee.run", { to, from })} />
          {committee && (
            <CommitteeMembers
              year={to}
              members={committee.members}
              actions={{
                replace: replaceCommitteeMemberAction,
                seat: changeCommitteeSeatAction,
                active: setCommitteeSeatActiveAction,
              }}
            />
          )}
        </StepSection>
        <StepSection
          id="step-supervisions"
          title={t("steps.supervisions.title")}
          state={state.supervisions}
          statusLine={
            target.supervisions > 0
              ? line("supervisions", "ready", { n: target.supervisions })
              : line("supervisions", "missing", { n: source.supervisions })
          }
        >
          <StepForm
            action={rolloverSupervisionsAction}
            year={to}
            submitLabel={t("steps.supervisions.run", { to, from })}
          />
        </StepSection>
        <StepSection
          id="step-lists"
          title={t("steps.lists.title")}
          state={state.lists}
          statusLine={
            target.lists > 0
              ? line("lists", "ready", { n: target.lists, published: target.publishedLists })
              : line("lists", "missing", { published: source.publishedLists })
          }
          links={[{ href: `/duties?year=${to}`, label: t("steps.lists.open", { year: to }) }]}
        >
          <StepForm action={rolloverListsAction} year={to} submitLabel={t("steps.lists.run", { to, from })} />
        </StepSection>
        <StepSection
          id="step-scheme"
          title={t("steps.scheme.title")}
          state={state.scheme}
          statusLine={
            target.schemeStatus
              ? line("scheme", "ready", {
                  status: ts(target.schemeStatus),
                  indicators: target.indicators,
                  targets: target.targets,
                })
              : line("scheme", source.schemeStatus ? "missing" : "missingNoSource")
          }
          links={
            target.schemeStatus
              ? [{ href: `/assessment/${to}/scheme`, label: t("steps.scheme.open", { year: to }) }]
              : []
          }
        >
          <StepForm action={rolloverSchemeAction} year={to} submitLabel={t("steps.scheme.run", { to, from })} />
        </StepSection>
        <StepSection
          id="step-pledges"
          title={t("steps.pledges.title")}
          state={state.pledges}
          statusLine={
            state.pledges === "ready"
              ? line("pledges", "ready", {
                  n: pledgeTotal(target),
                  l1: target.pledges[1],
                  l2: target.pledges[2],
                  l3: target.pledges[3],
                })
              : line("pledges", state.pledges, { published: target.publishedLists })
          }
          links={[
            { href: `/pledges?year=${to}`, label: t("steps.pledges.open", { year: to }) },
            { href: `/signing?year=${to}`, label: t("steps.pledges.board", { year: to }) },
          ]}
        >
          <StepForm
            action={rolloverPledgesAction}
            year={to}
            submitLabel={t("steps.pledges.run", { to })}
            isDisabled={state.pledges === "waiting"}
          />
        </StepSection>
        <StepSection
          id="step-deadline"
          title={t("steps.deadline.title")}
          state={state.deadline}
          statusLine={line("deadline", state.deadline, { deadline })}
        >
          <StepForm
            action={rolloverDeadlineAction}
            year={to}
            submitLabel={t("steps.deadline.run", { to })}
            dateField={{ name: "deadline", label: t("steps.deadline.field", { year: to }), defaultValue: deadline }}
          />
        </StepSection>
      </ol>
    </div>
  );
}
