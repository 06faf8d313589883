// A production database starts with one administrator who must change the password at first sign-in.
import { randomBytes } from "node:crypto";
import { count } from "drizzle-orm";
import type { Db } from "../client";
import { withAudit } from "../audited";
import { userRoles, users } from "../schema";

export async function bootstrapAdminIfEmpty(db: Db, hash: (pw: string) => Promise<string>, given?: string) {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n > 0) return null;
  const password = given ?? `Dd#${randomBytes(9).toString("base64url")}1a`;
  const passwordHash = await hash(password);
  await withAudit(db, { userId: null, username: "system", roles: [], ip: null, userAgent: null, requestId: null }, async (tx) => {
    const [u] = await tx.insert(users).values({ username: "admin", passwordHash, mustChangePassword: true }).returning({ id: users.id });
    await tx.insert(userRoles).values({ userId: u.id, role: "system_admin" });
    return { value: u.id, audit: { action: "user.bootstrap", objectType: "user", objectId: u.id, after: { username: "admin", role: "system_admin" } } };
  });
  return password;
}
