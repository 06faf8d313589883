import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getItemHistory } from "@/db/queries/my-duties";
import { historyTarget } from "@/components/duties/access";
import { DutyHistory } from "@/components/duties/duty-history";
import { NotPermitted } from "@/components/ui/not-permitted";
import { today } from "@/lib/clock";
import { guardPage } from "@/server/page-guard";
import { parseHistoryParams } from "./params";

/** 履职历史 (问责倒查): who held a duty on a date, in which version, and how the duty changed. */
export default async function DutyHistoryPage({
  searchParams,
}: {
  searchParams: Promise<{ item?: string | string[]; date?: string | string[] }>;
}) {
  const p = parseHistoryParams(await searchParams, today());
  const db = await getDb();
  const history = p.item && !p.isDateInvalid ? await getItemHistory(db, p.item, p.date) : null;
  // Without a duty to show, the viewer is the target: anyone with duty.view at any scope gets the form.
  const { allowed } = await guardPage(
    "duty.view",
    p.item ? `/duties/history?item=${p.item}` : "/duties/history",
    (viewer) => (history ? historyTarget(history, viewer.personId) : { personId: viewer.personId }),
  );
  if (!allowed) return <NotPermitted />;
  const t = await getTranslations("duties.history");
  const message = p.isItemInvalid
    ? t("invalidItem")
    : p.isDateInvalid
      ? t("invalidDate")
      : !p.item
        ? t("noItem")
        : !history
          ? t("notFound")
          : null;
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <form
        method="get"
        action="/duties/history"
        aria-label={t("form")}
        className="card no-print flex flex-wrap items-end gap-3"
      >
        {p.item && <input type="hidden" name="item" value={p.item} />}
        <div>
          <label htmlFor="history-date" className="mb-1 block text-sm font-medium">
            {t("date")}
          </label>
          <input id="history-date" name="date" type="date" required defaultValue={p.date} className="input" />
        </div>
        <button type="submit" className="btn">
          {t("submit")}
        </button>
      </form>
      {message && (
        <p role={p.isItemInvalid || p.isDateInvalid ? "alert" : "status"} className="card text-sm">
          {message}
        </p>
      )}
      {history && <DutyHistory history={history} />}
    </div>
  );
}
