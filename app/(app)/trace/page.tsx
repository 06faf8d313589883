import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { listUnitsBrief } from "@/db/queries/duties-units";
import { getTrace, listAccidentChoices, type TraceSubject } from "@/db/queries/trace";
import { listUnitDutyChoices } from "@/db/queries/record-choices";
import { NotPermitted } from "@/components/ui/not-permitted";
import { actorOf } from "@/server/auth/viewer";
import { guardPage } from "@/server/page-guard";
import { parseTraceParams } from "./params";

export const dynamic = "force-dynamic";

type T = Awaited<ReturnType<typeof getTranslations>>;

function roleLabel(t: T, s: TraceSubject) {
  if (s.role === "leader") return t(`trace.role.${s.supervisionKind === "assist" ? "assist" : "primary"}`);
  return t(`trace.role.${s.role}`);
}

function listCell(t: T, s: TraceSubject) {
  if (!s.personId) return "—";
  if (!s.list) return t("trace.noList");
  return t("trace.listInForce", {
    year: s.list.year,
    owner: t(`duties.enum.ownerType.${s.list.ownerType}`),
    no: s.list.versionNo,
    date: s.list.publishedDate,
  });
}

function signatureCell(t: T, s: TraceSubject) {
  if (!s.personId || !s.list) return <span>—</span>;
  if (!s.signature) return <span className="font-medium text-red-700">{t("trace.notSigned")}</span>;
  return s.signature.isCurrent ? (
    <span className="text-green-800">{t("trace.signed", { at: s.signature.signedAt, no: s.signature.versionNo })}</span>
  ) : (
    <span className="text-amber-900">{t("trace.signedEarlier", { at: s.signature.signedAt, no: s.signature.versionNo })}</span>
  );
}

/** 问责倒查: who held the duty on a date, which version they had signed, what records and training exist. */
export default async function TracePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { viewer, allowed } = await guardPage("trace.view", "/trace");
  if (!allowed) return <NotPermitted />;
  const db = await getDb();
  const p = parseTraceParams(await searchParams);
  const [units, accidents] = await Promise.all([listUnitsBrief(db, "all"), listAccidentChoices(db)]);
  const accident = p.accidentId != null ? (accidents.find((a) => a.id === p.accidentId) ?? null) : null;
  const date = accident?.date ?? p.date;
  const unitId = accident?.unitId ?? (p.unitId != null && units.some((u) => u.id === p.unitId) ? p.unitId : null);
  const trace = date && unitId != null ? await getTrace(db, { unitId, date, itemKey: p.itemKey }) : null;
  if (trace) {
    await recordAudit(db, await actorOf(viewer), {
      action: "trace.view",
      objectType: "unit",
      objectId: unitId,
      after: { date, itemKey: p.itemKey, accidentId: accident?.id ?? null },
    });
  }
  // The duty items to narrow the trace to: those of the unit's own lists of the date's year.
  const itemChoices = date && unitId != null ? await listUnitDutyChoices(db, unitId, Number(date.slice(0, 4))) : [];
  const t = await getTranslations();
  const unitName = units.find((u) => u.id === unitId)?.name ?? "";
  const isKnownItem = itemChoices.some((l) => l.items.some((i) => i.itemKey === p.itemKey));
  const subjects = trace?.subjects ?? [];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("trace.title")}</h1>
      <p className="text-sm text-slate-600">{t("trace.intro")}</p>
      {accidents.length > 0 && (
        <form method="get" action="/trace" className="card flex flex-wrap items-end gap-3" aria-label={t("trace.fromAccident")}>
          <div className="min-w-72">
            <label htmlFor="tr-accident" className="mb-1 block text-sm font-medium">
              {t("trace.accident")}
            </label>
            <select id="tr-accident" name="accident" className="input" defaultValue={accident ? String(accident.id) : ""}>
              <option value="">—</option>
              {accidents.map((a) => (
                <option key={a.id} value={a.id}>
                  {`${a.date} ${a.unitName} ${a.title}`}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary">
            {t("trace.useAccident")}
          </button>
        </form>
      )}
      <form method="get" action="/trace" role="search" aria-label={t("trace.query")} className="card flex flex-wrap items-end gap-3">
        <div className="w-36">
          <label htmlFor="tr-date" className="mb-1 block text-sm font-medium">
            {t("trace.date")}
          </label>
          <input id="tr-date" name="date" className="input" placeholder="2025-08-14" maxLength={10} defaultValue={date ?? ""} />
        </div>
        <div className="min-w-48">
          <label htmlFor="tr-unit" className="mb-1 block text-sm font-medium">
            {t("trace.unit")}
          </label>
          <select id="tr-unit" name="unit" className="input" defaultValue={unitId != null ? String(unitId) : ""}>
            <option value="">—</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        {itemChoices.length > 0 ? (
          <div className="min-w-64">
            <label htmlFor="tr-item" className="mb-1 block text-sm font-medium">
              {t("trace.item")}
            </label>
            <select id="tr-item" name="item" className="input max-w-xl" defaultValue={p.itemKey ?? ""}>
              <option value="">{t("trace.itemAll")}</option>
              {p.itemKey && !isKnownItem && <option value={p.itemKey}>{t("trace.itemOther")}</option>}
              {itemChoices.map((l) => (
                <optgroup key={l.listId} label={l.ownerType === "unit" ? t("trace.unitListGroup") : t("trace.postListGroup", { post: l.postName ?? "—" })}>
                  {l.items.map((i) => (
                    <option key={i.itemKey} value={i.itemKey}>
                      {i.text.length > 60 ? `${i.text.slice(0, 59)}…` : i.text}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        ) : (
          <>
            {p.itemKey && <input type="hidden" name="item" value={p.itemKey} />}
            <p className="basis-full text-xs text-slate-600 sm:order-last">{t("trace.itemHint")}</p>
          </>
        )}
        <button type="submit" className="btn">
          {t("trace.submit")}
        </button>
      </form>
      {p.invalid.length > 0 && (
        <p role="alert" className="text-sm text-amber-800">
          {t("trace.ignored", { fields: p.invalid.map((f) => t(`trace.${f === "accident" ? "accident" : f}`)).join(t("common.listSep")) })}
        </p>
      )}
      {trace && (
        <>
          <section className="card overflow-x-auto" aria-labelledby="tr-people">
            <h2 id="tr-people" className="mb-1 font-semibold">
              {t("trace.peopleTitle", { unit: unitName, date: trace.date })}
            </h2>
            <p className="mb-2 text-xs text-slate-600">{t("trace.peopleHelp", { since: trace.since, year: trace.year })}</p>
            <table className="table" aria-labelledby="tr-people">
              <thead>
                <tr>
                  <th scope="col">{t("trace.col.role")}</th>
                  <th scope="col">{t("trace.col.person")}</th>
                  <th scope="col">{t("trace.col.post")}</th>
                  <th scope="col">{t("trace.col.list")}</th>
                  <th scope="col">{t("trace.col.signature")}</th>
                  <th scope="col">{t("trace.col.training")}</th>
                </tr>
              </thead>
              <tbody>
                {subjects.map((s, i) => (
                  <tr key={`${s.role}-${s.postId ?? 0}-${s.personId ?? "vacant"}-${i}`}>
                    <th scope="row" className="font-normal">
                      {roleLabel(t, s)}
                    </th>
                    <td>
                      {s.name ?? <span className="text-slate-500">{t("trace.vacant")}</span>}
                      {s.holdingType && s.holdingType !== "primary" && (
                        <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{t(`enums.holdingType.${s.holdingType}`)}</span>
                      )}
                    </td>
                    <td>{s.postName ?? "—"}</td>
                    <td>{listCell(t, s)}</td>
                    <td>{signatureCell(t, s)}</td>
                    <td>
                      {!s.personId ? (
                        "—"
                      ) : s.trainings.length === 0 ? (
                        <span className="text-red-700">{t("trace.noTraining")}</span>
                      ) : (
                        <span title={s.trainings.map((x) => `${x.date} ${x.title}`).join("\n")}>
                          {t("trace.trainings", { n: s.trainings.length, last: s.trainings[0].date })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {p.itemKey && (
              <p className="mt-2 text-sm">
                <Link href={`/duties/history?item=${encodeURIComponent(p.itemKey)}&date=${trace.date}`} className="text-blue-700 underline">
                  {t("trace.itemHistory")}
                </Link>
              </p>
            )}
          </section>
          <section className="card overflow-x-auto" aria-labelledby="tr-records">
            <h2 id="tr-records" className="mb-2 font-semibold">
              {t("trace.recordsTitle", { since: trace.since, date: trace.date, n: trace.records.length })}
            </h2>
            {trace.records.length === 0 ? (
              <p className="text-sm text-red-700">{t("trace.noRecords")}</p>
            ) : (
              <table className="table" aria-labelledby="tr-records">
                <thead>
                  <tr>
                    <th scope="col">{t("records.col.date")}</th>
                    <th scope="col">{t("records.field.kind")}</th>
                    <th scope="col">{t("records.field.title")}</th>
                    <th scope="col">{t("records.field.unit")}</th>
                    <th scope="col">{t("records.field.lead")}</th>
                    <th scope="col">{t("trace.col.viaItem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {trace.records.map((r) => (
                    <tr key={r.id}>
                      <td className="whitespace-nowrap">{r.occurredOn}</td>
                      <td className="whitespace-nowrap">{t(`records.kind.${r.kind}`)}</td>
                      <td>
                        <Link href={`/records/${r.id}`} className="text-blue-700 underline">
                          {r.title}
                        </Link>
                      </td>
                      <td>{r.unitName}</td>
                      <td>{r.leadName ?? "—"}</td>
                      <td>{r.viaItem ? t("common.yes") : t("common.no")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </div>
  );
}
