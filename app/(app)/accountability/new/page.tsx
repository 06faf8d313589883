import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listAccidentOptions } from "@/db/queries/accidents";
import { listHazards, listHazardUnits, listUnitPeople } from "@/db/queries/hazards";
import { listRecords } from "@/db/queries/records";
import { getDates } from "@/components/ui/dates";
import { NotPermitted } from "@/components/ui/not-permitted";
import { today as clockToday } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam } from "@/lib/url-params";
import { GoForm } from "../../hazards/go-form";
import { createCaseAction } from "../actions";
import { FORMS, LENIENCIES, SITUATIONS, TRIGGERS } from "../enums";

export const dynamic = "force-dynamic";

/** 登记问责 in two steps: the person's unit, then the case with the unit's people and hazards. */
export default async function NewCasePage({ searchParams }: { searchParams: Promise<{ unit?: string | string[] }> }) {
  const { allowed } = await guardPage("accountability.edit", "/accountability/new");
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("accountability");
  const tc = await getTranslations("common");
  const when = await getDates();
  const db = await getDb();
  const units = await listHazardUnits(db, "all");
  const asked = (await parseSearchParams({ unit: queryParam.id }, searchParams)).unit;
  const unit = units.find((u) => u.id === asked);
  const today = clockToday();
  const [staff, accidents, hazards, inspections] = unit
    ? await Promise.all([
        listUnitPeople(db, unit.id, today),
        listAccidentOptions(db),
        listHazards(db, "all", { unitId: unit.id, page: 1, pageSize: 200 }, today),
        listRecords(db, { kind: "inspection", unitId: unit.id, page: 1, pageSize: 200 }, { unitIds: "all", personId: null }),
      ])
    : [[], [], { rows: [] }, { rows: [] }];
  const opts = <T extends string>(prefix: string, values: readonly T[]) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as never) }));
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link className="text-blue-700 underline" href="/accountability">
          {t("detail.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("new")}</h1>
      {!unit ? (
        <form method="get" action="/accountability/new" className="card space-y-3" aria-labelledby="unit-step-h">
          <h2 id="unit-step-h" className="font-semibold">
            {t("field.unitStep")}
          </h2>
          <div>
            <label htmlFor="an-unit" className="mb-1 block text-sm font-medium">
              {t("field.unit")}
            </label>
            <select id="an-unit" name="unit" className="input" required>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn">
            {t("field.next")}
          </button>
        </form>
      ) : (
        <section className="card space-y-3" aria-labelledby="case-form-h">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="case-form-h" className="font-semibold">
              {t("field.heading", { unit: unit.name })}
            </h2>
            <Link className="text-sm text-blue-700 underline" href="/accountability/new">
              {t("field.changeUnit")}
            </Link>
          </div>
          <p className="text-sm text-slate-600">{t("field.refHelp")}</p>
          <GoForm
            action={createCaseAction}
            hrefBase="/accountability/"
            submitLabel={t("field.submit")}
            fields={[
              { name: "unitId", label: "", type: "hidden", defaultValue: unit.id },
              {
                name: "personId",
                label: t("field.person"),
                type: "select",
                required: true,
                options: staff.map((p) => ({ value: String(p.id), label: tc("withNote", { text: p.name, note: p.staffNo }) })),
              },
              {
                name: "triggerKind",
                label: t("field.triggerKind"),
                type: "select",
                required: true,
                options: opts("trigger", TRIGGERS),
              },
              {
                name: "accidentId",
                label: t("field.accident"),
                type: "select",
                options: accidents.map((a) => ({
                  value: String(a.id),
                  label: `${when.date(a.occurredAt)} ${a.title}`,
                })),
              },
              {
                name: "hazardId",
                label: t("field.hazard"),
                type: "select",
                options: hazards.rows.map((h) => ({ value: String(h.id), label: `${h.foundOn} ${h.title}` })),
              },
              {
                name: "recordId",
                label: t("field.recordId"),
                type: "select",
                options: inspections.rows.map((r) => ({ value: String(r.id), label: t("field.recordOption", { date: r.occurredOn, title: r.title }) })),
              },
              {
                name: "situation",
                label: t("field.situation"),
                type: "select",
                required: true,
                options: opts("situation", SITUATIONS),
              },
              { name: "form", label: t("field.form"), type: "select", required: true, options: opts("form", FORMS) },
              {
                name: "leniency",
                label: t("field.leniency"),
                type: "select",
                required: true,
                defaultValue: "none",
                options: opts("leniency", LENIENCIES),
              },
              { name: "leniencyReason", label: t("field.leniencyReason"), type: "textarea" },
              { name: "summary", label: t("field.summary"), type: "textarea", required: true },
              { name: "decidedBy", label: t("field.decidedBy"), required: true },
              { name: "decidedOn", label: t("field.decidedOn"), type: "date", required: true, defaultValue: today },
              { name: "restrictedUntil", label: t("field.restrictedUntil"), type: "date" },
            ]}
          />
        </section>
      )}
    </div>
  );
}
