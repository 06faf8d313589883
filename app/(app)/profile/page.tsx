import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getPersonDetail } from "@/db/queries/people";
import { PersonCard } from "@/components/org/person-card";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { shanghaiDate } from "@/lib/clock";
import { requireViewer } from "@/lib/auth/viewer";

export default async function ProfilePage() {
  const viewer = await requireViewer();
  const t = await getTranslations();
  const detail = viewer.personId ? await getPersonDetail(await getDb(), viewer.personId) : undefined;
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
      <div className="card flex flex-wrap items-center gap-4 text-sm">
        <span>{t("nav.signedInAs", { name: viewer.personName ?? viewer.username })}</span>
        <span>
          {t("profile.language")}: <LanguageSwitch />
        </span>
        <Link className="text-blue-700 underline" href="/password">
          {t("auth.changeTitle")}
        </Link>
        {viewer.roles.includes("leader") && (
          <Link className="text-blue-700 underline" href={`/statements/${shanghaiDate(new Date()).slice(0, 4)}`}>
            {t("statement.link", { year: shanghaiDate(new Date()).slice(0, 4) })}
          </Link>
        )}
      </div>
      {detail && <PersonCard detail={detail} today={shanghaiDate(new Date())} />}
    </div>
  );
}
