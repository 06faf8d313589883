import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type OrgSection = "units" | "people" | "committee";

const LINKS: { key: OrgSection; href: string }[] = [
  { key: "units", href: "/admin/org" },
  { key: "people", href: "/admin/org/people" },
  { key: "committee", href: "/admin/org/committee" },
];

/** The org admin pages' own navigation: 单位, 人员, 安委会. */
export async function OrgSubnav({ current }: { current: OrgSection }) {
  const t = await getTranslations("org.subnav");
  return (
    <nav aria-label={t("label")} className="mb-4 border-b border-slate-200">
      <ul className="flex gap-1">
        {LINKS.map((l) => (
          <li key={l.key}>
            <Link
              href={l.href}
              aria-current={l.key === current ? "page" : undefined}
              className={`block border-b-2 px-3 py-2 text-sm ${
                l.key === current ? "border-blue-700 font-semibold text-blue-900" : "border-transparent text-slate-700 hover:text-blue-800"
              }`}
            >
              {t(l.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
