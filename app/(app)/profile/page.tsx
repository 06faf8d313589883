import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getPersonDetail } from "@/db/queries/people";
import { PersonCard } from "@/components/org/person-card";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { today } from "@/lib/clock";
import { requireViewer } from "@/server/auth/viewer";
import { loadYearsInfo } from "@/server/years/page-year";

export default async function ProfilePage() {
  const viewer = await requireViewer();
  const t = await getTranslations();
  const detail = viewer.personId ? await getPersonDetail(await getDb(), viewer.personId) : undefined;
  // A leader's statement (述职) of the working year.
  const statementYear = viewer.roles.includes("leader") ? (await loadYearsInfo()).workingYear : null;
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
      <div className="card flex flex-wrap items-center gap-4 text-sm">
        <span>{t("nav.signedInAs", { name: viewer.personName ?? viewer.username })}</span>
        <span>
          {t("profile.language")}
          {t("common.colon")}
          <LanguageSwitch />
        </span>
        <Link className="text-blue-700 underline" href="/password">
          {t("auth.changeTitle")}
        </Link>
        {statementYear !== null && (
          <Link className="text-blue-700 underline" href={`/statements/${statementYear}`}>
            {t("statement.link", { year: statementYear })}
          </Link>
        )}
      </div>
      {detail && <PersonCard detail={detail} today={today()} />}
    </div>
  );
}
