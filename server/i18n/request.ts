// Locale per user: the NEXT_LOCALE cookie, set at sign-in from the user's saved choice and on switching.
import "server-only";
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { TIME_ZONE } from "@/lib/clock";

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(v: string | undefined | null): Locale {
  return v === "en" ? "en" : "zh";
}

// A locale asked for explicitly (getTranslations({ locale: "zh" }) for the reports and score sheets, documents
// filed in Chinese whatever the interface language) wins over the cookie.
export default getRequestConfig(async ({ locale: asked }) => {
  const locale = asked ? toLocale(asked) : toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: TIME_ZONE };
});
