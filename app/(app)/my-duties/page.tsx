import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listConfirmationsOf } from "@/db/queries/list-confirmations";
import { getDutiesForPerson } from "@/db/queries/my-duties";
import { listPledgesForPerson } from "@/db/queries/pledges";
import { PledgeList } from "@/components/pledges/pledge-list";
import { PersonSanctions } from "@/components/assessment/person-sanctions";
import { sheetListTarget } from "@/components/duties/access";
import { DutySheet } from "@/components/duties/duty-sheet";
import { DutyPrint } from "@/components/duties/duty-print";
import { YearNotReady } from "@/components/ui/year-picker";
import { can, hasPermission } from "@/lib/authz";
import { requireViewer } from "@/server/auth/viewer";
import { today } from "@/lib/clock";
import { pageYear } from "@/server/years/page-year";
import { signListAction } from "../duties/workflow-actions";

export const dynamic = "force-dynamic";

/** 我的责任: the lists that apply to the signed-in person, business and safety duties side by side, with
 * 待确认 and the 签字确认 button on each list the signing board counts on them to confirm. */
export default async function MyDutiesPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("duties.sheet");
  const { year, asOf, info } = await pageYear((await searchParams).year);
  const db = await getDb();
  const duties = viewer.personId != null ? await getDutiesForPerson(db, viewer.personId, year, asOf) : undefined;
  if (!duties) {
    return (
      <div className="max-w-5xl space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="card text-sm">{t("noPerson")}</p>
      </div>
    );
  }
  const tp = await getTranslations("pledges");
  const [pledges, confirmations] = await Promise.all([
    listPledgesForPerson(db, duties.person.id, year),
    listConfirmationsOf(db, duties.person.id, year, today()),
  ]);
  const historyListIds = duties.lists
    .filter((l) => can(viewer, "duty.view", sheetListTarget(l, duties.person.id, duties.supervisedUnitIds, year)))
    .map((l) => l.listId);
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-semibold print:hidden">{t("title")}</h1>
      {pledges.length > 0 && (
        <section className="card no-print overflow-x-auto" aria-label={tp("mine", { year })}>
          <PledgeList pledges={pledges} personId={duties.person.id} caption={tp("mine", { year })} />
        </section>
      )}
      <PersonSanctions personId={duties.person.id} className="no-print" />
      <YearNotReady year={year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref="/my-duties" />
      <DutySheet
        duties={duties}
        year={year}
        years={info}
        historyDate={asOf}
        historyListIds={historyListIds}
        confirm={{ states: confirmations, action: signListAction }}
      />
      <DutyPrint duties={duties} year={year} confirmations={confirmations} />
    </div>
  );
}
