import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getDutiesForPerson } from "@/db/queries/my-duties";
import { getPersonUnitIds } from "@/db/queries/people";
import { sheetListTarget } from "@/components/duties/access";
import { DutySheet } from "@/components/duties/duty-sheet";
import { DutyPrint } from "@/components/duties/duty-print";
import { YearNotReady } from "@/components/ui/year-picker";
import { NotPermitted } from "@/components/ui/not-permitted";
import { can, hasPermission } from "@/lib/authz";
import { today as clockToday } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { pageYear } from "@/server/years/page-year";

/** One person's responsibility lists, for those who may see the person (heads, 分管 leaders, committee). */
export default async function PersonDutiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ year?: string | string[] }>;
}) {
  const { id: personId } = await parsePageParams({ id: pathParam.id }, params);
  const db = await getDb();
  const today = clockToday();
  const { viewer, allowed } = await guardPage("person.view", `/people/${personId}/duties`, async () => ({
    personId,
    unitIds: await getPersonUnitIds(db, personId, today),
  }));
  if (!allowed) return <NotPermitted />;
  const { year, asOf, info } = await pageYear((await searchParams).year);
  const duties = await getDutiesForPerson(db, personId, year, asOf);
  if (!duties) notFound();
  const t = await getTranslations("duties.sheet");
  const historyListIds = duties.lists
    .filter((l) => can(viewer, "duty.view", sheetListTarget(l, duties.person.id, duties.supervisedUnitIds, year)))
    .map((l) => l.listId);
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-semibold print:hidden">{t("personTitle", { name: duties.person.name })}</h1>
      <YearNotReady year={year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref={`/people/${personId}/duties`} />
      <DutySheet duties={duties} year={year} years={info} historyDate={asOf} historyListIds={historyListIds} />
      <DutyPrint duties={duties} year={year} />
    </div>
  );
}
