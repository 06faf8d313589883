import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listUnitsBrief } from "@/db/queries/duties-units";
import { listUnitPeriodicDuties } from "@/db/queries/records-due";
import { listHeading } from "@/components/duties/duty-sheet";
import { NotPermitted } from "@/components/ui/not-permitted";
import { YearNotReady, YearSelect } from "@/components/ui/year-picker";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam } from "@/lib/url-params";
import { dueState, type DueState } from "@/lib/records/cadence";
import { unitScopeOf } from "@/lib/records/scope";
import { pageYear } from "@/server/years/page-year";

export const dynamic = "force-dynamic";

const STYLE: Record<DueState, string> = { done: "text-green-800", due: "text-amber-900", overdue: "font-medium text-red-700" };

/** 到期与逾期: for one unit in reach, each periodic duty of its lists of the year (default: the working year)
 * not yet done in its period as of the year's org date (today, or the end of a past year), by holder. */
export default async function DuePage({ searchParams }: { searchParams: Promise<{ unit?: string | string[]; year?: string | string[] }> }) {
  const sp = await searchParams;
  const asked = (await parseSearchParams({ unit: queryParam.id }, sp)).unit ?? null;
  const db = await getDb();
  const pick: { unitId: number | null } = { unitId: null };
  const { viewer, allowed } = await guardPage("record.view", "/records/due", async (v) => {
    const scope = unitScopeOf(v, "record.view");
    const units = await listUnitsBrief(db, scope);
    pick.unitId = [asked, ...v.headedUnitIds, ...v.liaisonUnitIds, ...v.supervisedUnitIds].find((u) => u != null && units.some((x) => x.id === u)) ?? units[0]?.id ?? null;
    return { unitIds: pick.unitId != null ? [pick.unitId] : [] };
  });
  if (!allowed || pick.unitId == null) return <NotPermitted />;
  const unitId = pick.unitId;
  const { year, asOf, info } = await pageYear(sp.year);
  const [units, lists] = await Promise.all([listUnitsBrief(db, unitScopeOf(viewer, "record.view")), listUnitPeriodicDuties(db, unitId, year, asOf)]);
  const t = await getTranslations();
  const unitName = units.find((u) => u.id === unitId)?.name ?? "";
  const rows = lists.flatMap((l) =>
    l.items
      .map((i) => ({ list: l, item: i, state: dueState({ cadence: i.cadence, lastDone: i.lastDone, today: asOf, since: `${year}-01-01` })! }))
      .filter((r) => r.state !== "done"),
  );
  const count = (s: DueState) => rows.filter((r) => r.state === s).length;
  const holders = (l: (typeof lists)[number]) =>
    l.holders.map((h) => (h.holdingType === "acting" ? `${h.name}（${t("enums.holdingType.acting")}）` : h.name)).join("、") || t("records.due.vacant");
  return (
    <div className="space-y-4">
      <nav className="text-sm">
        <Link href="/records" className="text-blue-700 underline">
          {t("records.title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{t("records.due.title")}</h1>
      <form method="get" action="/records/due" className="card flex flex-wrap items-end gap-3">
        <div className="min-w-48">
          <label htmlFor="due-unit" className="mb-1 block text-sm font-medium">
            {t("records.filter.unit")}
          </label>
          <select id="due-unit" name="unit" className="input" defaultValue={String(unitId)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <YearSelect year={year} info={info} id="due-year" />
        <button type="submit" className="btn">
          {t("records.due.show")}
        </button>
      </form>
      <YearNotReady year={year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref={`/records/due?unit=${unitId}`} />
      <section className="card overflow-x-auto" aria-labelledby="due-h">
        <h2 id="due-h" className="mb-1 font-semibold">
          {t("records.due.heading", { unit: unitName, date: asOf })}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t("records.due.summary", { overdue: count("overdue"), due: count("due") })}</p>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("records.due.none")}</p>
        ) : (
          <table className="table" aria-labelledby="due-h">
            <thead>
              <tr>
                <th scope="col">{t("records.due.holder")}</th>
                <th scope="col">{t("records.due.list")}</th>
                <th scope="col">{t("records.due.item")}</th>
                <th scope="col">{t("duties.sheet.cadence")}</th>
                <th scope="col">{t("records.due.last")}</th>
                <th scope="col">{t("records.due.state")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ list, item, state }) => (
                <tr key={`${list.listId}:${item.itemKey}`}>
                  <td>{holders(list)}</td>
                  <td>{listHeading(t, { ...list, unitName })}</td>
                  <td>{item.text}</td>
                  <td className="whitespace-nowrap">{t(`duties.enum.cadence.${item.cadence}`)}</td>
                  <td className="whitespace-nowrap">
                    {item.lastDone ? `${item.lastDone} ${t(`records.kind.${item.lastKind}`)}` : t("records.due.never")}
                  </td>
                  <td className={`whitespace-nowrap ${STYLE[state]}`}>{t(`records.dueState.${state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
