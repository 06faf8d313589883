import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getPersonDetail, getPersonUnitIds } from "@/db/queries/people";
import { PersonCard } from "@/components/org/person-card";
import { PersonSanctions } from "@/components/assessment/person-sanctions";
import { PersonCases } from "@/components/records/person-cases";
import { NotPermitted } from "@/components/ui/not-permitted";
import { today as clockToday } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: personId } = await parsePageParams({ id: pathParam.id }, params);
  const db = await getDb();
  const today = clockToday();
  const { allowed } = await guardPage("person.view", `/people/${personId}`, async () => ({
    personId,
    unitIds: await getPersonUnitIds(db, personId, today),
  }));
  if (!allowed) return <NotPermitted />;
  const detail = await getPersonDetail(db, personId);
  if (!detail) notFound();
  const t = await getTranslations("person");
  return (
    <div className="max-w-4xl">
      <h1 className="mb-2 text-2xl font-semibold">{t("title", { name: detail.person.name })}</h1>
      <p className="mb-4 text-sm">
        <Link className="text-blue-700 underline" href={`/people/${personId}/duties`}>
          {t("dutiesLink")}
        </Link>
      </p>
      <PersonCard detail={detail} today={today} />
      <PersonSanctions personId={personId} className="mt-4" />
      <PersonCases personId={personId} />
    </div>
  );
}
