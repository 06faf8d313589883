import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listHazardUnits } from "@/db/queries/hazards";
import { NotPermitted } from "@/components/ui/not-permitted";
import { guardPage } from "@/server/page-guard";
import { saveAccidentAction } from "../actions";
import { AccidentForm } from "../accident-form";

export const dynamic = "force-dynamic";

export default async function NewAccidentPage() {
  const { allowed } = await guardPage("accident.edit", "/accidents/new");
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("accidents");
  const units = await listHazardUnits(await getDb(), "all");
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href="/accidents">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      <section className="card">
        <AccidentForm
          action={saveAccidentAction}
          units={units}
          values={{
            title: "",
            description: "",
            occurredAt: "",
            domain: "",
            unitId: "",
            deaths: "0",
            seriousInjuries: "0",
            directLoss: "0",
            reportedUnit: "",
            reportedBureau: "",
            isFalse: false,
            isConcealed: false,
          }}
        />
      </section>
    </div>
  );
}
