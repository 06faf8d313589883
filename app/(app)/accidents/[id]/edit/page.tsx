import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getAccident } from "@/db/queries/accidents";
import { listHazardUnits } from "@/db/queries/hazards";
import { NotPermitted } from "@/components/ui/not-permitted";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { toShanghaiInput } from "@/lib/records/accident-times";
import { pathParam } from "@/lib/url-params";
import { saveAccidentAction } from "../../actions";
import { AccidentForm } from "../../accident-form";

export const dynamic = "force-dynamic";

export default async function EditAccidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await parsePageParams({ id: pathParam.id }, params);
  const { allowed } = await guardPage("accident.edit", `/accidents/${id}/edit`);
  if (!allowed) return <NotPermitted />;
  const db = await getDb();
  const [detail, units] = await Promise.all([getAccident(db, id), listHazardUnits(db, "all")]);
  if (!detail) notFound();
  const a = detail.accident;
  const reported = (hop: string) => {
    const at = a.reports.find((r) => r.hop === hop)?.reportedAt;
    return at ? toShanghaiInput(new Date(at)) : "";
  };
  const t = await getTranslations("accidents");
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href="/accidents">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("edit.title", { title: a.title })}</h1>
      <section className="card">
        <AccidentForm
          action={saveAccidentAction}
          units={units}
          values={{
            accidentId: a.id,
            version: a.version,
            title: a.title,
            description: a.description,
            occurredAt: toShanghaiInput(a.occurredAt),
            domain: a.domain,
            unitId: String(a.unitId),
            deaths: String(a.deaths),
            seriousInjuries: String(a.seriousInjuries),
            directLoss: String(a.directLoss),
            reportedUnit: reported("unit_to_bureau"),
            reportedBureau: reported("bureau_to_superior"),
            isFalse: a.isFalse,
            isConcealed: a.isConcealed,
          }}
        />
      </section>
    </div>
  );
}
