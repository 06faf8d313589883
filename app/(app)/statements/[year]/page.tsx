import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getStatement, getStatementFigures, listStatementLeaders } from "@/db/queries/statements";
import { NotPermitted } from "@/components/ui/not-permitted";
import { getGradeName } from "@/components/assessment/grade-name";
import { YearNotReady, YearPicker } from "@/components/ui/year-picker";
import { can, hasPermission } from "@/lib/authz";
import { orgDateOf, today } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parsePageParams, parseSearchParams } from "@/server/page-params";
import { pathParam, queryParam } from "@/lib/url-params";
import { loadYearsInfo } from "@/server/years/page-year";
import { unitScopeOf } from "@/lib/records/scope";
import { generateStatementAction, saveStatementAction } from "./actions";
import { StatementEditor } from "./statement-editor";

export const dynamic = "force-dynamic";

/** 述职报告（一岗双责部分）草稿: a leader's own, or — for the office — any leader's, chosen from a list. */
export default async function StatementPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ person?: string | string[] }>;
}) {
  const { year } = await parsePageParams({ year: pathParam.year }, params);
  const asked = (await parseSearchParams({ person: queryParam.id }, searchParams)).person ?? null;
  const subject: { personId: number | null } = { personId: null };
  const { viewer, allowed } = await guardPage("statement.edit", `/statements/${year}`, (v) => {
    subject.personId = asked ?? v.personId;
    return { personId: subject.personId, year };
  });
  if (!allowed) return <NotPermitted />;
  const db = await getDb();
  const t = await getTranslations();
  const gradeLabel = await getGradeName();
  const isOffice = unitScopeOf(viewer, "statement.edit") === "all";
  const date = orgDateOf(year, today());
  const [info, leaders] = await Promise.all([loadYearsInfo(), isOffice ? listStatementLeaders(db, year, date) : Promise.resolve([])]);
  const personId = subject.personId;
  const isLeader = personId != null && (isOffice ? leaders.some((l) => l.id === personId) : (await listStatementLeaders(db, year, date, personId)).length > 0);
  const [figures, stored] = isLeader && personId != null ? await Promise.all([getStatementFigures(db, personId, year), getStatement(db, personId, year)]) : [null, null];

  return (
    <div className="max-w-4xl space-y-4">
      <nav className="text-sm">
        <Link href="/records" className="text-blue-700 underline">
          {t("records.title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{t("statement.title", { year })}</h1>
      <YearPicker year={year} info={info} action="/statements" keep={{ person: asked }} />
      <YearNotReady year={year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref="/statements" />
      {isOffice && (
        <form method="get" action={`/statements/${year}`} className="card flex flex-wrap items-end gap-3">
          <div className="min-w-48">
            <label htmlFor="st-person" className="mb-1 block text-sm font-medium">
              {t("statement.leader")}
            </label>
            <select id="st-person" name="person" className="input" defaultValue={personId != null ? String(personId) : ""}>
              <option value="">—</option>
              {leaders.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary">
            {t("statement.choose")}
          </button>
        </form>
      )}
      {!isLeader || !figures || personId == null ? (
        <p className="card text-sm">{isOffice && asked == null ? t("statement.pickLeader") : t("statement.notLeader")}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="st-figures">
            <h2 id="st-figures" className="mb-2 font-semibold">
              {t("statement.figures", { name: figures.name, year })}
            </h2>
            <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("statement.units")}</dt>
              <dd>
                {figures.units.map((u) => t("common.withNote", { text: u.name, note: t(`enums.supervisionKind.${u.kind}`) })).join(t("common.listSep")) || "—"}
              </dd>
              <dt className="text-slate-600">{t("statement.meetings")}</dt>
              <dd>{figures.meetings.count}</dd>
              <dt className="text-slate-600">{t("statement.inspections")}</dt>
              <dd>{figures.inspections.count}</dd>
              <dt className="text-slate-600">{t("statement.hazards")}</dt>
              <dd>{figures.hazardsClosed}</dd>
              <dt className="text-slate-600">{t("statement.trainings")}</dt>
              <dd>{figures.trainings}</dd>
              <dt className="text-slate-600">{t("statement.accidents")}</dt>
              <dd>{figures.accidents.reduce((n, a) => n + a.count, 0)}</dd>
              <dt className="text-slate-600">{t("statement.assessment")}</dt>
              <dd>
                {figures.assessment === null
                  ? t("statement.notDecided")
                  : figures.assessment
                      .map((a) =>
                        a.isVetoed
                          ? `${a.unitName} ${t("statement.vetoed")}`
                          : `${a.unitName} ${a.total ?? "—"} ${a.grade ? gradeLabel(a.gradeLabel ? [{ key: a.grade, label: a.gradeLabel }] : [], a.grade) : ""}`,
                      )
                      .join(t("common.itemSep")) || "—"}
              </dd>
            </dl>
            <p className="mt-3 text-sm">
              <a href={`/api/statements/${year}?person=${personId}`} className="btn-secondary" download>
                {t("statement.download")}
              </a>
            </p>
          </section>
          <section className="card" aria-labelledby="st-draft">
            <h2 id="st-draft" className="mb-2 font-semibold">
              {t("statement.draft")}
            </h2>
            {stored && <p className="mb-2 text-xs text-slate-600">{t("statement.savedBy", { at: stored.updatedAt, user: stored.updatedBy ?? "—" })}</p>}
            {can(viewer, "statement.edit", { personId }) && (
              <StatementEditor
                year={year}
                personId={personId}
                stored={stored ? { body: stored.body, version: stored.version } : null}
                generate={generateStatementAction}
                save={saveStatementAction}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}
