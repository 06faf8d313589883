import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getPerson } from "@/db/queries/org";
import { OrgSubnav } from "@/components/org/org-subnav";
import { ActionForm } from "@/components/ui/action-form";
import { NotPermitted } from "@/components/ui/not-permitted";
import { guardPage } from "@/server/page-guard";
import { parsePageParams } from "@/server/page-params";
import { pathParam } from "@/lib/url-params";
import { setPersonActiveAction, updatePersonAction } from "../../actions";

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: personId } = await parsePageParams({ id: pathParam.id }, params);
  const { allowed } = await guardPage("org.manage", `/admin/org/people/${personId}/edit`);
  if (!allowed) return <NotPermitted />;
  const person = await getPerson(await getDb(), personId);
  if (!person) notFound();
  const t = await getTranslations();
  return (
    <div className="max-w-xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("org.people.editTitle", { name: person.name })}</h1>
        <OrgSubnav current="people" />
      </div>
      <p className="text-sm">
        <Link className="text-blue-700 underline" href={`/people/${person.id}`}>
          {t("org.people.viewRecord")}
        </Link>
      </p>
      <section className="card" aria-labelledby="edit-person-h">
        <h2 id="edit-person-h" className="mb-2 font-semibold">
          {t("org.people.edit")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("org.people.piplNote")}</p>
        <ActionForm
          action={updatePersonAction}
          submitLabel={t("common.save")}
          successMessage={t("common.saved")}
          resetOnSuccess={false}
          fields={[
            { name: "id", label: "id", type: "hidden", defaultValue: person.id },
            { name: "version", label: "version", type: "hidden", defaultValue: person.version },
            { name: "staffNo", label: t("org.people.staffNo"), required: true, defaultValue: person.staffNo },
            { name: "name", label: t("org.people.name"), required: true, defaultValue: person.name },
            { name: "phone", label: t("org.people.phoneOptional"), defaultValue: person.phone },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="person-status-h">
        <h2 id="person-status-h" className="mb-2 font-semibold">
          {t("org.people.statusHeading")}
        </h2>
        <p className="mb-3 text-sm">
          {t("common.labelled", { label: t("org.people.status"), value: person.isActive ? t("org.people.active") : t("org.people.inactive") })}
        </p>
        <ActionForm
          action={setPersonActiveAction}
          inline
          submitLabel={person.isActive ? t("org.people.deactivate") : t("org.people.activate")}
          successMessage={t("common.saved")}
          fields={[
            { name: "id", label: "id", type: "hidden", defaultValue: person.id },
            { name: "version", label: "version", type: "hidden", defaultValue: person.version },
            { name: "active", label: "active", type: "hidden", defaultValue: person.isActive ? "false" : "true" },
          ]}
        />
      </section>
    </div>
  );
}
