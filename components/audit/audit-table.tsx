import { getTranslations } from "next-intl/server";
import type { listAuditEntries } from "@/db/queries/audit";
import { getDates } from "@/components/ui/dates";
import { compactChange } from "./format";

type Row = Awaited<ReturnType<typeof listAuditEntries>>["rows"][number];

const RESULT_STYLE: Record<string, string> = {
  ok: "text-green-800",
  denied: "text-amber-800",
  failed: "text-red-700 font-medium",
};

/** One line per entry, newest first; the full hash is in the chain check, not in the table. */
export async function AuditTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations();
  const when = await getDates();
  const roleName = (r: string) => (t.has(`roles.${r}`) ? t(`roles.${r}`) : r);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("audit.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="sr-only">{t("audit.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.col.seq")}</th>
            <th scope="col">{t("audit.col.at")}</th>
            <th scope="col">{t("audit.col.actor")}</th>
            <th scope="col">{t("audit.col.roles")}</th>
            <th scope="col">{t("audit.col.ip")}</th>
            <th scope="col">{t("audit.col.action")}</th>
            <th scope="col">{t("audit.col.object")}</th>
            <th scope="col">{t("audit.col.result")}</th>
            <th scope="col">{t("audit.col.change")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.seq}>
              <td className="font-mono">{r.seq}</td>
              <td className="whitespace-nowrap">
                <time dateTime={r.at.toISOString()}>{when.dateTime(r.at, { seconds: true })}</time>
              </td>
              <td>{r.actorUsername ?? t("audit.system")}</td>
              <td>{(r.actorRoles ?? []).map(roleName).join(t("common.listSep"))}</td>
              <td className="font-mono text-xs">{r.ip ?? ""}</td>
              <td className="font-mono text-xs">{r.action}</td>
              <td className="text-xs">
                {r.objectType ?? ""}
                {r.objectId ? ` ${r.objectId}` : ""}
              </td>
              <td className={`whitespace-nowrap ${RESULT_STYLE[r.result] ?? ""}`}>{t(`audit.results.${r.result}`)}</td>
              <td className="max-w-md break-all font-mono text-xs">{compactChange(r.before, r.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
