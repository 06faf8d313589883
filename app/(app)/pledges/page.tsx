import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { countPledgesByLevel, listPledgesForPerson } from "@/db/queries/pledges";
import { PledgeList } from "@/components/pledges/pledge-list";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { YearNotReady, YearPicker } from "@/components/ui/year-picker";
import { hasPermission } from "@/lib/authz";
import { guardPage } from "@/server/page-guard";
import { DEFAULT_TARGETS } from "@/lib/pledges/render";
import { pageYear } from "@/server/years/page-year";
import { generatePledgesAction } from "./actions";

export const dynamic = "force-dynamic";

/** 责任书与承诺书: the viewer's pledges of a year (as party A or B); the committee office generates them. */
export default async function PledgesPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const { viewer, allowed } = await guardPage("duty.view", "/pledges", (v) => ({ personId: v.personId }));
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("pledges");
  const { year, info } = await pageYear((await searchParams).year);
  const db = await getDb();
  const canGenerate = hasPermission(viewer, "duty.publish");
  const [mine, counts] = await Promise.all([
    viewer.personId != null ? listPledgesForPerson(db, viewer.personId, year) : Promise.resolve([]),
    canGenerate ? countPledgesByLevel(db, year) : Promise.resolve([]),
  ]);
  const byLevel = (level: number) => counts.filter((c) => c.level === level).reduce((n, c) => n + c.n, 0);
  return (
    <div className="max-w-6xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <YearPicker year={year} info={info} />
      <YearNotReady year={year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref="/pledges" />
      {viewer.personId == null ? (
        <p className="card text-sm">{t("noPerson")}</p>
      ) : mine.length === 0 ? (
        <p role="status" className="card text-sm">
          {t("none", { year })}
        </p>
      ) : (
        <div className="card overflow-x-auto">
          <PledgeList pledges={mine} personId={viewer.personId} caption={t("mine", { year })} />
        </div>
      )}
      {canGenerate && (
        <section aria-labelledby="generate-h" className="card space-y-3">
          <h2 id="generate-h" className="font-semibold">
            {t("generate.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("generate.help")}</p>
          <p role="status" className="text-sm">
            {t("generate.summary", { year, l1: byLevel(1), l2: byLevel(2), l3: byLevel(3) })}
          </p>
          <ActionForm
            action={generatePledgesAction}
            submitLabel={t("generate.submit", { year })}
            successMessage={t("generate.done")}
            resetOnSuccess={false}
            fields={[
              { name: "year", label: "", type: "hidden", defaultValue: year },
              { name: "targets", label: t("generate.targets"), type: "textarea", defaultValue: DEFAULT_TARGETS },
            ]}
          />
        </section>
      )}
    </div>
  );
}
