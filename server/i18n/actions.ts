"use server";
// Switches the interface language: the cookie always, the account's saved choice when signed in.
import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { withAudit } from "@/db/audited";
import { updateUserLocale } from "@/db/queries/auth";
import { actorOf, getViewer } from "@/server/auth/viewer";
import { LOCALE_COOKIE } from "@/server/i18n/request";

const input = z.enum(["zh", "en"]);

export async function switchLocale(raw: unknown) {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false as const, error: "validation.choice" };
  const locale = parsed.data;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 31536000 });
  const viewer = await getViewer();
  if (viewer && viewer.locale !== locale) {
    await withAudit(await getDb(), await actorOf(viewer), async (tx) => {
      await updateUserLocale(tx, viewer.userId, locale);
      return {
        value: null,
        audit: { action: "profile.locale", objectType: "user", objectId: viewer.userId, before: { locale: viewer.locale }, after: { locale } },
      };
    });
  }
  return { ok: true as const };
}
