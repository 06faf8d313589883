import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listUnitsBrief } from "@/db/queries/duties-units";
import { listPeopleChoices, listSchemeItemChoices } from "@/db/queries/record-choices";
import { RECORD_KINDS } from "@/db/queries/records";
import { listHeading } from "@/components/duties/duty-sheet";
import { NotPermitted } from "@/components/ui/not-permitted";
import { today as clockToday } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parseSearchParams } from "@/server/page-params";
import { queryParam } from "@/lib/url-params";
import { recordConcernedUnits, recordOwnerUnits } from "@/lib/records/scope";
import { createRecordAction } from "../actions";
import { loadDutyChoices } from "../record-checks";
import { RecordForm, type PersonGroup } from "./record-form";

export const dynamic = "force-dynamic";

/** 新增履职记录: the form, with the duty items of the chosen unit's lists and the viewer's own lists. */
export default async function NewRecordPage({ searchParams }: { searchParams: Promise<{ unit?: string | string[] }> }) {
  const { viewer, allowed } = await guardPage("record.edit", "/records/new", (v) => ({ personId: v.personId }));
  if (!allowed) return <NotPermitted />;
  const db = await getDb();
  const today = clockToday();
  const year = Number(today.slice(0, 4));
  const concerned = recordConcernedUnits(viewer);
  const [owners, concernedUnits, people, schemeItems] = await Promise.all([
    listUnitsBrief(db, recordOwnerUnits(viewer)),
    listUnitsBrief(db, concerned),
    listPeopleChoices(db, concerned, today),
    listSchemeItemChoices(db, year),
  ]);
  const t = await getTranslations();
  const asked = (await parseSearchParams({ unit: queryParam.id }, searchParams)).unit ?? null;
  const preferred = [asked, ...viewer.headedUnitIds, ...viewer.liaisonUnitIds, ...viewer.ownUnitIds];
  const unitId = preferred.find((u) => u != null && owners.some((o) => o.id === u)) ?? owners[0]?.id;
  if (unitId == null) return <NotPermitted />;
  const dutyLists = await loadDutyChoices(db, viewer, unitId, year);

  const groups = new Map<string, PersonGroup>();
  for (const p of people) {
    const g = groups.get(p.unitName) ?? { unitName: p.unitName, people: [] };
    g.people.push({ value: String(p.id), label: `${p.name}（${p.postName}）` });
    groups.set(p.unitName, g);
  }
  return (
    <div className="max-w-5xl space-y-4">
      <nav className="text-sm">
        <Link href="/records" className="text-blue-700 underline">
          {t("records.title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{t("records.newTitle")}</h1>
      <section className="card" aria-label={t("records.newTitle")}>
        <RecordForm
          action={createRecordAction}
          kinds={RECORD_KINDS.map((k) => ({ value: k, label: t(`records.kind.${k}`) }))}
          ownerUnits={owners.map((u) => ({ value: String(u.id), label: u.name }))}
          concernedUnits={concernedUnits.map((u) => ({ value: String(u.id), label: u.name }))}
          people={[...groups.values()]}
          dutyGroups={dutyLists.map((l) => ({
            listId: l.listId,
            heading: listHeading(t, l),
            items: l.items.map((i) => ({
              value: `${l.listId}:${i.itemKey}`,
              label: i.text,
              note: `${t(`duties.enum.category.${i.category}`)} · ${t(`duties.enum.cadence.${i.cadence}`)}`,
            })),
          }))}
          schemeItems={schemeItems.map((s) => ({ value: String(s.id), label: `${s.code} ${s.content}` }))}
          defaults={{ unitId: String(unitId), leadId: viewer.personId != null ? String(viewer.personId) : "", date: today }}
        />
      </section>
    </div>
  );
}
