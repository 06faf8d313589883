import { getTranslations } from "next-intl/server";
import type { ListConfirmation } from "@/db/queries/list-confirmations";
import type { PersonDutyList, PersonDuties, SheetItem } from "@/db/queries/my-duties";
import type { YearsInfo } from "@/db/queries/years";
import { getDates } from "@/components/ui/dates";
import { YearPicker } from "@/components/ui/year-picker";
import type { DefinedAction } from "@/server/action";
import { dueState } from "@/lib/records/cadence";
import { ConfirmListButton } from "./confirm-list-button";
import { DutyItem } from "./duty-item";
import { PrintButton } from "./print-button";
import { arrangeSheet } from "./rows";

type Props = {
  duties: PersonDuties;
  year: number;
  /** The year picker's options. */
  years: Pick<YearsInfo, "years" | "workingYear">;
  /** The date history links ask about (today, or the end of a past year). */
  historyDate: string;
  /** Lists whose history the viewer may open; other lists show no history links. */
  historyListIds: number[];
  /** The sheet's own person only: the lists they must confirm (the signing board's rule), and the sign action. */
  confirm?: { states: ListConfirmation[]; action: DefinedAction };
};

/**
 * One person's responsibility lists for a year, each at its latest published version: per list a section,
 * per category a table with business duties beside the safety duties that belong to them; below `md` the
 * two columns stack. Not printed: the page prints the formal list of ./duty-print (DutyPrint) instead.
 */
export async function DutySheet({ duties, year, years, historyDate, historyListIds, confirm }: Props) {
  const t = await getTranslations("duties.sheet");
  const hasPublished = duties.lists.some((l) => l.version);
  return (
    <div className="space-y-6 print:hidden">
      <div className="no-print flex flex-wrap items-end justify-between gap-3">
        <YearPicker year={year} info={years} />
        <PrintButton label={t("print")} />
      </div>
      <p className="text-sm text-slate-600">{t("subject", { name: duties.person.name, year })}</p>
      {!hasPublished && (
        <div role="status" className="card">
          <p className="font-medium">{t("empty")}</p>
          <p className="text-sm text-slate-600">{t("emptyHelp", { year })}</p>
        </div>
      )}
      {duties.lists.map((list, index) => (
        <DutyListSection
          key={list.listId}
          list={list}
          isFirst={index === 0}
          historyDate={historyDate}
          canOpenHistory={historyListIds.includes(list.listId)}
          year={year}
          confirmation={confirm?.states.find((c) => c.listId === list.listId)}
          signAction={confirm?.action}
        />
      ))}
    </div>
  );
}

async function DutyListSection({
  list,
  isFirst,
  historyDate,
  canOpenHistory,
  year,
  confirmation,
  signAction,
}: {
  list: PersonDutyList;
  isFirst: boolean;
  historyDate: string;
  canOpenHistory: boolean;
  year: number;
  confirmation?: ListConfirmation;
  signAction?: NonNullable<Props["confirm"]>["action"];
}) {
  const t = await getTranslations();
  const id = `duty-list-${list.listId}`;
  const notes = [
    list.holdingType && list.holdingType !== "primary" ? t(`enums.holdingType.${list.holdingType}`) : null,
    list.supervisionKind
      ? t("duties.sheet.supervised", { kind: t(`enums.supervisionKind.${list.supervisionKind}`) })
      : null,
    list.ownerType === "unit" && list.isHead ? t("duties.sheet.head") : null,
  ].filter((n): n is string => n !== null);
  const historyHref = (item: SheetItem) =>
    canOpenHistory ? `/duties/history?item=${encodeURIComponent(item.itemKey)}&date=${historyDate}` : null;
  // A year's list applies from 1 January; the sheet's date is today, or the end of a past year.
  const progress = (item: SheetItem) => {
    const lastDone = list.lastDone[item.itemKey] ?? null;
    const due = dueState({ cadence: item.cadence, lastDone: lastDone?.date ?? null, today: historyDate, since: `${year}-01-01` });
    return { lastDone, due };
  };
  return (
    <section aria-labelledby={`${id}-h`} className={`card space-y-4 ${isFirst ? "" : "break-before-page"}`}>
      <header className="space-y-1">
        <h2 id={`${id}-h`} tabIndex={-1} className="text-lg font-semibold">
          {listHeading(t, list)}
        </h2>
        {notes.length > 0 && (
          <p className="flex flex-wrap gap-2 text-xs">
            {notes.map((n) => (
              <span key={n} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">
                {n}
              </span>
            ))}
          </p>
        )}
        {list.version ? (
          <div className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-600">
            <p>{t("duties.sheet.version", { no: list.version.versionNo, date: list.version.publishedDate })}</p>
            {/* The hash is for checking a signature against the content, not for reading. */}
            <details className="no-print text-xs">
              <summary className="cursor-pointer text-blue-700">{t("duties.sheet.verifyInfo")}</summary>
              <p className="break-all font-mono">{t("duties.sheet.hashLine", { hash: list.version.contentHash })}</p>
            </details>
          </div>
        ) : (
          <p className="text-sm text-amber-800">
            {t("duties.sheet.notPublished", { status: t(`duties.enum.status.${list.status}`) })}
          </p>
        )}
        {list.version && confirmation && signAction && (
          <ConfirmationLine
            confirmation={confirmation}
            signAction={signAction}
            listId={list.listId}
            contentHash={list.version.contentHash}
            listName={listHeading(t, list)}
            versionLabel={t("duties.sheet.versionHash", {
              no: list.version.versionNo,
              date: list.version.publishedDate,
              hash: `${list.version.contentHash.slice(0, 12)}…`,
            })}
            headingId={`${id}-h`}
          />
        )}
      </header>
      {list.version && list.items.length === 0 && <p className="text-sm text-slate-600">{t("duties.sheet.noItems")}</p>}
      {arrangeSheet(list.items).map(({ category, rows }) => (
        <div key={category} className="space-y-2">
          <h3 id={`${id}-${category}`} className="break-after-avoid font-semibold text-slate-800">
            {t(`duties.enum.category.${category}`)}
          </h3>
          <table aria-labelledby={`${id}-${category}`} className="table block md:table print:table">
            <thead className="hidden md:table-header-group print:table-header-group">
              <tr>
                <th scope="col" className="w-1/2">
                  {t("duties.sheet.business")}
                </th>
                <th scope="col" className="w-1/2">
                  {t("duties.sheet.safety")}
                </th>
              </tr>
            </thead>
            <tbody className="block md:table-row-group print:table-row-group">
              {rows.map((row) => (
                <tr
                  key={row.business?.itemKey ?? row.safety[0].itemKey}
                  className="block break-inside-avoid border-b border-slate-200 py-2 md:table-row md:py-0 print:table-row print:py-0"
                >
                  <td className={`${row.business ? "block" : "hidden"} md:table-cell print:table-cell`}>
                    <p className="mb-1 text-xs font-semibold text-blue-800 md:hidden print:hidden">
                      {t("duties.sheet.business")}
                    </p>
                    {row.business ? (
                      <DutyItem item={row.business} historyHref={historyHref(row.business)} {...progress(row.business)} />
                    ) : (
                      <Empty label={t("duties.sheet.none")} />
                    )}
                  </td>
                  <td className={`${row.safety.length ? "block" : "hidden"} md:table-cell print:table-cell`}>
                    <p className="mb-1 text-xs font-semibold text-amber-800 md:hidden print:hidden">
                      {t("duties.sheet.safety")}
                    </p>
                    {row.safety.length ? (
                      <ul className="space-y-3">
                        {row.safety.map((s) => (
                          <li key={s.itemKey}>
                            <DutyItem item={s} historyHref={historyHref(s)} {...progress(s)} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <Empty label={t("duties.sheet.none")} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

/** 待确认 with the 签字确认 button, or 已确认 with the time; a live region, so signing is announced. */
async function ConfirmationLine(props: {
  confirmation: ListConfirmation;
  signAction: NonNullable<Props["confirm"]>["action"];
  listId: number;
  contentHash: string;
  listName: string;
  versionLabel: string;
  headingId: string;
}) {
  const { confirmation: c } = props;
  const t = await getTranslations("duties.confirm");
  const when = await getDates();
  return (
    <div aria-live="polite" className="flex flex-wrap items-center gap-3 text-sm">
      {c.action ? (
        <>
          <p>
            <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">
              {t(c.action === "resign" ? "markerAgain" : "marker")}
            </span>{" "}
            <span className="text-slate-700">{t(c.action === "resign" ? "helpAgain" : "helpFirst")}</span>
          </p>
          <div className="no-print">
            <ConfirmListButton
              action={props.signAction}
              listId={props.listId}
              contentHash={props.contentHash}
              listName={props.listName}
              versionLabel={props.versionLabel}
              isAgain={c.action === "resign"}
              focusAfterId={props.headingId}
            />
          </div>
        </>
      ) : c.signature === "current" && c.signedAt ? (
        <p className="text-green-800">
          <span className="rounded bg-green-100 px-1.5 py-0.5 font-medium">{t("done")}</span>{" "}
          <span>{t("doneAt", { time: when.dateTime(c.signedAt) })}</span>
        </p>
      ) : null}
    </div>
  );
}

function Empty({ label }: { label: string }) {
  return (
    <span className="text-slate-400">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

type T = Awaited<ReturnType<typeof getTranslations>>;

export function listHeading(
  t: T,
  list: Pick<PersonDutyList, "ownerType" | "unitName" | "postName" | "leaderName">,
): string {
  switch (list.ownerType) {
    case "post":
      return t("duties.sheet.postList", { unit: list.unitName, post: list.postName ?? "" });
    case "unit":
      return t("duties.sheet.unitList", { unit: list.unitName });
    case "leader":
      return t("duties.sheet.leaderList", { name: list.leaderName ?? "" });
  }
}
