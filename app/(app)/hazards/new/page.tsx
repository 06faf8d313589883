import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listHazardUnits, listUnitPeople } from "@/db/queries/hazards";
import { listRecords } from "@/db/queries/records";
import { NotPermitted } from "@/components/ui/not-permitted";
import { today as clockToday } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam } from "@/lib/url-params";
import { HAZARD_LEVELS } from "@/lib/records/hazard-workflow";
import { unitScopeOf } from "@/lib/records/scope";
import { createHazardAction } from "../actions";
import { GoForm } from "../go-form";

export const dynamic = "force-dynamic";

/** 登记隐患 in two steps: the unit (only those the viewer may enter for), then the hazard with the unit's people. */
export default async function NewHazardPage({ searchParams }: { searchParams: Promise<{ unit?: string | string[] }> }) {
  const { viewer, allowed } = await guardPage("hazard.edit", "/hazards/new", (v) => {
    const scope = unitScopeOf(v, "hazard.edit");
    return scope === "all" ? {} : { unitIds: scope };
  });
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("hazards");
  const db = await getDb();
  const units = await listHazardUnits(db, unitScopeOf(viewer, "hazard.edit"));
  const asked = (await parseSearchParams({ unit: queryParam.id }, searchParams)).unit;
  const unit = units.find((u) => u.id === asked);
  const today = clockToday();
  // The work record that found the hazard is chosen from the unit's records the viewer may read, newest first.
  const [staff, records] = unit
    ? await Promise.all([
        listUnitPeople(db, unit.id, today),
        listRecords(db, { unitId: unit.id, page: 1, pageSize: 200 }, { unitIds: unitScopeOf(viewer, "record.view"), personId: viewer.personId }),
      ])
    : [[], { rows: [] }];
  const tr = await getTranslations("records.kind");
  const tc = await getTranslations("common");
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href="/hazards">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      {units.length === 0 ? (
        <p className="card text-sm">{t("form.noUnits")}</p>
      ) : !unit ? (
        <form method="get" action="/hazards/new" className="card space-y-3" aria-labelledby="unit-step-h">
          <h2 id="unit-step-h" className="font-semibold">
            {t("form.unitStep")}
          </h2>
          <div>
            <label htmlFor="hn-unit" className="mb-1 block text-sm font-medium">
              {t("form.unit")}
            </label>
            <select id="hn-unit" name="unit" className="input" required>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn">
            {t("form.next")}
          </button>
        </form>
      ) : (
        <section className="card space-y-3" aria-labelledby="hazard-form-h">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="hazard-form-h" className="font-semibold">
              {t("form.heading", { unit: unit.name })}
            </h2>
            <Link className="text-sm text-blue-700 underline" href="/hazards/new">
              {t("form.changeUnit")}
            </Link>
          </div>
          <GoForm
            action={createHazardAction}
            hrefBase="/hazards/"
            submitLabel={t("form.submit")}
            fields={[
              { name: "unitId", label: "", type: "hidden", defaultValue: unit.id },
              { name: "title", label: t("form.title"), required: true },
              {
                name: "level",
                label: t("form.level"),
                type: "select",
                required: true,
                defaultValue: "general",
                options: HAZARD_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) })),
              },
              { name: "foundOn", label: t("form.foundOn"), type: "date", required: true, defaultValue: today },
              { name: "deadline", label: t("form.deadline"), type: "date", required: true },
              {
                name: "ownerPersonId",
                label: t("form.owner"),
                type: "select",
                required: true,
                options: staff.map((p) => ({ value: String(p.id), label: tc("withNote", { text: p.name, note: p.staffNo }) })),
              },
              { name: "description", label: t("form.description"), type: "textarea" },
              {
                name: "recordId",
                label: t("form.recordId"),
                type: "select",
                options: records.rows.map((r) => ({
                  value: String(r.id),
                  label: t("form.recordOption", { date: r.occurredOn, kind: tr(r.kind), title: r.title }),
                })),
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}
