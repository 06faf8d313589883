"use server";
// Account administration by the system administrator: create, disable/enable, unlock, reset password.
import { randomInt } from "node:crypto";
import { z } from "zod";
import {
  countActiveHoldersForUpdate,
  createUserAccount,
  findPersonByStaffNo,
  getUserBrief,
  listGrantedRoleNames,
  updateUserDisabled,
  updateUserPasswordReset,
  updateUserUnlock,
} from "@/db/queries/users";
import { ActionError, defineAction } from "@/server/action";
import { checkPasswordPolicy, hashPassword, PASSWORD_MAX } from "@/lib/auth/password";
import { isAdminRole, leavesAHolder, mayResetPassword } from "@/lib/auth/separation";
import { id, text } from "@/lib/validation";
import { now as clockNow } from "@/lib/clock";

const USERNAME = /^[a-z0-9_-]{3,32}$/;

const createSchema = z.strictObject({
  username: text(64),
  staffNo: text(32, { optional: true }),
  password: z
    .string({ error: "validation.required" })
    .min(1, { error: "validation.required" })
    .max(PASSWORD_MAX, { error: "password.tooLong" }),
});

export const createUserAction = defineAction({
  name: "user.create",
  permission: "user.manage",
  schema: createSchema,
  run: async ({ input, tx }) => {
    const username = input.username.toLowerCase();
    if (!USERNAME.test(username)) throw new ActionError("users.usernameFormat", "username");
    const policy = checkPasswordPolicy(input.password, username);
    if (policy) throw new ActionError(policy, "password");
    if (await getUserBrief(tx, { username })) throw new ActionError("users.usernameTaken", "username");
    let personId: number | null = null;
    if (input.staffNo) {
      const person = await findPersonByStaffNo(tx, input.staffNo);
      if (!person) throw new ActionError("users.personNotFound", "staffNo");
      if (person.accountId) throw new ActionError("users.personHasAccount", "staffNo");
      personId = person.id;
    }
    const now = clockNow();
    const userId = await createUserAccount(tx, { username, passwordHash: await hashPassword(input.password), personId, now });
    return {
      value: { id: userId, username },
      audit: {
        action: "user.create",
        objectType: "user",
        objectId: userId,
        after: { username, personId, staffNo: input.staffNo, mustChangePassword: true },
      },
    };
  },
});

const byUser = z.strictObject({ userId: id });

export const disableUserAction = defineAction({
  name: "user.disable",
  permission: "user.manage",
  schema: byUser,
  run: async ({ viewer, input, tx }) => {
    if (input.userId === viewer.userId) throw new ActionError("users.selfDisable");
    const user = await getUserBrief(tx, { id: input.userId });
    if (!user) throw new ActionError("errors.notFound");
    for (const role of (await listGrantedRoleNames(tx, user.id)).filter(isAdminRole)) {
      if (!leavesAHolder(role, await countActiveHoldersForUpdate(tx, role))) throw new ActionError("users.lastAdminHolder");
    }
    const changed = await updateUserDisabled(tx, user.id, true, clockNow());
    if (!changed) throw new ActionError("users.stateChanged");
    return {
      value: { username: user.username },
      audit: {
        action: "user.disable",
        objectType: "user",
        objectId: user.id,
        before: { isDisabled: false, sessionVersion: user.sessionVersion },
        after: { isDisabled: true, sessionVersion: changed.sessionVersion },
      },
    };
  },
});

export const enableUserAction = defineAction({
  name: "user.enable",
  permission: "user.manage",
  schema: byUser,
  run: async ({ input, tx }) => {
    const user = await getUserBrief(tx, { id: input.userId });
    if (!user) throw new ActionError("errors.notFound");
    if (!(await updateUserDisabled(tx, user.id, false, clockNow()))) throw new ActionError("users.stateChanged");
    return {
      value: { username: user.username },
      audit: { action: "user.enable", objectType: "user", objectId: user.id, before: { isDisabled: true }, after: { isDisabled: false } },
    };
  },
});

export const unlockUserAction = defineAction({
  name: "user.unlock",
  permission: "user.manage",
  schema: byUser,
  run: async ({ input, tx }) => {
    const user = await getUserBrief(tx, { id: input.userId });
    if (!user) throw new ActionError("errors.notFound");
    if (!(await updateUserUnlock(tx, user.id, clockNow()))) throw new ActionError("users.notLocked");
    return {
      value: { username: user.username },
      audit: {
        action: "user.unlock",
        objectType: "user",
        objectId: user.id,
        before: { lockedUntil: user.lockedUntil?.toISOString() ?? null },
        after: { lockedUntil: null },
      },
    };
  },
});

const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghijkmnopqrstuvwxyz";
const DIGITS = "23456789";
const SYMBOLS = "#%+-=@^_";

/** 16 characters, all four classes, no look-alikes (0/O, 1/l/I); meets the policy by construction. */
function tempPassword(username: string): string {
  const pick = (set: string) => set[randomInt(set.length)];
  const all = UPPER + LOWER + DIGITS + SYMBOLS;
  for (;;) {
    const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
    while (chars.length < 16) chars.push(pick(all));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const pw = chars.join("");
    if (!checkPasswordPolicy(pw, username)) return pw;
  }
}

/** The administrator never chooses it: a random temporary password, shown once, changed at next sign-in. */
export const resetPasswordAction = defineAction({
  name: "user.password.reset",
  permission: "user.manage",
  schema: byUser,
  run: async ({ viewer, input, tx }) => {
    if (input.userId === viewer.userId) throw new ActionError("users.selfReset");
    const user = await getUserBrief(tx, { id: input.userId });
    if (!user) throw new ActionError("errors.notFound");
    // 三权分立: the system administrator never learns the security or audit administrator's password.
    if (!mayResetPassword(viewer.roles, await listGrantedRoleNames(tx, user.id))) throw new ActionError("users.resetOtherAdmin", undefined, true);
    const password = tempPassword(user.username);
    const changed = await updateUserPasswordReset(tx, user.id, await hashPassword(password), clockNow());
    if (!changed) throw new ActionError("errors.notFound");
    return {
      value: { username: user.username, password },
      audit: {
        action: "user.password.reset",
        objectType: "user",
        objectId: user.id,
        before: { sessionVersion: user.sessionVersion },
        after: { mustChangePassword: true, sessionVersion: changed.sessionVersion },
      },
    };
  },
});
