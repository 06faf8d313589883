"use server";
// Sign-out (ends the session row through Auth.js's signOut event) and password change.
import { z } from "zod";
import { getDb } from "@/db/client";
import { withAudit } from "@/db/audited";
import { findUserByUsername, listPasswordHistory, updatePassword } from "@/db/queries/auth";
import { signOut } from "@/server/auth/config";
import { actorOf, getViewer } from "@/server/auth/viewer";
import { checkPasswordPolicy, hashPassword, isReused } from "@/lib/auth/password";
import { checkReauth } from "@/server/auth/reauth";
import { now } from "@/lib/clock";

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}

const schema = z.strictObject({
  current: z.string().max(256),
  next: z.string().max(256),
  confirm: z.string().max(256),
});

export type PasswordState = { ok?: boolean; error?: string; fieldErrors?: Record<string, string> } | undefined;

export async function changePasswordAction(_prev: PasswordState, form: FormData): Promise<PasswordState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "errors.signedOut" };
  const parsed = schema.safeParse({ current: form.get("current") ?? "", next: form.get("next") ?? "", confirm: form.get("confirm") ?? "" });
  if (!parsed.success) return { error: "validation.fix" };
  const { current, next, confirm } = parsed.data;
  const db = await getDb();
  const actor = await actorOf(viewer);
  const user = await findUserByUsername(db, viewer.username);
  // The current password is a re-authentication: wrong answers count, and at the limit the session ends.
  const checked = user ? await checkReauth(db, viewer, current, actor) : "locked";
  if (checked === "locked") return { error: "auth.reauthLocked" };
  if (checked === "wrong" || !user) return { error: "validation.fix", fieldErrors: { current: "auth.wrongPassword" } };
  const policy = checkPasswordPolicy(next, viewer.username);
  if (policy) return { error: "validation.fix", fieldErrors: { next: policy } };
  if (next !== confirm) return { error: "validation.fix", fieldErrors: { confirm: "auth.mismatch" } };
  const history = await listPasswordHistory(db, user.id);
  if (await isReused(next, [user.passwordHash, ...history.map((h) => h.passwordHash)])) {
    return { error: "validation.fix", fieldErrors: { next: "password.reused" } };
  }
  const hash = await hashPassword(next);
  await withAudit(db, actor, async (tx) => {
    await updatePassword(tx, user.id, hash, now(), viewer.sessionId);
    return { value: null, audit: { action: "auth.password.change", objectType: "user", objectId: user.id, after: { otherSessionsEnded: true } } };
  });
  return { ok: true };
}
