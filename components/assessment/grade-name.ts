// The grade-name function for server components: lib/i18n/labels' gradeName in the viewer's language.
import { getLocale, getTranslations } from "next-intl/server";
import { gradeName } from "@/lib/i18n/labels";

export type GradeNameOf = (bands: readonly { key: string; label: string }[], key: string | null | undefined) => string;

export async function getGradeName(): Promise<GradeNameOf> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("enums.grade")]);
  return (bands, key) => gradeName(bands, key, locale, (k) => t(k));
}
