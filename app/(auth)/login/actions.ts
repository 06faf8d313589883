"use server";
// Sign-in form: Auth.js credentials, one generic message for every failure, locale cookie from the account.
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { findUserByUsername } from "@/db/queries/auth";
import { signIn } from "@/server/auth/config";
import { normalizeUsername } from "@/server/auth/login";
import { LOCALE_COOKIE } from "@/server/i18n/request";

export async function loginAction(_prev: { error?: string } | undefined, form: FormData) {
  const username = normalizeUsername(form.get("username"));
  const password = String(form.get("password") ?? "");
  if (!username || !password) return { error: "auth.required" };
  try {
    await signIn("credentials", { username, password, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) return { error: "auth.failed" };
    throw e;
  }
  const user = await findUserByUsername(await getDb(), username);
  (await cookies()).set(LOCALE_COOKIE, user?.locale ?? "zh", { path: "/", sameSite: "lax", httpOnly: false, maxAge: 31536000 });
  redirect("/");
}
