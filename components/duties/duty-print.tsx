// 我的责任 as printed: a formal list on A4 instead of the screen's cards — the title, the person with their
// posts and units, per list a heading with its published version and (when signed) the electronic
// confirmation, one table per list (序号 | 责任事项 | 责任范围 | 考核标准 | 频次, a row per category
// heading, each safety duty right after the business duty it belongs to), and at the end the statement and
// signature block (责任人 and the reviewer, each with a date). Shown only in print; the screen's sheet is
// left out of print (DutySheet). The page's own header and menu are left out too (the style below).
import { getLocale, getTranslations } from "next-intl/server";
import type { ListConfirmation } from "@/db/queries/list-confirmations";
import type { PersonDuties, PersonDutyList, SheetItem } from "@/db/queries/my-duties";
import { formatDateTime } from "@/lib/format/datetime";
import { chineseNumber } from "@/lib/pledges/render";
import { arrangeSheet } from "./rows";

// Only what is inside <main> prints (the layout's header, menu and banners are main's siblings); the sheet
// in a serif face, as a printed 公文 list is.
const PRINT_CSS = `@media print {
  @page { size: A4; margin: 16mm 15mm 16mm 15mm; }
  body div:has(> main) > :not(main) { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  .duty-print { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; }
}`;

/** Column widths of the printed table (percent of the page width). */
const COLS = [6, 40, 17, 28, 9];

type Translate = Awaited<ReturnType<typeof getTranslations>>;

export async function DutyPrint({
  duties,
  year,
  confirmations = [],
}: {
  duties: PersonDuties;
  year: number;
  confirmations?: ListConfirmation[];
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const published = duties.lists.filter((l) => l.version);
  const posts = [
    ...new Set(
      duties.lists.flatMap((l) =>
        l.ownerType === "post" && l.postName
          ? [`${l.unitName} ${l.postName}`]
          : l.ownerType === "leader"
            ? [t("duties.print.leader")]
            : [],
      ),
    ),
  ];
  const units = [...new Set(duties.lists.filter((l) => l.reason !== "supervised").map((l) => l.unitName))];
  const isStaff = !duties.lists.some((l) => l.ownerType === "leader" || l.isHead);
  return (
    <div className="duty-print hidden text-[10.5pt] leading-relaxed text-black print:block">
      <style>{PRINT_CSS}</style>
      <h1 className="text-center text-[18pt] font-bold tracking-wide">{t("duties.print.title", { year })}</h1>
      <p className="mt-2 text-center">
        {[
          t("duties.print.person", { name: duties.person.name }),
          posts.length ? t("duties.print.posts", { posts: posts.join("、") }) : null,
          !posts.length && units.length ? t("duties.print.units", { units: units.join("、") }) : null,
        ]
          .filter(Boolean)
          .join("　　")}
      </p>
      {published.length === 0 && <p className="mt-4">{t("duties.sheet.empty")}</p>}
      {published.map((list, n) => (
        <PrintedList
          locale={locale}
          key={list.listId}
          t={t}
          n={n + 1}
          list={list}
          confirmation={confirmations.find((c) => c.listId === list.listId)}
        />
      ))}
      <section className="mt-6 break-inside-avoid">
        <p className="indent-8">{t("duties.print.statement")}</p>
        <div className="mt-6 grid grid-cols-2 gap-x-10 gap-y-8">
          {[t("duties.print.signSelf"), t(isStaff ? "duties.print.signHead" : "duties.print.signReviewer")].map(
            (label) => (
              <div key={label} className="space-y-6">
                <p className="flex items-end gap-2">
                  <span className="shrink-0">{label}</span>
                  <span className="flex-1 border-b border-black" aria-hidden="true" />
                </p>
                <p>{t("duties.print.date")}</p>
              </div>
            ),
          )}
        </div>
      </section>
    </div>
  );
}

function PrintedList({
  locale,
  t,
  n,
  list,
  confirmation,
}: {
  locale: string;
  t: Translate;
  n: number;
  list: PersonDutyList;
  confirmation?: ListConfirmation;
}) {
  const heading =
    list.ownerType === "post"
      ? t("duties.print.postList", { unit: list.unitName, post: list.postName ?? "" })
      : list.ownerType === "unit"
        ? t("duties.print.unitList", { unit: list.unitName })
        : t("duties.print.leaderList", { name: list.leaderName ?? "" });
  const signed = confirmation?.signature === "current" && confirmation.signedAt;
  const meta = [
    t("duties.print.version", { no: list.version!.versionNo, date: list.version!.publishedDate }),
    list.supervisionKind
      ? t("duties.sheet.supervised", { kind: t(`enums.supervisionKind.${list.supervisionKind}`) })
      : null,
    signed ? t("duties.print.confirmed", { time: formatDateTime(confirmation.signedAt, locale) }) : null,
  ].filter(Boolean);
  let no = 0;
  return (
    <section className="mt-5">
      <h2 className="break-after-avoid text-[12pt] font-bold">
        {t("duties.print.heading", { no: locale === "zh" ? chineseNumber(n) : String(n), heading })}
      </h2>
      <p className="break-after-avoid text-[9pt]">{meta.join("；")}</p>
      {list.items.length === 0 ? (
        <p>{t("duties.sheet.noItems")}</p>
      ) : (
        <table className="mt-1 w-full table-fixed border-collapse text-[9.5pt] leading-snug">
          <colgroup>
            {COLS.map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead className="table-header-group">
            <tr>
              {["no", "item", "scope", "standard", "cadence"].map((k) => (
                <th key={k} scope="col" className="border border-black px-1.5 py-1 text-center font-bold">
                  {t(`duties.print.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          {arrangeSheet(list.items).map(({ category, rows }) => (
            <tbody key={category}>
              <tr className="break-after-avoid">
                <th scope="colgroup" colSpan={5} className="border border-black px-1.5 py-0.5 text-left font-bold">
                  {t(`duties.enum.category.${category}`)}
                </th>
              </tr>
              {rows
                .flatMap((r) => [...(r.business ? [r.business] : []), ...r.safety])
                .map((item) => (
                  <PrintedItem key={item.itemKey} t={t} no={++no} item={item} />
                ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}

function PrintedItem({ t, no, item }: { t: Translate; no: number; item: SheetItem }) {
  const cell = "border border-black px-1.5 py-1 align-top";
  const details = [
    t("duties.print.type", { type: t(`duties.enum.responsibilityType.${item.responsibilityType}`) }),
    item.legalBasis ? t("duties.print.basis", { basis: item.legalBasis }) : null,
  ].filter(Boolean);
  return (
    <tr className="break-inside-avoid">
      <td className={`${cell} text-center`}>{no}</td>
      <td className={cell}>
        <span className="font-bold">
          〔{t(item.kind === "safety" ? "duties.print.safety" : "duties.print.business")}〕
        </span>
        {item.text}
        <span className="block text-[8.5pt]">{details.join("；")}</span>
      </td>
      <td className={cell}>
        {[item.supervisedUnitName ? t("duties.print.supervised", { unit: item.supervisedUnitName }) : null, item.scope]
          .filter(Boolean)
          .join("；") || "—"}
      </td>
      <td className={cell}>
        {item.standard ?? "—"}
        {item.evidenceRequired && (
          <span className="block text-[8.5pt]">{t("duties.print.evidence", { evidence: item.evidenceRequired })}</span>
        )}
      </td>
      <td className={`${cell} text-center`}>{t(`duties.enum.cadence.${item.cadence}`)}</td>
    </tr>
  );
}
