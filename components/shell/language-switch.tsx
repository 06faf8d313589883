"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchLocale } from "@/server/i18n/actions";

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const next = locale === "zh" ? "en" : "zh";
  return (
    <button
      type="button"
      className="text-sm text-blue-700 underline hover:text-blue-900"
      lang={next === "zh" ? "zh-CN" : "en"}
      disabled={pending}
      onClick={() =>
        start(async () => {
          await switchLocale(next);
          router.refresh();
        })
      }
    >
      {t("switchTo")}
    </button>
  );
}
