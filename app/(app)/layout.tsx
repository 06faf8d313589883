import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SignOutButton } from "@/components/shell/sign-out";
import { NeedsMeCount } from "@/components/home/needs-me-count";
import { RolloverBanner } from "@/components/rollover/rollover-banner";
import { getDb } from "@/db/client";
import { getCommitteeYears } from "@/db/queries/rollover";
import { hasPermission, navFor } from "@/lib/authz";
import { requireViewer } from "@/server/auth/viewer";
import { today } from "@/lib/clock";
import { rolloverDueYear } from "@/lib/years/rollover";

// Every signed-in page reads the session, so none is prerendered (and PGlite never opens at build time).
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const t = await getTranslations();
  // The committee office is reminded from 1 December until next year is prepared: one indexed query.
  const date = today();
  const rolloverDue = hasPermission(viewer, "year.rollover")
    ? rolloverDueYear(date, await getCommitteeYears(await getDb(), Number(date.slice(0, 4))))
    : null;
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only">
        {t("app.skip")}
      </a>
      <header className="bg-blue-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="font-semibold">
            {t("app.name")}
          </Link>
          <div className="no-print flex items-center gap-4 text-sm">
            <span>{t("nav.signedInAs", { name: viewer.personName ?? viewer.username })}</span>
            <span className="rounded bg-blue-800 px-2 py-0.5">
              <LanguageSwitchLight />
            </span>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label={t("nav.label")} className="bg-blue-800">
          <ul className="mx-auto flex max-w-7xl flex-wrap gap-1 px-4">
            {navFor(viewer).map((item) => (
              <li key={item.key} className="flex items-center">
                <Link href={item.href} className="block px-3 py-2 text-sm hover:bg-blue-700">
                  {t(`nav.${item.key}`)}
                </Link>
                {item.key === "home" && <NeedsMeCount />}
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {rolloverDue != null && <RolloverBanner year={rolloverDue} />}
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}

function LanguageSwitchLight() {
  return (
    <span className="[&_button]:text-white">
      <LanguageSwitch />
    </span>
  );
}
