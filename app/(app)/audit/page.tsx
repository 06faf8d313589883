import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { recordAudit } from "@/db/audited";
import { getAuditHead, listAuditEntries } from "@/db/queries/audit";
import { AuditFilterForm } from "@/components/audit/audit-filter";
import { AuditTable } from "@/components/audit/audit-table";
import { getDates } from "@/components/ui/dates";
import { Pager } from "@/components/audit/pager";
import { VerifyChain } from "@/components/audit/verify-chain";
import { NotPermitted } from "@/components/ui/not-permitted";
import { hasPermission } from "@/lib/authz";
import { actorOf } from "@/server/auth/viewer";
import { summariseDenials } from "@/server/auth/denials";
import { guardPage } from "@/server/page-guard";
import { verifyChainAction } from "./actions";
import { parseAuditFilter, RESULTS, type SearchParams } from "./filter";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { viewer, allowed } = await guardPage("audit.view", "/audit");
  if (!allowed) return <NotPermitted />;
  const filter = parseAuditFilter(await searchParams);
  const db = await getDb();
  // Signed-out denials of closed windows are summarised first, so the log read is complete.
  await summariseDenials(db);
  // Reading the audit log is itself logged (SECURITY.md), before anything is shown.
  const shown = Object.fromEntries(Object.entries(filter.form).filter(([, v]) => v));
  await recordAudit(db, await actorOf(viewer), {
    action: "audit.view",
    objectType: "audit_log",
    after: { ...(Object.keys(shown).length ? { filter: shown } : {}), page: filter.query.page },
  });
  const [list, head] = await Promise.all([listAuditEntries(db, filter.query), getAuditHead(db)]);
  const t = await getTranslations("audit");
  const tc = await getTranslations("common");
  const when = await getDates();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <section aria-labelledby="chain-h" className="card space-y-3">
        <h2 id="chain-h" className="font-semibold">
          {t("chainTitle")}
        </h2>
        {head && (
          <dl className="grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
            <dt className="text-slate-600">{t("headSeq")}</dt>
            <dd className="font-mono">{head.lastSeq}</dd>
            <dt className="text-slate-600">{t("headHash")}</dt>
            <dd className="break-all font-mono text-xs">{head.lastHash}</dd>
            <dt className="text-slate-600">{t("headAt")}</dt>
            <dd>{when.dateTime(head.updatedAt, { seconds: true })}</dd>
          </dl>
        )}
        <div className="flex flex-wrap items-start gap-4">
          {hasPermission(viewer, "audit.verify") && <VerifyChain action={verifyChainAction} />}
          {hasPermission(viewer, "audit.export") && (
            <a href="/api/audit/head" download className="btn-secondary">
              {t("downloadHead")}
            </a>
          )}
        </div>
      </section>
      <AuditFilterForm values={filter.form} results={RESULTS} />
      {filter.invalid.length > 0 && (
        <p role="alert" className="text-sm text-amber-800">
          {t("filter.ignored", { fields: filter.invalid.map((f) => t(`filter.${f}`)).join(tc("listSep")) })}
        </p>
      )}
      <section aria-labelledby="entries-h">
        <h2 id="entries-h" className="mb-2 font-semibold">
          {t("entries")}
          <span className="ml-2 text-sm font-normal text-slate-600">{t("total", { total: list.total })}</span>
        </h2>
        <AuditTable rows={list.rows} />
        <Pager path="/audit" params={filter.form} page={list.page} pageSize={list.pageSize} total={list.total} />
      </section>
    </div>
  );
}
