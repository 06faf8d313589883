import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getOrgFigures } from "@/db/queries/home";
import { getAuditHead } from "@/db/queries/audit";
import { getPersonDetail } from "@/db/queries/people";
import { NeedsMeSection } from "@/components/home/needs-me-section";
import { Dashboard, DASHBOARD_ROLES } from "@/components/home/dashboard";
import { YearNotReady, YearPicker } from "@/components/ui/year-picker";
import { hasPermission } from "@/lib/authz";
import { requireViewer } from "@/server/auth/viewer";
import { pageYear } from "@/server/years/page-year";
import { today as clockToday } from "@/lib/clock";

function Figure({ label, value, warn }: { label: string; value: number | string; warn?: boolean }) {
  return (
    <div className="card">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={`text-2xl font-semibold ${warn ? "text-amber-700" : ""}`}>{value}</dd>
    </div>
  );
}

/** The home page: to-dos (the working year's), then the year's charts and figures — the working year unless
 * `?year=` picks another — and the viewer's posts today. */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations();
  const db = await getDb();
  const today = clockToday();
  const { year, info } = await pageYear((await searchParams).year);
  const showOrg = hasPermission(viewer, "org.view");
  const figures = showOrg ? await getOrgFigures(db, year, today) : undefined;
  const head = hasPermission(viewer, "audit.view") ? await getAuditHead(db) : undefined;
  const detail = viewer.personId ? await getPersonDetail(db, viewer.personId) : undefined;
  const current = detail?.holdings.filter((h) => h.startDate <= today && (!h.endDate || h.endDate >= today)) ?? [];
  const supervised = detail?.supervised.filter((s) => s.year === year) ?? [];
  const showDashboard = viewer.roles.some((r) => DASHBOARD_ROLES.has(r));
  const yearScoped = showDashboard || showOrg || (detail?.supervised.length ?? 0) > 0;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("home.welcome", { name: viewer.personName ?? viewer.username })}</h1>
      <section aria-labelledby="roles-h">
        <h2 id="roles-h" className="mb-2 font-semibold">
          {t("home.yourRoles")}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {viewer.roles.map((r) => (
            <li key={r} className="rounded bg-blue-100 px-2 py-0.5 text-sm text-blue-900">
              {t(`roles.${r}`)}
            </li>
          ))}
        </ul>
      </section>
      <NeedsMeSection />
      {yearScoped && (
        <>
          <YearPicker year={year} info={info} />
          <YearNotReady year={year} info={info} canRollover={hasPermission(viewer, "year.rollover")} workingHref="/" />
        </>
      )}
      <Dashboard year={year} />
      {figures && (
        <section aria-labelledby="fig-h">
          <h2 id="fig-h" className="mb-2 font-semibold">
            {t("home.figures")}
          </h2>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
            <Figure label={t("home.units")} value={figures.units} />
            <Figure label={t("home.posts")} value={figures.posts} />
            <Figure label={t("home.people")} value={figures.people} />
            <Figure label={t("home.vacantPosts")} value={figures.vacant_posts} warn={figures.vacant_posts > 0} />
            <Figure label={t("home.unitsWithoutHead")} value={figures.units_without_head} warn={figures.units_without_head > 0} />
            <Figure
              label={t("home.unitsWithoutLeader", { year })}
              value={figures.units_without_leader}
              warn={figures.units_without_leader > 0}
            />
          </dl>
        </section>
      )}
      {head && (
        <section aria-labelledby="audit-h" className="card">
          <h2 id="audit-h" className="mb-2 font-semibold">
            {t("nav.audit")}
          </h2>
          <p className="text-sm">
            {t("common.labelled", { label: t("home.auditEntries"), value: head.lastSeq })}
          </p>
          <p className="break-all font-mono text-xs">
            {t("common.labelled", { label: t("home.auditHead"), value: head.lastHash })}
          </p>
        </section>
      )}
      {viewer.personId && (
        <section aria-labelledby="myposts-h" className="card">
          <h2 id="myposts-h" className="mb-2 font-semibold">
            {t("home.myPosts")}
          </h2>
          {current.length === 0 ? (
            <p className="text-sm">{t("home.noPosts")}</p>
          ) : (
            <ul className="text-sm">
              {current.map((h) => (
                <li key={h.id}>
                  {h.unitName} · {h.postName} ({t(`enums.holdingType.${h.type}`)})
                </li>
              ))}
            </ul>
          )}
          {supervised.length > 0 && (
            <>
              <h3 className="mt-3 font-medium">{t("home.myUnits", { year })}</h3>
              <ul className="text-sm">
                {supervised.map((s) => (
                  <li key={s.unitId}>
                    {s.unitName} ({t(`enums.supervisionKind.${s.kind}`)})
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="mt-3 text-sm">
            <Link href="/profile" className="text-blue-700 underline">
              {t("nav.profile")}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
